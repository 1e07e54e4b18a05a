// `hewitt fmt [paths…]`: rewrites rule files in the canonical layout (only those that change) and
// names each file written. With --check nothing is written: the files that would change are listed
// and the exit status is 1 if there are any. A file with syntax errors is never reformatted; it is
// reported and makes the exit status 1.

import { resolve } from 'node:path';
import { formatText, type FormatResult } from '../../core/format/format';
import type { ParsedArgs } from '../args';
import { readInputs } from '../inputs';
import { EXIT, usageFailure, type CliIo } from '../io';
import { describeFsError } from '../../node/fs-paths';
import { writeFileAtomic } from '../write-file';
import type { Command } from './command';

/** How a text is formatted; the core's formatText, or a stand-in in tests. */
export type Formatter = (text: string) => FormatResult;

export function fmtCommandWith(formatter: Formatter): Command {
  return {
    name: 'fmt',
    summary: 'Format rule files in the canonical layout.',
    usage: 'hewitt fmt [options] [paths…]',
    description: [
      'Paths are chosen as for `hewitt check` (default: the current folder). Files that change are rewritten in place and listed; a file with syntax errors is left as it is and reported.',
      'Exit status: 0 when every file is formatted, 1 when a file could not be formatted (or, with --check, would change), 2 for a usage error or a path that cannot be read or written.',
    ],
    options: [{ kind: 'flag', name: 'check', description: 'Write nothing; list the files that would change and exit 1 if there are any.' }],
    run: (args, io) => runFmt(formatter, args, io),
  };
}

export const fmtCommand: Command = fmtCommandWith((text) => formatText(text));

async function runFmt(formatter: Formatter, args: ParsedArgs, io: CliIo): Promise<number> {
  const checkOnly = args.flags.has('check');
  const inputs = readInputs(args.positionals, io.cwd);
  if (inputs.kind === 'error') return usageFailure(io, inputs.message);

  let changed = 0;
  let refused = 0;
  let unwritable = 0;
  for (const path of inputs.paths) {
    const text = inputs.texts.get(path) ?? '';
    const result = formatter(text);
    switch (result.kind) {
      case 'not-formatted':
        refused++;
        io.stderr(`${path}: not formatted: ${result.reason}\n`);
        break;
      case 'formatted':
        if (!result.changed) break;
        if (checkOnly) {
          changed++;
          io.stdout(`${path}\n`);
          break;
        }
        try {
          writeFileAtomic(resolve(io.cwd, path), result.text);
          changed++;
          io.stdout(`${path}\n`);
        } catch (error) {
          unwritable++;
          io.stderr(`hewitt: cannot write, ${describeFsError(error)}: ${path}\n`);
        }
        break;
    }
  }
  io.stderr(fmtSummary(checkOnly, inputs.paths.length, changed, refused));
  if (unwritable > 0) return EXIT.usage;
  return refused > 0 || (checkOnly && changed > 0) ? EXIT.problems : EXIT.ok;
}

function fmtSummary(checkOnly: boolean, total: number, changed: number, refused: number): string {
  const files = (n: number) => `${n} ${n === 1 ? 'file' : 'files'}`;
  const parts = [checkOnly ? `${files(changed)} would be reformatted` : `${files(changed)} reformatted`];
  if (refused > 0) parts.push(`${files(refused)} not formatted`);
  parts.push(`${files(total - changed - refused)} already formatted`);
  return parts.join(', ') + '.\n';
}
