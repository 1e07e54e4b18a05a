// Running `hewitt test` in-process from the repository root, capturing what it prints.

import { join } from 'node:path';
import { runCli } from '../../server/src/cli/run';

export const ROOT = join(__dirname, '..', '..');

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function hewitt(args: readonly string[], cwd = ROOT): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    cwd,
    env: {},
    isTTY: false,
  });
  return { code, stdout, stderr };
}

/** A run as its golden file records it: standard output, then standard error, then the exit status. */
export function transcript(run: CliRun): string {
  return `${run.stdout}${run.stderr ? `[stderr]\n${run.stderr}` : ''}[exit ${run.code}]\n`;
}
