// What a command needs from the process: writers, the working folder, the environment and
// whether stdout is a terminal. Tests pass their own, so commands run in-process too.

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** The folder paths are relative to; an absolute path. */
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly isTTY: boolean;
}

/** The real process. */
export function processIo(): CliIo {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
    isTTY: process.stdout.isTTY === true,
  };
}

/** Exit codes, the same for every command. */
export const EXIT = {
  ok: 0,
  problems: 1,
  usage: 2,
  internal: 3,
} as const;

/** Writes the one-line message a user error deserves and returns the usage exit code. */
export function usageFailure(io: CliIo, message: string): number {
  io.stderr(`hewitt: ${message}\n`);
  return EXIT.usage;
}
