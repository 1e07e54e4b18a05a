// Running tests: each test evaluates the rule files its test file imports through the core's one
// evaluation (`evaluate`), on its fixtures only (fixtures.ts), then compares each expectation with
// the result. A test whose file or imports have errors is not run: it errors with the first one.

import type { DataHost } from '../data/data-host';
import type { Diagnostic } from '../diagnostics';
import { evaluate } from '../eval/evaluate';
import type { EvalResult } from '../eval/result';
import type { FileModel, SemanticModel, SemanticSymbol } from '../semantics/model';
import { usedBy } from './reads';
import type { Span } from '../syntax/ast';
import type { ExpectDecl, GivenDecl, TestDecl } from '../syntax/test-ast';
import { resolveRelative } from '../host';
import { actualOf, rowCategory, type Actual } from './actual';
import { matches } from './compare';
import { filesSeenFrom, fixtureHost, prepareFixtures, tableCsv, type Fixtures } from './fixtures';
import { visibleSymbols } from './scope';
import { isCount, subjectKind } from './subjects';

export type TestStatus = 'pass' | 'fail' | 'error';

export interface TestFailure {
  /** The `expect` line. */
  readonly span: Span;
  /** The expectation as written. */
  readonly expectation: string;
  readonly expected: string;
  readonly actual: string;
  /** When the keys name no group: the groups that exist (the first few). */
  readonly groups?: readonly string[];
}

export interface TestError {
  readonly code: string;
  readonly message: string;
  /** Where the problem is; `path` is the file it is in. */
  readonly path: string;
  readonly span: Span;
}

export interface TestOutcome {
  readonly path: string;
  readonly test: TestDecl;
  readonly name: string;
  readonly title?: string;
  readonly status: TestStatus;
  readonly durationMs: number;
  readonly failures: readonly TestFailure[];
  readonly error?: TestError;
  /** Per classification, the categories some fixture row fell into (for coverage). */
  readonly categoriesHit: ReadonlyMap<string, ReadonlySet<string>>;
}

export interface RunOptions {
  /** Which tests run, by `file::name`; every test when absent. */
  readonly accept?: (path: string, name: string) => boolean;
  /** Milliseconds for durations; the shell's clock (the core has none). */
  readonly now?: () => number;
  readonly signal?: AbortSignal;
  /**
   * Remembers the category of a row of a table, by classification and row: the same row under the
   * same rules always falls into the same category. Share one map across the tests of one run.
   */
  readonly rowCache?: Map<string, Actual>;
}

/**
 * The model as a test file sees it: only the file and what it imports. Evaluation reads every
 * file of the model it is given, so a workspace of many test files would otherwise make each
 * test pay for all of them.
 */
export function modelSeenFrom(model: SemanticModel, path: string): SemanticModel {
  const files = new Map(filesSeenFrom(model, path).flatMap((p) => {
    const file = model.files.get(p);
    return file ? [[p, file] as const] : [];
  }));
  return { ...model, files };
}

/**
 * The model a test evaluates: the declarations it names and those they use (a target's measure,
 * a measure's classification, their datasets), and nothing else, so a test evaluates only what
 * it is about. The evaluation itself is the one `hewitt eval` runs.
 */
export function testedModel(model: SemanticModel, subjects: readonly SemanticSymbol[]): { model: SemanticModel; paths: string[] } {
  const { declarations } = usedBy({ referencesIn: (p) => model.files.get(p)?.references ?? [], datasetOf: (s) => model.datasets.get(s) }, subjects);
  const files = new Map<string, FileModel>();
  for (const [p, file] of model.files) {
    const symbols = new Map([...file.symbols].filter(([, symbol]) => declarations.has(symbol)));
    // Only the files that declare what is evaluated: the evaluation binds the names of every file it is given.
    if (symbols.size > 0) files.set(p, { ...file, symbols, imports: [] });
  }
  return { model: { ...model, files }, paths: [...files.keys()] };
}

/** Every test of a test file, run one after another. */
export async function runTestFile(whole: SemanticModel, path: string, files: DataHost, options: RunOptions = {}): Promise<TestOutcome[]> {
  const model = modelSeenFrom(whole, path);
  const file = model.files.get(path);
  const outcomes: TestOutcome[] = [];
  for (const test of file?.ast.tests ?? []) {
    const name = test.name?.text ?? '';
    if (options.accept && !options.accept(path, name)) continue;
    outcomes.push(await runTest(model, path, test, files, options));
  }
  return outcomes;
}

export async function runTest(model: SemanticModel, path: string, test: TestDecl, files: DataHost, options: RunOptions = {}): Promise<TestOutcome> {
  const started = options.now?.() ?? 0;
  const base = { path, test, name: test.name?.text ?? '', ...(test.title ? { title: test.title.value } : {}) };
  const finish = (status: TestStatus, failures: TestFailure[], hit: Map<string, Set<string>>, error?: TestError): TestOutcome => ({
    ...base,
    status,
    durationMs: Math.max(0, (options.now?.() ?? 0) - started),
    failures,
    categoriesHit: hit,
    ...(error ? { error } : {}),
  });
  const blocking = blockingError(model, path, test);
  if (blocking) return finish('error', [], new Map(), blocking);

  const given = givenOf(model, path, test);
  for (const [, g] of given) {
    if (!g.source) continue;
    const fixture = resolveRelative(path, g.source.value);
    if ((await files.stat(fixture)) === undefined) {
      return finish('error', [], new Map(), { code: 'test-fixture', message: `Fixture file '${fixture}' cannot be found or read; its path is relative to the test file.`, path, span: g.source.span });
    }
  }
  const visible = visibleSymbols(model.files, path);
  const subjects = test.expects.flatMap((e) => {
    const subject = subjectOf(visible, e);
    return subject ? [subject] : [];
  });
  const fixtures = prepareFixtures(model, path, given);
  const tested = testedModel(model, subjects);
  const result = await evaluate(tested.model, tested.paths, fixtureHost(fixtures, files), options.signal ? { signal: options.signal } : {});
  const dataError = firstDataError(result);
  if (dataError) return finish('error', [], new Map(), { code: 'test-fixture', message: `A fixture could not be read as its dataset: ${dataError.message}`, path, span: test.name?.span ?? test.keyword });

  const text = model.files.get(path)?.text ?? '';
  const failures: TestFailure[] = [];
  for (const expect of test.expects) {
    const subject = subjectOf(visible, expect);
    if (!subject || !expect.value) continue;
    const actual = expect.selector?.word.text === 'row' ? await rowActual(model, fixtures, files, subject, expect, options) : actualOf(model, result, subject, expect);
    const exact = expect.selector?.word.text === 'groups' || (subject.kind === 'measure' && !expect.selector && isCount(subject));
    const passed =
      actual.kind === 'computed' &&
      matches(expect.value, actual.computed, { exact, ...(expect.tolerance ? { tolerance: expect.tolerance } : {}) });
    if (passed) continue;
    failures.push({
      span: expect.span,
      expectation: text.slice(expect.span.start, expect.span.end),
      expected: expectedText(expect),
      actual: actual.shown,
      ...(actual.kind === 'missing' ? { groups: actual.groups } : {}),
    });
  }
  return finish(failures.length === 0 ? 'pass' : 'fail', failures, categoriesHit(result));
}

function expectedText(expect: ExpectDecl): string {
  const value = expect.value;
  const shown = value?.kind === 'LiteralValue' ? value.raw : value?.kind === 'WordValue' ? value.text : '(empty)';
  const tolerance = expect.tolerance?.kind === 'LiteralValue' ? ` within ${expect.tolerance.raw}` : '';
  return shown + tolerance;
}

/** The first error that keeps a test from running: in the test, the file outside any test, or an imported file. */
function blockingError(model: SemanticModel, path: string, test: TestDecl): TestError | undefined {
  const tests = model.files.get(path)?.ast.tests ?? [];
  const inOtherTest = (d: Diagnostic): boolean => tests.some((t) => t !== test && d.span.start >= t.span.start && d.span.end <= t.span.end);
  for (const p of filesSeenFrom(model, path)) {
    const file = model.files.get(p);
    if (!file) continue;
    const errors = [...file.parseDiagnostics, ...file.semanticDiagnostics].filter((d) => d.severity === 'error' && (p !== path || !inOtherTest(d)));
    errors.sort((a, b) => a.span.start - b.span.start);
    const first = errors[0];
    if (first) return { code: first.code, message: first.message, path: p, span: first.span };
  }
  return undefined;
}

function givenOf(model: SemanticModel, path: string, test: TestDecl): Map<SemanticSymbol, GivenDecl> {
  const scope = visibleSymbols(model.files, path);
  const given = new Map<SemanticSymbol, GivenDecl>();
  for (const g of test.givens) {
    const dataset = g.dataset ? scope.get(g.dataset.text) : undefined;
    if (dataset?.kind === 'dataset' && !given.has(dataset)) given.set(dataset, g);
  }
  return given;
}

function subjectOf(visible: ReadonlyMap<string, SemanticSymbol>, expect: ExpectDecl): SemanticSymbol | undefined {
  const symbol = expect.subject ? visible.get(expect.subject.text) : undefined;
  return symbol && subjectKind(symbol) ? symbol : undefined;
}

function firstDataError(result: EvalResult): Diagnostic | undefined {
  for (const list of result.diagnostics.values()) {
    const found = list.find((d) => (d.code === 'data-file' || d.code === 'data-cell') && d.severity === 'error');
    if (found) return found;
  }
  return undefined;
}

function categoriesHit(result: EvalResult): Map<string, Set<string>> {
  const hit = new Map<string, Set<string>>();
  for (const [name, classification] of Object.entries(result.classifications)) {
    hit.set(name, new Set(classification.categories.filter((c) => c.rows > 0).map((c) => c.name)));
  }
  return hit;
}

/** `row N`: the classification evaluated on that one row of its dataset's table. */
async function rowActual(
  model: SemanticModel,
  fixtures: Fixtures,
  files: DataHost,
  subject: SemanticSymbol,
  expect: ExpectDecl,
  options: RunOptions,
): Promise<Actual> {
  const dataset = model.datasets.get(subject);
  const argument = expect.selector?.argument;
  const n = argument?.kind === 'LiteralValue' && argument.literal.kind === 'Number' ? argument.literal.value : 0;
  if (!dataset) return { kind: 'missing', shown: 'no dataset', groups: [] };
  const given = fixtures.given.get(dataset);
  const key = given?.table ? `${subject.path}\u0000${subject.name}\u0000${tableCsv(dataset, given, n - 1)}` : undefined;
  const cached = key === undefined ? undefined : options.rowCache?.get(key);
  if (cached) return cached;
  const host = fixtureHost(fixtures, files, { onlyRow: { dataset, row: n - 1 } });
  const tested = testedModel(model, [subject]);
  const result = await evaluate(tested.model, tested.paths, host, options.signal ? { signal: options.signal } : {});
  const actual = rowCategory(result, subject);
  if (key !== undefined) options.rowCache?.set(key, actual);
  return actual;
}
