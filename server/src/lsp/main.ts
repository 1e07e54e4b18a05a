// `hewitt-language-server`: the Hewitt language server over standard input and output
// (`--stdio`) or Node IPC (`--node-ipc`, as VS Code starts it).

import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { TOOL } from '../node/tool-info';
import { startServer } from './server';

const HELP = `Usage: hewitt-language-server [--stdio | --node-ipc]

The Hewitt Rules language server. Editors start it and speak the Language Server Protocol to it.

Options:
  --stdio      Talk over standard input and output.
  --node-ipc   Talk over Node's IPC channel (when started by VS Code).
  --version    Print the version and exit.
  --help       Print this help and exit.

See docs/editors.md for Neovim, Emacs and Helix.
`;

const TRANSPORTS = ['--stdio', '--node-ipc'];

function main(argv: readonly string[]): void {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(HELP);
    return;
  }
  if (argv.includes('--version') || argv.includes('-v')) {
    process.stdout.write(`${TOOL.version}\n`);
    return;
  }
  const known = argv.filter((arg) => TRANSPORTS.includes(arg) || arg.startsWith('--socket=') || arg.startsWith('--pipe=') || arg.startsWith('--clientProcessId'));
  const unknown = argv.filter((arg) => !known.includes(arg));
  if (known.length === 0 || unknown.length > 0) {
    const what = unknown.length > 0 ? `unknown option '${unknown[0]}'` : 'say how to talk to the editor: --stdio or --node-ipc';
    process.stderr.write(`hewitt-language-server: ${what} (see hewitt-language-server --help)\n`);
    process.exitCode = 2;
    return;
  }
  startServer(createConnection(ProposedFeatures.all));
}

main(process.argv.slice(2));
