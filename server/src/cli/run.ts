// From arguments to an exit code: global options, then the command, its options, and its run.
// Anything unexpected becomes one line and exit 3 (HEWITT_DEBUG=1 shows the stack).

import { parseArgs } from './args';
import { COMMANDS, findCommand, type Command } from './commands';
import { commandHelp, GLOBAL_OPTIONS, mainHelp } from './help';
import { EXIT, usageFailure, type CliIo } from './io';
import { TOOL } from '../node/tool-info';

export function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  return guarded(io, () => dispatch(argv, io));
}

/** Runs `work`; anything it throws becomes one line on stderr and exit 3. */
async function guarded(io: CliIo, work: () => Promise<number>): Promise<number> {
  try {
    return await work();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const debug = io.env.HEWITT_DEBUG === '1';
    io.stderr(`hewitt: internal error: ${message.split('\n')[0]}${debug ? '' : ' (set HEWITT_DEBUG=1 to see where)'}\n`);
    if (debug && error instanceof Error && error.stack) io.stderr(error.stack + '\n');
    return EXIT.internal;
  }
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const commandAt = argv.findIndex((arg) => !arg.startsWith('-'));
  const leading = parseArgs(commandAt < 0 ? argv : argv.slice(0, commandAt), GLOBAL_OPTIONS, 'hewitt');
  if (leading.kind === 'invalid') return usageFailure(io, leading.message);
  if (leading.args.flags.has('version')) return printed(io, `${TOOL.version}\n`);
  if (commandAt < 0) {
    if (leading.args.flags.has('help')) return printed(io, mainHelp(COMMANDS));
    return usageFailure(io, 'missing command (see hewitt --help)');
  }

  let name = argv[commandAt];
  let rest = argv.slice(commandAt + 1);
  if (name === 'help') {
    if (rest.length === 0) return printed(io, mainHelp(COMMANDS));
    name = rest[0];
    rest = ['--help'];
  }
  const command = findCommand(name);
  if (command === undefined) {
    return usageFailure(io, `unknown command '${name}' (commands: ${COMMANDS.map((c) => c.name).join(', ')})`);
  }
  if (leading.args.flags.has('help')) return printed(io, commandHelp(command));
  return runParsed(command, rest, io);
}

/** Parses a command's own arguments and runs it (help and version included), as `hewitt <command> …` would. */
export function runCommand(command: Command, argv: readonly string[], io: CliIo): Promise<number> {
  return guarded(io, () => runParsed(command, argv, io));
}

async function runParsed(command: Command, argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv, [...command.options, ...GLOBAL_OPTIONS], `hewitt ${command.name}`);
  if (parsed.kind === 'invalid') return usageFailure(io, parsed.message);
  if (parsed.args.flags.has('help')) return printed(io, commandHelp(command));
  if (parsed.args.flags.has('version')) return printed(io, `${TOOL.version}\n`);
  return command.run(parsed.args, io);
}

function printed(io: CliIo, text: string): number {
  io.stdout(text);
  return EXIT.ok;
}
