// Every command of `hewitt`, in the order help lists them. A new command is one file and one line.

import { checkCommand } from './check';
import type { Command } from './command';
import { diffCommand } from './diff';
import { evalCommand, NODE_EVAL_DEPENDENCIES } from './eval';
import { fmtCommand } from './fmt';
import { loadCommand } from './load';
import { reportCommandWith } from './report';
import { rulesCommand } from './rules';
import { sqlCommand } from './sql';
import { testCommand } from './test';
import { evaluate } from '../../core/eval/evaluate';

export const COMMANDS: readonly Command[] = [
  checkCommand,
  evalCommand,
  reportCommandWith({ ...NODE_EVAL_DEPENDENCIES, evaluate }),
  diffCommand,
  fmtCommand,
  rulesCommand,
  sqlCommand,
  testCommand,
  loadCommand,
];

export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((command) => command.name === name);
}

export type { Command } from './command';
