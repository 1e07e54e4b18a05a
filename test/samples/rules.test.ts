// The rule samples in samples/rules/ show each catalogue rule firing. Every sample names, in a
// `// Run: hewitt check …` or `// Run: hewitt eval …` comment, the command that shows its findings;
// the command is run in-process from the repository root with `--format json`, exactly as written.
//
// (a) every rule of the catalogue fires in some sample;
// (b) each sample gives exactly the diagnostics recorded beside it in `<name>.expected`
//     (`line:col code message`, 1-based); UPDATE_GOLDEN=1 rewrites those files;
// (c) no sample has an error, every sample has its `.expected` file and every `.expected` file its
//     sample, and every CSV file in samples/rules/data/ is read by a sample.

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../server/src/cli/run';
import type { JsonDiagnostic } from '../../server/src/cli/report/json';
import { CATALOGUE } from '../../server/src/core/rules/catalogue';
import { expectedText, ROOT, ruleSampleFiles } from './support';

/** A diagnostic of either report: `hewitt check` (per file) or `hewitt eval` (with its path). */
interface Located extends JsonDiagnostic {
  readonly path: string;
}

interface CheckJson {
  readonly files: readonly { readonly path: string; readonly diagnostics: readonly JsonDiagnostic[] }[];
}

interface EvalJson {
  readonly datasets: Readonly<Record<string, { readonly path: string }>>;
  readonly diagnostics: readonly Located[];
}

const RUN = /^\/\/ Run: hewitt (check|eval) (\S+)$/m;

/** The command a sample's `// Run:` comment names, without `hewitt`, or undefined when it has none. */
function runCommandOf(path: string): readonly string[] | undefined {
  const match = RUN.exec(readFileSync(join(ROOT, path), 'utf8'));
  return match === null ? undefined : [match[1], match[2]];
}

const samples = ruleSampleFiles();
const commands = new Map<string, readonly string[]>();
for (const path of samples) {
  const command = runCommandOf(path);
  if (command !== undefined) commands.set(command.join(' '), command);
}

/** The diagnostics each command reported, by file, and the data files the evaluations read. */
const reported = new Map<string, Located[]>();
const dataRead = new Set<string>();

async function run(command: readonly string[]): Promise<void> {
  let stdout = '';
  let stderr = '';
  const code = await runCli([...command, '--format', 'json'], {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    cwd: ROOT,
    env: {},
    isTTY: false,
  });
  expect({ command: command.join(' '), code, stderr }).toEqual({ command: command.join(' '), code: 0, stderr: '' });
  if (command[0] === 'check') {
    for (const file of (JSON.parse(stdout) as CheckJson).files) {
      reported.set(file.path, [...(reported.get(file.path) ?? []), ...file.diagnostics.map((d) => ({ ...d, path: file.path }))]);
    }
    return;
  }
  const result = JSON.parse(stdout) as EvalJson;
  // A dataset's path is as its `source` gives it: relative to the rule file.
  for (const dataset of Object.values(result.datasets)) dataRead.add(posix.join(posix.dirname(command[1]), dataset.path.replace(/\\/g, '/')));
  reported.set(command[1], []);
  for (const d of result.diagnostics) reported.set(d.path, [...(reported.get(d.path) ?? []), d]);
}

beforeAll(async () => {
  for (const command of commands.values()) await run(command);
});

function diagnosticsOf(path: string): Located[] {
  const found = reported.get(path);
  if (found === undefined) throw new Error(`${path} is not reported by the command its Run comment names`);
  return found;
}

const expectedPathOf = (path: string): string => path.replace(/\.hewitt$/, '.expected');

describe('the rule samples', () => {
  it('each name the command that shows their findings', () => {
    expect(samples.length).toBeGreaterThan(0);
    expect(samples.filter((path) => runCommandOf(path) === undefined)).toEqual([]);
  });

  it.each(CATALOGUE.map((rule) => rule.id))('show %s firing', (id) => {
    const firing = samples.filter((path) => diagnosticsOf(path).some((d) => d.code === id));
    expect(firing.length, `no sample in samples/rules/ reports ${id}`).toBeGreaterThan(0);
  });

  it.each(samples)('%s has no error', (path) => {
    expect(diagnosticsOf(path).filter((d) => d.severity === 'error').map((d) => expectedText([d]))).toEqual([]);
  });

  it.each(samples)('%s gives exactly its recorded diagnostics', (path) => {
    const actual = expectedText(diagnosticsOf(path));
    const golden = join(ROOT, expectedPathOf(path));
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(golden, actual, 'utf8');
    expect(existsSync(golden), `${golden} is missing; run with UPDATE_GOLDEN=1`).toBe(true);
    expect(actual).toBe(readFileSync(golden, 'utf8'));
  });

  it('leave no .expected file without its sample', () => {
    const orphans = (folder: string): string[] =>
      readdirSync(join(ROOT, folder), { withFileTypes: true }).flatMap((entry) => {
        const path = `${folder}/${entry.name}`;
        if (entry.isDirectory()) return orphans(path);
        return path.endsWith('.expected') && !existsSync(join(ROOT, path.replace(/\.expected$/, '.hewitt'))) ? [path] : [];
      });
    expect(orphans('samples/rules')).toEqual([]);
  });

  it('read every data file in samples/rules/data/', () => {
    const csv = readdirSync(join(ROOT, 'samples', 'rules', 'data')).filter((name) => name.endsWith('.csv'));
    expect(csv.length).toBeGreaterThan(0);
    const unread = csv.filter((name) => !dataRead.has(`samples/rules/data/${name}`));
    expect(unread).toEqual([]);
  });
});
