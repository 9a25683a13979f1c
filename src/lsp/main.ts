import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { tuneProcess } from '../host/process';
import { startServer } from './server';

/*
 * Entry point of the language server. The transport comes from the command line: `--stdio` (Neovim, Emacs, any LSP
 * client), `--node-ipc` (VS Code), or `--socket=PORT`. `akkoordwijzer-server --stdio` runs this file.
 */
if (process.argv.includes('--help')) {
  process.stdout.write('akkoordwijzer-server --stdio | --node-ipc | --socket=PORT\n');
  process.exit(0);
}
if (process.argv.includes('--version')) {
  process.stdout.write(`${__VERSION__}\n`);
  process.exit(0);
}
tuneProcess();
startServer(createConnection(ProposedFeatures.all));
