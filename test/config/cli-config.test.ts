// The command line's side of configuration and suppressions: the nearest hewitt.config.json or
// --config, the configuration's own problems reported as a file, and silenced diagnostics in the
// json and sarif formats. A stand-in checker applies the configuration the way the core does.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCommandWith, type Checker } from '../../server/src/cli/commands/check';
import { configLookup } from '../../server/src/node/config';
import { runCommand } from '../../server/src/cli/run';
import { resolveConfig } from '../../server/src/core/config/config';
import type { Diagnostic } from '../../server/src/core/diagnostics';
import { parse } from '../../server/src/core/syntax/parse';
import { applySuppressions } from '../../server/src/core/suppress/suppress';
import { memoryIo, sarifSchemaErrors, tempFolder } from '../cli/support';
import { FAKE_CATALOGUE } from './fake-catalogue';

const RULE = 'hewitt/data-transparency';

/** Each `dataset` keyword is a `hewitt/data-transparency` problem at the configured severity. */
const standIn: Checker = (paths, host, options) =>
  paths.map((path) => {
    const text = host.readFile(path) ?? '';
    const setting = options?.configFor?.(path).rules.get(RULE);
    const severity = setting?.severity ?? 'info';
    const found: Diagnostic[] =
      severity === 'off'
        ? []
        : [...text.matchAll(/dataset/g)].map((m) => ({ code: RULE, severity, message: 'The dataset names no owner.', span: { start: m.index ?? 0, end: (m.index ?? 0) + 7 } }));
    const outcome = applySuppressions(parse(text).file, found, new Set(FAKE_CATALOGUE.map((r) => r.id)));
    return { path, text, diagnostics: outcome.kept, ...(outcome.suppressed.length > 0 ? { suppressed: outcome.suppressed } : {}) };
  });

const check = checkCommandWith(standIn, FAKE_CATALOGUE);

async function run(argv: string[], files: Record<string, string>) {
  const cwd = tempFolder(files);
  const io = memoryIo(cwd);
  const code = await runCommand(check, [...argv, '--format', 'json'], io);
  return { code, json: JSON.parse(io.out() || '{}'), err: io.err(), cwd };
}

const DATASET = 'dataset d "D" { source: "d.csv" }\n';

describe('hewitt check: configuration', () => {
  it('uses the nearest hewitt.config.json of each file, walking up', async () => {
    const { json } = await run(['.'], {
      'hewitt.config.json': `{ "rules": { "${RULE}": "error" } }`,
      'a/x.hewitt': DATASET,
      'a/b/hewitt.config.json': `{ "rules": { "${RULE}": "off" } }`,
      'a/b/c/y.hewitt': DATASET,
    });
    expect(json.files.map((f: { path: string; diagnostics: { severity: string }[] }) => [f.path, f.diagnostics.map((d) => d.severity)])).toEqual([
      ['a/b/c/y.hewitt', []],
      ['a/x.hewitt', ['error']],
    ]);
  });

  it('applies the defaults when there is no configuration', async () => {
    const { json } = await run(['x.hewitt'], { 'x.hewitt': DATASET });
    expect(json.files[0].diagnostics.map((d: { severity: string }) => d.severity)).toEqual(['info']);
  });

  it('--config overrides the nearest configuration for every file', async () => {
    const { json } = await run(['a', '--config', 'strict.json'], {
      'strict.json': `{ "rules": { "${RULE}": "warning" } }`,
      'a/hewitt.config.json': `{ "rules": { "${RULE}": "off" } }`,
      'a/x.hewitt': DATASET,
    });
    expect(json.files).toHaveLength(1);
    expect(json.files[0].diagnostics[0].severity).toBe('warning');
  });

  it('reports the problems of a configuration file under its own path, and they count', async () => {
    const { code, json } = await run(['a', '--fail-level', 'error'], {
      'hewitt.config.json': `{\n  "rules": {\n    "${RULE}": "eror",\n    "hewitt/nope": "off"\n  }\n}\n`,
      'a/x.hewitt': 'funding f "F" { amount: £1 }\n',
    });
    expect(code).toBe(1);
    expect(json.files.map((f: { path: string }) => f.path)).toEqual(['a/x.hewitt', 'hewitt.config.json']);
    expect(json.files[1].diagnostics).toMatchInlineSnapshot(`
      [
        {
          "code": "config-invalid",
          "message": "The severity "eror" of rule \`hewitt/data-transparency\` is not one the checker knows; expected "off", "hint", "info", "warning", "error" (did you mean "error"?).",
          "range": {
            "end": {
              "character": 38,
              "line": 2,
            },
            "start": {
              "character": 32,
              "line": 2,
            },
          },
          "severity": "error",
        },
        {
          "code": "config-unknown-rule",
          "message": "The checker has no rule \`hewitt/nope\`; rule ids look like \`hewitt/prevention-shift\`.",
          "range": {
            "end": {
              "character": 17,
              "line": 3,
            },
            "start": {
              "character": 4,
              "line": 3,
            },
          },
          "severity": "warning",
        },
      ]
    `);
  });

  it('resolves a configuration exactly as the core does', () => {
    const cwd = tempFolder({ 'hewitt.config.json': `{ "rules": { "${RULE}": ["hint"], "x": "off" } }`, 'r/x.hewitt': '' });
    const lookup = configLookup(cwd, FAKE_CATALOGUE);
    expect(lookup.configFor('r/x.hewitt')).toEqual(resolveConfig(`{ "rules": { "${RULE}": ["hint"], "x": "off" } }`, 'hewitt.config.json', FAKE_CATALOGUE));
    expect(lookup.configFor(join(cwd, 'r', 'x.hewitt'))).toBe(lookup.configFor('r/x.hewitt'));
  });
});

const SUPPRESSED = `// hewitt-ignore ${RULE}: the owner is published on the intranet\n${DATASET}${DATASET}`;

describe('hewitt check: suppressed diagnostics', () => {
  it('json lists them per file with the reason, only when there are some', async () => {
    const { json } = await run(['.'], { 'a.hewitt': SUPPRESSED, 'b.hewitt': DATASET });
    expect(json.files[0]).toMatchInlineSnapshot(`
      {
        "diagnostics": [
          {
            "code": "hewitt/data-transparency",
            "message": "The dataset names no owner.",
            "range": {
              "end": {
                "character": 7,
                "line": 2,
              },
              "start": {
                "character": 0,
                "line": 2,
              },
            },
            "severity": "info",
          },
        ],
        "path": "a.hewitt",
        "suppressed": [
          {
            "code": "hewitt/data-transparency",
            "message": "The dataset names no owner.",
            "range": {
              "end": {
                "character": 7,
                "line": 1,
              },
              "start": {
                "character": 0,
                "line": 1,
              },
            },
            "reason": "the owner is published on the intranet",
          },
        ],
      }
    `);
    expect(Object.keys(json.files[1])).toEqual(['path', 'diagnostics']);
    expect(json.summary.infos).toBe(2);
  });

  it('sarif marks them as suppressed in source, with the reason as justification', async () => {
    const cwd = tempFolder({ 'a.hewitt': SUPPRESSED });
    const io = memoryIo(cwd);
    await runCommand(check, ['.', '--format', 'sarif'], io);
    const log = JSON.parse(io.out());
    expect(sarifSchemaErrors(log)).toEqual([]);
    const results = log.runs[0].results as { locations: { physicalLocation: { region: { startLine: number } } }[]; suppressions?: unknown }[];
    expect(results.map((r) => [r.locations[0].physicalLocation.region.startLine, r.suppressions])).toEqual([
      [3, undefined],
      [2, [{ kind: 'inSource', justification: 'the owner is published on the intranet' }]],
    ]);
  });
});
