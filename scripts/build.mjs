// Bundles the command line, the language server and the VS Code client into dist/.
// Entries whose source does not exist yet are skipped, so the build never breaks on a partial tree.
import { build } from 'esbuild';
import { existsSync, chmodSync } from 'node:fs';

const entries = [
  { in: 'server/src/cli/main.ts', out: 'dist/cli.js', banner: '#!/usr/bin/env node', bin: true, external: ['@duckdb/node-api', 'pg'] },
  { in: 'server/src/node/read-worker.ts', out: 'dist/read-worker.js' },
  { in: 'server/src/lsp/main.ts', out: 'dist/server.js', banner: '#!/usr/bin/env node', bin: true, external: ['@duckdb/node-api', 'pg'] },
  { in: 'client/src/extension.ts', out: 'dist/extension.js', external: ['vscode'] },
  { in: 'client/webview/main.ts', out: 'dist/webview.js', platform: 'browser', format: 'iife', target: 'es2022', minify: true },
];

for (const entry of entries) {
  if (!existsSync(entry.in)) continue;
  await build({
    entryPoints: [entry.in],
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
