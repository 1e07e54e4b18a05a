// Every command of `hewitt`, in the order help lists them. A new command is one file and one line.

import { checkCommand } from './check';
import type { Command } from './command';
import { fmtCommand } from './fmt';

export const COMMANDS: readonly Command[] = [checkCommand, fmtCommand];

export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((command) => command.name === name);
}

export type { Command } from './command';
