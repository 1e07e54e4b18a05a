// The shape of a command. Adding one (`eval`, `rules`, `report`…) is one file exporting a
// Command and one line in ./index.ts; parsing, help and exit codes are handled around it.

import type { OptionSpec, ParsedArgs } from '../args';
import type { CliIo } from '../io';

export interface Command {
  readonly name: string;
  /** One line for the list of commands. */
  readonly summary: string;
  /** E.g. `hewitt check [options] [paths…]`. */
  readonly usage: string;
  /** Paragraphs shown in the command's help after the usage line. */
  readonly description: readonly string[];
  readonly options: readonly OptionSpec[];
  /** Runs with options already parsed and checked; returns the exit code. */
  readonly run: (args: ParsedArgs, io: CliIo) => Promise<number>;
}
