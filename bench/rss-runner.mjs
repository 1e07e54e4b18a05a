// Used by the benchmark when /usr/bin/time is not available: runs the CLI given as the first
// argument in this process (with the remaining arguments), then writes this process's peak
// resident memory to standard error as `maxRSS <kilobytes>`.

import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const [cli, ...rest] = process.argv.slice(2);
process.argv = [process.argv[0], resolve(cli), ...rest];
process.on('exit', () => {
  process.stderr.write(`\nmaxRSS ${process.resourceUsage().maxRSS}\n`);
});
createRequire(import.meta.url)(resolve(cli));
