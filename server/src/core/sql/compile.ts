// The plan of one dataset in SQL: common table expressions that read the dataset's cells, type
// them and attribute each row to its classifications' categories, then one SELECT per grouping
// (every aggregate with its own filter, one scan) and one per classification (its tally). The
// SELECTs read a relation the caller names: the last CTE, or a table the engine materialised.

import type { SemanticSymbol } from '../semantics/model';
import type { ClassifyPlan, DatasetPlan, GroupingPlan, LogicalPlan, ScanColumn } from '../plan/plan';
import { groupingsOf } from '../plan/plan';
import { categoriesDisjoint } from '../plan/disjoint';
import { aggregateSql, weightSql, type AggregateSql } from './aggregate-sql';
import type { Dialect } from './dialect';
import { rowSql, type RowContext, type SqlProblem } from './expr-sql';
import { REJECTED, scanSelects } from './scan';

/** Where a dataset's text cells come from: an SQL relation (a table, a view, a file reader). */
export type SourceOf = (dataset: DatasetPlan) => string;

/** An output column: its expression over the rows and the name the readers know it by. */
export interface OutputColumn {
  readonly sql: string;
  readonly name: string;
}

export interface GroupingSql {
  readonly grouping: GroupingPlan;
  readonly aggregates: readonly AggregateSql[];
  /** The grouping's keys (the SELECT's leading columns, and what it groups by). */
  readonly keys: readonly OutputColumn[];
  readonly select: string;
}

export interface TallySql {
  readonly classification: ClassifyPlan;
  /** What the tally groups by (the category and which later categories also hold) and what it sums. */
  readonly keys: readonly OutputColumn[];
  readonly values: readonly OutputColumn[];
  readonly select: string;
}

export interface DatasetSql {
  readonly plan: DatasetPlan;
  /** `[name, body]` in order; the last, `rows`, holds the typed, classified rows (rejected ones flagged). */
  readonly ctes: readonly (readonly [string, string])[];
  /** Rows read and rejected, over the relation. */
  readonly counts: string;
  readonly groupings: readonly GroupingSql[];
  readonly tallies: readonly TallySql[];
  /** A query giving each row's category in every classification, over the relation. */
  readonly categories: readonly { readonly classification: ClassifyPlan; readonly select: string }[];
  /** Columns left as written in the rows (not typed, never rejecting a row): their readers type them. */
  readonly deferred: readonly ScanColumn[];
  readonly problems: readonly SqlProblem[];
}

export const ROWS = 'rows';

/** Later categories per overlap mask: the mask stays below 2^30, an INTEGER in every engine. */
export const ALSO_BITS = 30;

/** The name of a tally's j-th overlap mask: bit b says category 1 + j × ALSO_BITS + b also holds. */
export function alsoColumn(j: number): string {
  return `also${j}`;
}

/** The name of a classification's category column. */
export function categoryColumn(symbol: SemanticSymbol): string {
  return `category:${symbol.name}`;
}

const indent = (text: string, by = '  '): string => text.split('\n').map((l) => by + l).join('\n');

function anyHolds(d: Dialect, conditions: readonly string[]): string {
  return conditions.length === 0 ? d.bool(false) : conditions.map((c) => d.isTrue(c)).join(' OR ');
}

/** The category of a row, inlined: conditions naming another classification inline its CASE too. */
function categoryCase(plan: LogicalPlan, dataset: DatasetPlan, d: Dialect, classification: ClassifyPlan, resolving: ReadonlySet<SemanticSymbol>, problems: SqlProblem[]): string {
  const inner = new Set(resolving).add(classification.symbol);
  const ctx = rowContext(plan, dataset, d, classification.symbol.path, problems, (other) => {
    const found = plan.classifications.get(other);
    // A classification named inside its own conditions sees its rows as unclassified.
    return found === undefined || inner.has(other) ? '-1' : `(${categoryCase(plan, dataset, d, found, inner, problems)})`;
  });
  const branch = (conditions: readonly string[], then: number): string => `WHEN ${anyHolds(d, conditions)} THEN ${then}`;
  const lines = [
    ...(classification.exclude.length > 0 ? [branch(classification.exclude.map((e) => rowSql(e, ctx).sql), -2)] : []),
    ...classification.categories.map((c, i) => branch(c.when.map((e) => rowSql(e, ctx).sql), i)),
  ];
  return `CASE\n${indent(lines.join('\n'))}\n  ELSE -1\nEND`;
}

function rowContext(plan: LogicalPlan, dataset: DatasetPlan, d: Dialect, path: string, problems: SqlProblem[], category: RowContext['category']): RowContext {
  return { dialect: d, bindings: plan.bindings, path, columns: dataset.columns, category, problems };
}

export interface CompileOptions {
  /** The engine types of the source's columns, when known (see Dialect.canonicalCell). */
  readonly nativeTypes?: ReadonlyMap<string, string>;
  /** Columns to leave as written (see scanSelects); only for readers that type them (one-scan.ts). */
  readonly deferred?: readonly ScanColumn[];
  /** Columns not to read at all: text columns that nothing reads, known to exist in the source. */
  readonly omitted?: readonly ScanColumn[];
}

export function compileDataset(plan: LogicalPlan, dataset: DatasetPlan, d: Dialect, source: string, relation: string, options: CompileOptions = {}): DatasetSql {
  const problems: SqlProblem[] = [];
  const deferred = options.deferred ?? [];
  const scanned = dataset.columns.filter((c) => !options.omitted?.includes(c));
  const { cells, checked, typed } = scanSelects(d, scanned, options.nativeTypes, new Set(deferred.map((c) => c.name)));
  const own = dataset.classifications;
  const categories = own.map((c) => `${indent(categoryCase(plan, dataset, d, c, new Set(), problems))} AS ${d.quote(categoryColumn(c.symbol))}`);
  const ctes: [string, string][] = [
    ['cells', `SELECT\n${indent(cells.join(',\n'))}\nFROM ${source}`],
    ['checked', `SELECT\n${indent(checked.join(',\n'))}\nFROM ${d.cte('cells')}`],
    ['typed', `SELECT\n${indent(typed.join(',\n'))}\nFROM ${d.cte('checked')}`],
    [ROWS, `SELECT\n  *${categories.map((c) => `,\n${c}`).join('')}\nFROM ${d.cte('typed')}`],
  ];
  const columnOf = (symbol: SemanticSymbol): string => d.quote(categoryColumn(symbol));
  const accepted = `WHERE NOT ${d.test(d.quote(REJECTED))}`;
  const groupings = groupingsOf(dataset).map((grouping): GroupingSql => {
    const ctx = rowContext(plan, dataset, d, grouping.owner.path, problems, columnOf);
    const aggregates = grouping.aggregates.map((a, i) => aggregateSql(a, i, ctx, weightSql(d, a.weightedBy, plan.classifications, columnOf)));
    const keyOf = (c: (typeof grouping.columns)[number]): string => (c.type === 'money' ? `CAST(${d.quote(c.name)} AS ${d.textType})` : d.quote(c.name));
    const keys = grouping.columns.map((c) => (c.type === 'money' ? `${keyOf(c)} AS ${d.quote(c.name)}` : keyOf(c)));
    const list = [...keys, ...aggregates.flatMap((a) => a.parts.map((p) => `${p.sql} AS ${p.alias}`))];
    const groupBy = grouping.columns.length === 0 ? '' : `\nGROUP BY ${d.groupBy(grouping.columns.map(keyOf))}`;
    return {
      grouping,
      aggregates,
      keys: grouping.columns.map((c) => ({ sql: keyOf(c), name: c.name })),
      select: `SELECT\n${indent(list.join(',\n'))}\nFROM ${relation}\n${accepted}${groupBy}`,
    };
  });
  // Per category (the first that holds) and per set of later categories that also hold: rows and
  // pence (read.ts turns the sets into overlaps). The sets are keys, bit masks of ALSO_BITS
  // categories each, rather than one count per category: an engine adds up two sums per row, not
  // one per category. An earlier category cannot hold for a row, so each condition is tested only
  // on the rows of the categories before it: nothing for the unclassified and excluded rows, and
  // nothing at all when the conditions cannot overlap (plan/disjoint.ts).
  const tallies = own.map((classification): TallySql => {
    const ctx = rowContext(plan, dataset, d, classification.symbol.path, problems, columnOf);
    const category = columnOf(classification.symbol);
    const holds = classification.categories.map((c) => anyHolds(d, c.when.map((e) => rowSql(e, ctx).sql)));
    const masks: string[] = [];
    const disjoint = categoriesDisjoint(classification, plan.bindings, dataset.columns);
    for (let from = 1; from < holds.length && !disjoint; from += ALSO_BITS) {
      const bits = holds.slice(from, from + ALSO_BITS).map((h, b) => `CASE WHEN ${category} < ${from + b} AND (${h}) THEN ${2 ** b} ELSE 0 END`);
      masks.push(`CASE WHEN ${category} >= 0 THEN ${bits.join(' + ')} ELSE 0 END`);
    }
    const money = classification.moneyIndex === undefined ? 'NULL' : `CAST(SUM(${d.quote(dataset.columns[classification.moneyIndex].name)}) AS ${d.textType})`;
    const keys: OutputColumn[] = [{ sql: category, name: 'category' }, ...masks.map((sql, j) => ({ sql, name: alsoColumn(j) }))];
    const values: OutputColumn[] = [
      { sql: 'COUNT(*)', name: 'rows' },
      { sql: money, name: 'pence' },
    ];
    const list = [...keys, ...values].map((c) => `${c.sql} AS ${d.quote(c.name)}`);
    return {
      classification,
      keys,
      values,
      select: `SELECT\n${indent(list.join(',\n'))}\nFROM ${relation}\n${accepted}\nGROUP BY ${d.groupBy(keys.map((k) => k.sql))}`,
    };
  });
  const categorySelects = own.map((classification) => ({
    classification,
    select: `SELECT\n${indent([...scanned.map((c) => d.quote(c.name)), `${columnOf(classification.symbol)} AS ${d.quote('category')}`].join(',\n'))}\nFROM ${relation}\n${accepted}`,
  }));
  const counts = `SELECT\n  COUNT(*) AS ${d.quote('read')},\n  COUNT(CASE WHEN ${d.test(d.quote(REJECTED))} THEN 1 END) AS ${d.quote('rejected')}\nFROM ${relation}`;
  return { plan: dataset, ctes, counts, groupings, tallies, categories: categorySelects, deferred, problems };
}

/** A statement: the CTEs, then a SELECT over the last of them (nested subqueries where there is no WITH). */
export function withCtes(d: Dialect, ctes: DatasetSql['ctes'], select: string): string {
  if (!d.withClause) return nestCtes(d, ctes, select);
  return `WITH\n${ctes.map(([name, body]) => `${d.cte(name)} AS (\n${indent(body)}\n)`).join(',\n')}\n${select}`;
}

/** The steps as subqueries, each `FROM step` replaced by the step's own SELECT in brackets. */
export function nestCtes(d: Dialect, ctes: DatasetSql['ctes'], select: string): string {
  const expanded = new Map<string, string>();
  const inline = (sql: string): string =>
    [...expanded].reduce((text, [name, body]) => text.split(`FROM ${d.cte(name)}`).join(`FROM (\n${indent(body)}\n)`), sql);
  for (const [name, body] of ctes) expanded.set(name, inline(body));
  return inline(select);
}
