// The rows behind a figure: a measure's or metric's group, a category's total, a classification's
// unclassified or excluded rows. One streaming pass over the figure's dataset lists the first rows
// behind it with, for each, where it fell in the classifications the figure names: the category
// (its weight and the `when` that matched), or the exclusion that removed it (the `exclude when`
// that matched), or neither. Runs beside the evaluator and calls its compiled conditions.

import type { DataHost } from '../data/data-host';
import type { SemanticModel, SemanticSymbol } from '../semantics/model';
import type { Aggregate, CategoryDecl, Expr } from '../syntax/ast';
import { columnsOf, property } from '../eval/bindings';
import type { CompiledClassification, FullAttribution } from '../eval/classify';
import { aggregatesOf, classificationReference, compileRow, type Bindings, type RowFn } from '../eval/expr';
import type { DatasetLoader } from '../eval/run';
import { cellText, FINE } from '../eval/values';
import { figureText, type FigureRef } from './figure-ref';
import { bindingsOf, classificationsOver, defaultLoader, passOver, scopeOf, sourceText, type ExploreOptions, type PassState } from './pass';

/** How many rows an explanation lists unless asked otherwise. */
export const DEFAULT_EXPLAIN_ROWS = 20;

export interface ExplainRequest {
  readonly figure: FigureRef;
  /** The most rows listed (all are counted). */
  readonly limit?: number;
}

export type RowOutcome =
  | { readonly kind: 'category'; readonly category: string; readonly weight: number; readonly condition: string; readonly alsoMatched: readonly string[] }
  | { readonly kind: 'excluded'; readonly condition: string }
  | { readonly kind: 'unclassified' };

export interface RowAttribution {
  readonly classification: string;
  readonly outcome: RowOutcome;
}

export interface ExplainedRow {
  /** The row's place among the dataset's accepted rows, from 1. */
  readonly row: number;
  /** Each column's cell as text (money as pounds, yes/no, empty as ""). */
  readonly cells: readonly string[];
  /** The aggregates of the figure the row counts in, as written (measures and metrics). */
  readonly countsIn: readonly string[];
  readonly attributions: readonly RowAttribution[];
}

export interface Explanation {
  /** The figure as text, e.g. `prevention_share[icb = QHM, year = 2023/24]`. */
  readonly figure: string;
  readonly kind: 'measure' | 'metric' | 'classification';
  readonly dataset: string;
  readonly columns: readonly string[];
  /** Rows behind the figure, all of them. */
  readonly total: number;
  /** The first of them, up to the limit. */
  readonly rows: readonly ExplainedRow[];
  readonly rowsRead: number;
}

export type ExplainOutcome = { readonly kind: 'explained'; readonly explanation: Explanation } | { readonly kind: 'error'; readonly message: string };

const KINDS = ['measure', 'metric', 'classification'] as const;

/** Never throws for a bad request: an unknown name, part or column is an `error` outcome. */
export async function explainFigure(
  model: SemanticModel,
  paths: readonly string[],
  data: DataHost,
  request: ExplainRequest,
  options: ExploreOptions = {},
  load: DatasetLoader = defaultLoader(options),
): Promise<ExplainOutcome> {
  const error = (message: string): ExplainOutcome => ({ kind: 'error', message });
  const scope = scopeOf(model, paths);
  const { figure } = request;
  const symbol = KINDS.flatMap((kind) => scope.get(kind) ?? []).find((s) => s.name === figure.name);
  if (symbol === undefined) {
    const known = KINDS.flatMap((kind) => (scope.get(kind) ?? []).map((s) => s.name));
    return error(`there is no measure, metric or classification named '${figure.name}'${known.length ? ` (there are: ${known.join(', ')})` : ''}`);
  }
  const dataset = model.datasets.get(symbol);
  if (dataset === undefined) return error(`${symbol.kind} '${symbol.name}' names no dataset, so no rows are behind it`);
  const columns = columnsOf(dataset);
  const key: { index: number; value: string }[] = [];
  for (const part of figure.key) {
    const index = columns.findIndex((c) => c.name === part.column);
    if (index < 0) return error(`dataset '${dataset.name}' has no column '${part.column}' (its columns are: ${columns.map((c) => c.name).join(', ')})`);
    key.push({ index, value: part.value });
  }
  const bindings = bindingsOf(model);
  const classifications = classificationsOver(model, scope, dataset, bindings);
  const selector = selectorOf(symbol, figure.part, model, bindings, classifications);
  if (typeof selector === 'string') return error(selector);
  const reasons = selector.shown.map((c) => reasonsOf(model, c, bindings));

  const limit = Math.max(0, request.limit ?? DEFAULT_EXPLAIN_ROWS);
  const rows: ExplainedRow[] = [];
  let total = 0;
  let rowNumber = 0;
  const read = await passOver(
    load,
    dataset,
    data,
    classifications,
    (state) => {
      rowNumber++;
      for (const { index, value } of key) if (cellText(state.row[index] ?? null) !== value) return;
      const countsIn = selector.countsIn(state);
      if (countsIn === undefined) return;
      total++;
      if (rows.length >= limit) return;
      rows.push({
        row: rowNumber,
        cells: state.row.map((cell) => cellText(cell ?? null)),
        countsIn,
        attributions: reasons.map((r) => ({ classification: r.compiled.symbol.name, outcome: outcomeOf(r, state) })),
      });
    },
    options,
  );
  return {
    kind: 'explained',
    explanation: {
      figure: figureText(figure),
      kind: symbol.kind as Explanation['kind'],
      dataset: dataset.name,
      columns: columns.map((c) => c.name),
      total,
      rows,
      rowsRead: read.rowsRead,
    },
  };
}

interface Selector {
  /** The aggregates the row counts in (empty for a classification), or undefined when it is not behind the figure. */
  readonly countsIn: (state: PassState) => string[] | undefined;
  /** The classifications whose attribution each row shows. */
  readonly shown: readonly CompiledClassification[];
}

function selectorOf(
  symbol: SemanticSymbol,
  part: string | undefined,
  model: SemanticModel,
  bindings: Bindings,
  classifications: ReadonlyMap<SemanticSymbol, CompiledClassification>,
): Selector | string {
  if (symbol.kind === 'classification') {
    const compiled = classifications.get(symbol);
    if (compiled === undefined) return `classification '${symbol.name}' is not over a dataset`;
    const none: string[] = [];
    if (part === undefined) return { countsIn: () => none, shown: [compiled] };
    const index = compiled.categories.findIndex((c) => c.symbol.name === part);
    const test =
      index >= 0
        ? (a: FullAttribution) => !a.excluded && a.category === index
        : part === 'unclassified'
          ? (a: FullAttribution) => !a.excluded && a.category < 0
          : part === 'excluded'
            ? (a: FullAttribution) => a.excluded
            : undefined;
    if (test === undefined) {
      const names = compiled.categories.map((c) => c.symbol.name);
      return `classification '${symbol.name}' has no category '${part}' (it has: ${[...names, 'unclassified', 'excluded'].join(', ')})`;
    }
    return { countsIn: (state) => (test(state.attribution(symbol) as FullAttribution) ? none : undefined), shown: [compiled] };
  }
  if (part !== undefined) return `'${symbol.name}.${part}': only a classification's categories are named with a dot; ${symbol.kind} '${symbol.name}' is chosen by its group, e.g. ${symbol.name}[column = value]`;
  const aggregates = aggregatesOfFigure(symbol).map((aggregate) => ({
    text: sourceText(model, symbol, aggregate.span),
    where: aggregate.where === undefined ? undefined : compileRow(aggregate.where, bindings),
    argument: aggregate.fn === 'count' || aggregate.argument === undefined ? undefined : compileRow(aggregate.argument, bindings),
  }));
  const named = new Set(aggregatesOfFigure(symbol).flatMap((a) => classificationsNamed(a.where, bindings)));
  return {
    countsIn: (state) => {
      const found: string[] = [];
      for (const a of aggregates) {
        if (a.where !== undefined && a.where(state) !== true) continue;
        if (a.argument !== undefined && a.argument(state) === null) continue;
        found.push(a.text);
      }
      return found.length > 0 ? found : undefined;
    },
    shown: [...classifications.values()].filter((c) => named.has(c.symbol)),
  };
}

function aggregatesOfFigure(symbol: SemanticSymbol): Aggregate[] {
  const declaration = symbol.declaration;
  if (declaration.kind !== 'Measure' && declaration.kind !== 'Metric') return [];
  const keys = declaration.kind === 'Measure' ? ['value'] : ['numerator', 'denominator'];
  return keys.flatMap((k) => {
    const value = property(declaration.members, k);
    return value === undefined || value.kind === 'Range' || value.kind === 'Change' ? [] : aggregatesOf(value);
  });
}

/** Every classification a condition names, negated or not. */
function classificationsNamed(expr: Expr | undefined, bindings: Bindings): SemanticSymbol[] {
  if (expr === undefined) return [];
  const ref = classificationReference(bindings, expr);
  if (ref !== undefined) return [ref.classification];
  switch (expr.kind) {
    case 'Paren':
      return classificationsNamed(expr.inner, bindings);
    case 'Unary':
      return classificationsNamed(expr.operand, bindings);
    case 'Binary':
    case 'Comparison':
      return [...classificationsNamed(expr.left, bindings), ...classificationsNamed(expr.right, bindings)];
    default:
      return [];
  }
}

interface Condition {
  readonly test: RowFn;
  readonly text: string;
}

interface Reasons {
  readonly compiled: CompiledClassification;
  /** Each category's `when` conditions, in order. */
  readonly when: readonly (readonly Condition[])[];
  readonly exclude: readonly Condition[];
}

function reasonsOf(model: SemanticModel, compiled: CompiledClassification, bindings: Bindings): Reasons {
  const symbol = compiled.symbol;
  const condition = (expr: Expr): Condition => ({ test: compileRow(expr, bindings), text: sourceText(model, symbol, expr.span) });
  const when = compiled.categories.map((category) =>
    (category.symbol.declaration as CategoryDecl).members.flatMap((m) => (m.kind === 'When' && m.condition ? [condition(m.condition)] : [])),
  );
  const members = symbol.declaration.kind === 'Classification' ? symbol.declaration.members : [];
  const exclude = members.flatMap((m) => (m.kind === 'Exclude' && m.condition ? [condition(m.condition)] : []));
  return { compiled, when, exclude };
}

function outcomeOf(reasons: Reasons, state: PassState): RowOutcome {
  const symbol = reasons.compiled.symbol;
  const attribution = state.attribution(symbol) as FullAttribution;
  // Read before any condition runs: testing a condition may attribute other rows' slots again.
  const excluded = attribution.excluded;
  const category = attribution.category;
  const matches = [...attribution.matches];
  const first = (conditions: readonly Condition[]): string => conditions.find((c) => c.test(state) === true)?.text ?? '';
  if (excluded) return { kind: 'excluded', condition: first(reasons.exclude) };
  if (category < 0) return { kind: 'unclassified' };
  const compiled = reasons.compiled.categories[category];
  return {
    kind: 'category',
    category: compiled.symbol.name,
    weight: Number((compiled.weight * 100_000n) / FINE) / 1000,
    condition: first(reasons.when[category]),
    alsoMatched: matches.slice(1).map((m) => reasons.compiled.categories[m].symbol.name),
  };
}
