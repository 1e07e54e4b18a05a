// The `hewitt` command: parse the arguments, run the command, exit with its code.
import { processIo } from './io';
import { runCli } from './run';

void runCli(process.argv.slice(2), processIo()).then((code) => {
  process.exitCode = code;
});
