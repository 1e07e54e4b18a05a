// Runs the plan on an SQL engine through a session the shell provides (the driver lives outside
// the core). Per dataset: where the engine has grouping sets, one query answers everything from
// one scan (one-scan.ts); otherwise the typed and classified rows are materialised once in a
// temporary table (or, without WITH, read through nested steps), then one query per grouping and
// per classification reads them. The answers become the same accumulators and tallies the
// embedded evaluator fills, finished by the same code.

import { diagnostic, type Diagnostic } from '../diagnostics';
import { datasetShape } from '../data/shape';
import { resultOf } from '../eval/run';
import type { ClassificationTally } from '../eval/classify';
import type { GroupEntry } from '../eval/groups';
import type { DatasetResult, EvalResult } from '../eval/result';
import type { SemanticSymbol } from '../semantics/model';
import type { DatasetPlan, LogicalPlan } from '../plan/plan';
import { compileDataset, nestCtes, ROWS, withCtes, type DatasetSql } from './compile';
import type { Dialect } from './dialect';
import type { SqlProblem } from './expr-sql';
import { oneScan } from './one-scan';
import { keyOnlyColumns, unreadTextColumns } from '../plan/column-use';
import { groupEntries, numberOf, tallyOf, type SqlRow } from './read';

export interface EngineSession {
  readonly dialect: Dialect;
  /** Runs one statement and returns its rows (none for a statement that returns none). */
  query(sql: string): Promise<readonly SqlRow[]>;
  /** The engine types of a relation's columns, for engines whose dialect reads typed columns natively. */
  columnTypes?(relation: string): Promise<ReadonlyMap<string, string>>;
}

/** Where a dataset's cells are read: an SQL relation, and the source as the results show it. */
export interface DatasetSource {
  readonly relation: string;
  readonly shown: string;
  /** The engine types of the relation's columns by name, where the shell asked the engine (DESCRIBE). */
  readonly nativeTypes?: ReadonlyMap<string, string>;
}

/** Every dataset of the plan compiled; problems (what SQL cannot express) are returned, not thrown. */
export function compilePlan(plan: LogicalPlan, dialect: Dialect, sourceOf: (dataset: DatasetPlan) => DatasetSource): { datasets: DatasetSql[]; problems: SqlProblem[] } {
  const datasets = plan.datasets.map((dataset) => {
    const { relation: source, nativeTypes } = sourceOf(dataset);
    // One scan types the cells of key-only columns once per distinct cell, after grouping, and
    // leaves out the text columns nothing reads where the engine has said they exist.
    if (dialect.groupingSets) {
      const omitted = unreadTextColumns(plan, dataset).filter((c) => nativeTypes?.has(c.name));
      return compileDataset(plan, dataset, dialect, source, dialect.cte(ROWS), { nativeTypes, deferred: keyOnlyColumns(plan, dataset), omitted });
    }
    if (dialect.withClause) return compileDataset(plan, dataset, dialect, source, dialect.quote(tableName(dataset.dataset)), { nativeTypes });
    // Nothing materialised: every query reads the rows through the nested steps (a distributed table stays distributed).
    const rows = nestCtes(dialect, compileDataset(plan, dataset, dialect, source, ROWS).ctes, `SELECT * FROM ${dialect.cte(ROWS)}`);
    return compileDataset(plan, dataset, dialect, source, `(\n${rows}\n)`);
  });
  return { datasets, problems: datasets.flatMap((d) => d.problems) };
}

function tableName(dataset: SemanticSymbol): string {
  return `hewitt:${dataset.name}`;
}

function rejectedFinding(dataset: SemanticSymbol, rejected: number, read: number): Diagnostic[] {
  if (rejected === 0) return [];
  const span = datasetShape(dataset).sourceSpan;
  return [
    diagnostic(
      'data-cell',
      'warning',
      `${rejected} of ${read} rows of dataset ${dataset.name} have a cell that does not fit its column's declared type; the engine left them out (run with --engine embedded to see each cell).`,
      span,
    ),
  ];
}

export async function executePlan(plan: LogicalPlan, compiled: readonly DatasetSql[], session: EngineSession, sourceOf: (dataset: DatasetPlan) => DatasetSource): Promise<EvalResult> {
  const d = session.dialect;
  const tallies = new Map<SemanticSymbol, ClassificationTally>();
  const groups = new Map<string, GroupEntry[]>();
  const datasets: Record<string, DatasetResult> = {};
  const diagnostics = new Map<string, Diagnostic[]>();
  const counted = (symbol: SemanticSymbol, dataset: DatasetSql, read: number, rejected: number): void => {
    datasets[symbol.name] = { path: sourceOf(dataset.plan).shown, rowsRead: read, rowsRejected: rejected };
    const findings = rejectedFinding(symbol, rejected, read);
    if (findings.length > 0) diagnostics.set(symbol.path, [...(diagnostics.get(symbol.path) ?? []), ...findings]);
  };
  for (const dataset of compiled) {
    const symbol = dataset.plan.dataset;
    if (d.groupingSets) {
      const scan = oneScan(d, dataset, d.cte(ROWS));
      const answers = scan.split(await session.query(withCtes(d, dataset.ctes, scan.select)));
      counted(symbol, dataset, answers.read, answers.rejected);
      for (const [grouping, rows] of answers.groupings) groups.set(grouping.grouping.key, groupEntries(grouping, rows));
      for (const [tally, rows] of answers.tallies) tallies.set(tally.classification.symbol, tallyOf(tally, rows));
      continue;
    }
    const table = d.quote(tableName(symbol));
    if (d.withClause) await session.query(`DROP TABLE IF EXISTS ${table}`);
    if (d.withClause) await session.query(`CREATE TEMPORARY TABLE ${table} AS\n${withCtes(d, dataset.ctes, `SELECT * FROM ${d.cte(ROWS)}`)}`);
    try {
      const [counts] = await session.query(dataset.counts);
      counted(symbol, dataset, numberOf(counts?.read), numberOf(counts?.rejected));
      for (const grouping of dataset.groupings) groups.set(grouping.grouping.key, groupEntries(grouping, await session.query(grouping.select)));
      for (const tally of dataset.tallies) tallies.set(tally.classification.symbol, tallyOf(tally, await session.query(tally.select)));
    } finally {
      if (d.withClause) await session.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
  return resultOf(plan, datasets, { tallies, groups }, diagnostics);
}
