// CodeLens above measures, targets and metrics: what was computed, or — without data — the unit
// and a note that no data is loaded.
//
//   target:  "2023/24 4.1% → projected 4.8% (+0.7pp) · 12 of 42 ICBs off track"

import type { EvalResult, Group, MetricResult, TargetRow, ValueUnit } from '../eval/result';
import type { SemanticModel, SemanticSymbol } from '../semantics/model';
import { unitOf } from '../semantics/lookups';
import { describeType, type ValueType } from '../semantics/types';
import type { Member, NamedDeclaration } from '../syntax/ast';
import type { CodeLens } from './types';
import { formatPence, formatValue, plural } from './words';

function asUnit(type: ValueType): ValueUnit | undefined {
  return type === 'number' || type === 'money' || type === 'percent' || type === 'pp' ? type : undefined;
}

function propertyRaw(members: readonly Member[], key: string): string | undefined {
  const member = members.find((m) => m.kind === 'Property' && m.key === key);
  const value = member?.kind === 'Property' ? member.value : undefined;
  return value?.kind === 'FiscalYear' ? value.raw : undefined;
}

/** "ICBs", "practices": the plural of the grouping column other than years. */
function groupNoun(rows: readonly { group: Group }[]): string {
  const keys = Object.keys(rows[0]?.group ?? {}).filter((k) => k !== 'year');
  const key = keys[0];
  if (key === undefined) return 'groups';
  return key.length <= 4 ? `${key.toUpperCase()}s` : `${key}s`;
}

function mean(values: readonly (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null && Number.isFinite(v));
  return known.length ? known.reduce((a, b) => a + b, 0) / known.length : null;
}

function targetTitle(rows: readonly TargetRow[], unit: ValueUnit, baseline: string | undefined): string {
  if (rows.length === 0) return 'no groups in the data';
  const projected = rows.some((r) => r.projected);
  const change = mean(rows.map((r) => r.change));
  const changeUnit: ValueUnit = unit === 'percent' ? 'pp' : unit;
  const values = `${baseline ? `${baseline} ` : ''}${formatValue(mean(rows.map((r) => r.baseline)), unit)} → ${projected ? 'projected ' : ''}${formatValue(mean(rows.map((r) => r.horizon)), unit)}`;
  const signed = change !== null && change > 0 && changeUnit !== 'pp' ? `+${formatValue(change, changeUnit)}` : formatValue(change, changeUnit);
  const bad = projected ? 'off-track' : 'missed';
  const failing = rows.filter((r) => r.status === bad).length;
  const noun = rows.length === 1 ? 'group' : groupNoun(rows);
  return `${values} (${signed}) · ${failing} of ${rows.length} ${noun} ${bad.replace('-', ' ')}`;
}

function metricTitle(result: MetricResult): string {
  const achievement = mean(result.rows.map((r) => r.achievement));
  const payments = result.rows.map((r) => r.payment).filter((p): p is bigint => p !== null);
  const parts = [`${plural(result.rows.length, 'group')}`, `mean achievement ${formatValue(achievement, 'percent')}`];
  if (payments.length) parts.push(`payment ${formatPence(payments.reduce((a, b) => a + b, 0n))}`);
  if (result.gap !== null) parts.push(`gap ${formatValue(result.gap, 'pp')}`);
  return parts.join(' · ');
}

function measureSymbolOf(model: SemanticModel, path: string, declaration: NamedDeclaration): SemanticSymbol | undefined {
  const member = declaration.members.find((m) => m.kind === 'Property' && m.key === 'measure');
  const value = member?.kind === 'Property' ? member.value : undefined;
  if (value?.kind !== 'Reference') return undefined;
  const head = value.parts[0];
  return model.files.get(path)?.references.find((r) => r.name === head)?.symbol;
}

function lensFor(model: SemanticModel, path: string, symbol: SemanticSymbol, data?: EvalResult): string | undefined {
  const declaration = symbol.declaration;
  if (declaration.kind !== 'Measure' && declaration.kind !== 'Target' && declaration.kind !== 'Metric') return undefined;
  switch (declaration.kind) {
    case 'Measure': {
      const unit = unitOf(model, symbol);
      const result = data?.measures[symbol.name];
      if (result === undefined) return `${describeType(unit)} · no data loaded`;
      if (result.rows.length === 1) return formatValue(result.rows[0].value, result.unit);
      return `${plural(result.rows.length, 'group')} · mean ${formatValue(mean(result.rows.map((r) => (typeof r.value === 'bigint' ? Number(r.value) : r.value))), result.unit)}`;
    }
    case 'Target': {
      const result = data?.targets[symbol.name];
      if (result === undefined) return 'no data loaded';
      const measure = measureSymbolOf(model, path, declaration);
      const unit = (measure && asUnit(unitOf(model, measure))) ?? 'number';
      return targetTitle(result.rows, unit, propertyRaw(declaration.members, 'baseline'));
    }
    case 'Metric': {
      const result = data?.metrics[symbol.name];
      return result === undefined ? 'achievement in percent · no data loaded' : metricTitle(result);
    }
  }
}

export function codeLensesFor(model: SemanticModel, path: string, data?: EvalResult): CodeLens[] {
  const file = model.files.get(path);
  if (file === undefined) return [];
  const lenses: CodeLens[] = [];
  for (const symbol of file.declared) {
    if (symbol.parent !== undefined) continue;
    const title = lensFor(model, path, symbol, data);
    if (title !== undefined) lenses.push({ span: symbol.declaration.span, title });
  }
  return lenses;
}
