// Each aggregate of a grouping as SQL parts that rebuild the embedded evaluator's accumulator:
// a count, an exact sum of pence (unweighted rows), an exact sum of pence × weight in fine units
// (weighted rows), a floating-point sum, an extreme. Every part carries its own filter as
// SUM(CASE WHEN … THEN … END), so all aggregates of a grouping come from one scan.

import type { SemanticSymbol } from '../semantics/model';
import { FINE } from '../eval/values';
import type { AggregatePlan, ClassifyPlan } from '../plan/plan';
import type { Dialect } from './dialect';
import { rowSql, type RowContext, type SqlKind } from './expr-sql';

export type PartName = 'count' | 'pence' | 'fine' | 'number' | 'extreme';

export interface AggregatePart {
  readonly part: PartName;
  /** The output column's name, and as quoted in the SELECT. */
  readonly name: string;
  readonly alias: string;
  readonly sql: string;
}

export interface AggregateSql {
  readonly parts: readonly AggregatePart[];
  /** The kind of the argument (how an extreme is read back). */
  readonly kind: SqlKind;
}

/** The SQL of a row's weight in parts of FINE, truncated as the embedded evaluator does. */
export function weightSql(d: Dialect, weightedBy: readonly SemanticSymbol[], classifications: ReadonlyMap<SemanticSymbol, ClassifyPlan>, category: (c: SemanticSymbol) => string): string | undefined {
  const factors = weightedBy.flatMap((symbol) => {
    const plan = classifications.get(symbol);
    // A searched CASE: ClickHouse turns `CASE x WHEN …` into transform(), whose default takes the
    // type of the branches (a 0% weight made FINE a UInt8, and so 0); every engine agrees on this form.
    const weighted = plan?.categories.flatMap((c, i) => (c.weight === FINE ? [] : [`WHEN ${category(symbol)} = ${i} THEN ${c.weight}`])) ?? [];
    return weighted.length === 0 ? [] : [`CASE ${weighted.join(' ')} ELSE ${FINE} END`];
  });
  if (factors.length === 0) return undefined;
  return factors.slice(1).reduce((parts, factor) => d.integerDivide(`CAST(${parts} AS ${d.bigintType}) * ${factor}`, String(FINE)), factors[0]);
}

export function aggregateSql(aggregate: AggregatePlan, index: number, ctx: RowContext, weight: string | undefined): AggregateSql {
  const d = ctx.dialect;
  const filter = aggregate.where === undefined ? undefined : ctx.dialect.isTrue(rowSql(aggregate.where, ctx).sql);
  const when = (value: string): string => (filter === undefined ? value : `CASE WHEN ${filter} THEN ${value} END`);
  const part = (name: PartName, sql: string): AggregatePart => ({ part: name, name: `a${index}:${name}`, alias: d.quote(`a${index}:${name}`), sql });
  const text = (sql: string): string => `CAST(${sql} AS ${d.textType})`;
  if (aggregate.fn === 'count') return { parts: [part('count', `COUNT(${filter === undefined ? '*' : `CASE WHEN ${filter} THEN 1 END`})`)], kind: 'number' };
  const argument = rowSql(aggregate.argument, ctx);
  const value = argument.sql;
  const double = `CAST(${value} AS ${d.doubleType})`;
  switch (aggregate.fn) {
    case 'sum':
      if (argument.kind === 'money') {
        if (weight === undefined) return { parts: [part('pence', text(`SUM(${when(value)})`))], kind: 'money' };
        return { parts: [part('fine', text(`SUM(${when(`CAST(${value} AS ${d.exactType}) * (${weight})`)})`))], kind: 'money' };
      }
      if (weight === undefined) return { parts: [part('number', `SUM(${when(double)})`)], kind: 'number' };
      return {
        parts: [part('number', `SUM(${when(`CASE WHEN (${weight}) = ${FINE} THEN ${double} ELSE ${double} * CAST(${weight} AS ${d.doubleType}) / ${Number(FINE)} END`)})`)],
        kind: 'number',
      };
    case 'mean':
      return {
        parts: [part('count', `COUNT(${when(value)})`), argument.kind === 'money' ? part('pence', text(`SUM(${when(value)})`)) : part('number', `SUM(${when(double)})`)],
        kind: argument.kind,
      };
    case 'min':
    case 'max': {
      const fn = aggregate.fn.toUpperCase();
      const ordered = argument.kind === 'text' ? d.binaryText(when(value)) : when(value);
      const kept = argument.kind === 'bool' ? d.test(when(d.flag(value))) : undefined;
      const extreme = kept !== undefined ? `${fn}(CASE WHEN ${kept} THEN 1 WHEN NOT ${kept} THEN 0 END)` : `${fn}(${ordered})`;
      const counted = argument.kind === 'bool' ? when(d.flag(value)) : when(value);
      return { parts: [part('count', `COUNT(${counted})`), part('extreme', argument.kind === 'money' ? text(extreme) : extreme)], kind: argument.kind };
    }
  }
}
