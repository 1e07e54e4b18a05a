// Helpers for the catalogue's tests: fixtures checked with the catalogue on, a configuration
// written as the `rules` object of hewitt.config.json, and quick fixes applied and re-checked.
//
//   checkRule('hewitt/data-transparency', `
//     dataset d { source: "d.csv" columns { a: text } }
//     //      ^ hewitt/data-transparency owner
//   `);
//
// Only diagnostics of the rule under test are compared with the markers; any error the fixture
// has (a syntax or type error) fails the test, so fixtures stay valid rule files.

import { expect } from 'vitest';
import { checkFiles, type FileReport } from '../../server/src/core/check';
import { resolveConfig, type ResolvedConfig } from '../../server/src/core/config/config';
import type { Diagnostic, Fix } from '../../server/src/core/diagnostics';
import { applyEdits } from '../../server/src/core/edits';
import type { EvalResult } from '../../server/src/core/eval/result';
import { memoryHost } from '../../server/src/core/host';
import { CATALOGUE } from '../../server/src/core/rules/catalogue';
import { parseFixture } from '../support/fixture';

/** A configuration as hewitt.config.json would give it: `{ "hewitt/x": ["error", { … }] }`. */
export function config(rules: Record<string, unknown>): ResolvedConfig {
  const resolved = resolveConfig(JSON.stringify({ rules }), 'hewitt.config.json', CATALOGUE);
  expect(resolved.diagnostics).toEqual([]);
  return resolved;
}

export interface RuleRun {
  readonly config?: ResolvedConfig;
  readonly data?: EvalResult;
}

/** Every file of a fixture checked with the whole catalogue. */
export function checkSource(files: ReadonlyMap<string, string>, run: RuleRun = {}): FileReport[] {
  return checkFiles([...files.keys()], memoryHost(files), {
    catalogue: CATALOGUE,
    ...(run.config ? { configFor: () => run.config! } : {}),
    ...(run.data ? { data: run.data } : {}),
  });
}

function where(text: string, d: Diagnostic): string {
  const before = text.slice(0, d.span.start);
  return `${before.split('\n').length}:${d.span.start - before.lastIndexOf('\n')} ${JSON.stringify(text.slice(d.span.start, d.span.end))} ${d.severity} ${d.message}`;
}

/** Asserts the rule's diagnostics are exactly the fixture's markers (the marker code must be the rule's id). */
export function checkRule(ruleId: string, source: string, run: RuleRun = {}): FileReport[] {
  const fixture = parseFixture(source);
  const reports = checkSource(fixture.files, run);
  const errors = reports.flatMap((r) => r.diagnostics.filter((d) => d.severity === 'error' && !d.code.startsWith('hewitt/')).map((d) => `${r.path} ${where(r.text, d)}`));
  expect(errors).toEqual([]);
  const actual = reports.flatMap((r) => r.diagnostics.filter((d) => d.code === ruleId).map((d) => `${r.path} ${d.span.start}-${d.span.end}`));
  const expected = fixture.expected.filter((e) => e.code === ruleId).map((e) => `${e.path} ${e.start}-${e.end}`);
  expect(actual.sort()).toEqual(expected.sort());
  for (const e of fixture.expected) {
    const found = reports.find((r) => r.path === e.path)?.diagnostics.find((d) => d.code === ruleId && d.span.start === e.start);
    expect(found?.message).toContain(e.messagePart);
  }
  return reports;
}

/** The diagnostics of one rule in a fixture's reports, with where they are. */
export function findings(reports: readonly FileReport[], ruleId: string): (Diagnostic & { readonly path: string })[] {
  return reports.flatMap((r) => r.diagnostics.filter((d) => d.code === ruleId).map((d) => ({ ...d, path: r.path })));
}

/**
 * Applies the fix titled `title` (a prefix) of the first `code` diagnostic in `path`, re-checks the
 * workspace, asserts the edited file has no errors and one `code` diagnostic fewer, and returns
 * the edited text.
 */
export function applyFix(source: string, code: string, title: string, path = '/main.hewitt', run: RuleRun = {}): string {
  const fixture = parseFixture(source);
  const before = checkSource(fixture.files, run).find((r) => r.path === path)!;
  const target = before.diagnostics.find((d) => d.code === code);
  expect(target, `no ${code} in ${path}`).toBeDefined();
  const fix: Fix | undefined = target!.fixes?.find((f) => f.title.startsWith(title));
  expect(fix, `no fix "${title}" among ${JSON.stringify(target!.fixes?.map((f) => f.title))}`).toBeDefined();
  const text = applyEdits(before.text, fix!.edits);
  const files = new Map(fixture.files);
  files.set(path, text);
  const after = checkSource(files, run).find((r) => r.path === path)!;
  expect(after.diagnostics.filter((d) => d.severity === 'error' && !d.code.startsWith('hewitt/')).map((d) => where(text, d))).toEqual([]);
  const count = (r: FileReport): number => r.diagnostics.filter((d) => d.code === code).length;
  expect(count(after)).toBe(count(before) - 1);
  return text;
}

/** The severities of a rule's diagnostics when the fixture (markers ignored) is checked under `cfg`. */
export function severitiesOf(ruleId: string, source: string, cfg?: ResolvedConfig): string[] {
  const fixture = parseFixture(source);
  return findings(checkSource(fixture.files, cfg ? { config: cfg } : {}), ruleId).map((d) => d.severity);
}
