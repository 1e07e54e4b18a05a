// Bundles the command line, the language server and the VS Code client into dist/.
// Entries whose source does not exist yet are skipped, so the build never breaks on a partial tree.
// The libraries for workbooks and Parquet files are bundles of their own (dist/vendor-*.js), shared
// by the command line and the language server and loaded only when such a file is read or written:
// compiling them is most of the start-up time of a command that needs neither. The command line
// itself is dist/cli-main.js, started by dist/cli.js through V8's code cache (cli/launch.ts).
import { build } from 'esbuild';
import { existsSync, chmodSync } from 'node:fs';

const VENDORED = { exceljs: './vendor-exceljs.js', hyparquet: './vendor-hyparquet.js' };

/** Resolves the vendored libraries to their own bundles beside the one being built. */
const vendored = {
  name: 'vendored',
  setup(on) {
    on.onResolve({ filter: /^(exceljs|hyparquet)$/ }, (args) => ({ path: VENDORED[args.path], external: true }));
  },
};

const vendor = (name, contents) => ({ stdin: { contents, resolveDir: '.', sourcefile: `vendor-${name}.js` }, out: `dist/vendor-${name}.js` });

const entries = [
  vendor('exceljs', "module.exports = require('exceljs');"),
  vendor('hyparquet', "export * from 'hyparquet';"),
  { in: 'server/src/cli/main.ts', out: 'dist/cli-main.js', external: ['@duckdb/node-api', 'pg'], plugins: [vendored] },
  { in: 'server/src/cli/launch.ts', out: 'dist/cli.js', banner: '#!/usr/bin/env node', bin: true },
  { in: 'server/src/node/read-worker.ts', out: 'dist/read-worker.js' },
  { in: 'server/src/lsp/main.ts', out: 'dist/server.js', banner: '#!/usr/bin/env node', bin: true, external: ['@duckdb/node-api', 'pg'], plugins: [vendored] },
  { in: 'client/src/extension.ts', out: 'dist/extension.js', external: ['vscode'] },
  { in: 'client/webview/main.ts', out: 'dist/webview.js', platform: 'browser', format: 'iife', target: 'es2022', minify: true },
];

for (const entry of entries) {
  if (entry.in !== undefined && !existsSync(entry.in)) continue;
  await build({
    ...(entry.stdin ? { stdin: entry.stdin } : { entryPoints: [entry.in] }),
    plugins: entry.plugins ?? [],
    outfile: entry.out,
    bundle: true,
    platform: entry.platform ?? 'node',
    target: entry.target ?? 'node20',
    format: entry.format ?? 'cjs',
    sourcemap: true,
    minify: entry.minify ?? process.env.HEWITT_MINIFY === '1',
    external: entry.external ?? [],
    banner: entry.banner ? { js: entry.banner } : undefined,
    logLevel: 'warning',
  });
  if (entry.bin) chmodSync(entry.out, 0o755);
}
