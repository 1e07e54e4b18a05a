// What the evaluation computed for one expectation: the group its keys pick, then the value its
// word names. A group that does not exist is reported with the groups that do.

import type { EvalResult, Group, ValueUnit } from '../eval/result';
import type { SemanticModel, SemanticSymbol } from '../semantics/model';
import type { ExpectDecl } from '../syntax/test-ast';
import type { Computed } from './compare';
import { showValue, type ShownUnit } from './show';
import { keyColumns, targetMeasure, type SubjectModel } from './subjects';
import { keyText } from './values';

export type Actual =
  | { readonly kind: 'computed'; readonly computed: Computed; readonly shown: string }
  | { readonly kind: 'missing'; readonly shown: string; readonly groups: readonly string[] };

const GROUPS_SHOWN = 5;

export function subjectModel(model: SemanticModel): SubjectModel {
  return {
    datasetOf: (symbol) => model.datasets.get(symbol),
    unitOf: (measure) => model.units.get(measure) ?? 'unknown',
    lookup: (from, name) => model.files.get(from.path)?.scope.get(name),
  };
}

function numeric(value: number | bigint | null, unit: ValueUnit | ShownUnit): Actual {
  if (unit === 'money') {
    const pence = value === null ? null : typeof value === 'bigint' ? value : BigInt(Math.round(value));
    return { kind: 'computed', computed: { kind: 'money', value: pence }, shown: showValue(pence, 'money') };
  }
  const n = value === null ? null : Number(value);
  return { kind: 'computed', computed: { kind: 'number', value: n }, shown: showValue(n, unit) };
}

function word(value: string): Actual {
  return { kind: 'computed', computed: { kind: 'word', value }, shown: value };
}

/** A group as `icb = "QE1", year = 2023/24`, text columns quoted. */
export function showGroup(group: Group, textColumns: ReadonlySet<string>): string {
  const entries = Object.entries(group);
  if (entries.length === 0) return '(one value)';
  return entries.map(([column, value]) => `${column} = ${textColumns.has(column) ? JSON.stringify(value) : value}`).join(', ');
}

function pick<T extends { readonly group: Group }>(rows: readonly T[], expect: ExpectDecl, textColumns: () => ReadonlySet<string>): T | Actual {
  const wanted = new Map(expect.keys.flatMap((k) => (k.value ? [[k.column.text, keyText(k.value)] as const] : [])));
  const found = rows.find((row) => {
    const entries = Object.entries(row.group);
    return entries.length === wanted.size && entries.every(([column, value]) => wanted.get(column) === value);
  });
  if (found) return found;
  const shownText = textColumns();
  const groups = rows.slice(0, GROUPS_SHOWN).map((row) => showGroup(row.group, shownText));
  const more = rows.length > GROUPS_SHOWN ? ` and ${rows.length - GROUPS_SHOWN} more` : '';
  const shown = rows.length === 0 ? 'no groups at all' : 'no such group';
  return { kind: 'missing', shown, groups: more ? [...groups, more.trim()] : groups };
}

function isActual(value: object): value is Actual {
  return 'kind' in value && (value.kind === 'computed' || value.kind === 'missing');
}

function textColumnsOf(model: SubjectModel, subject: SemanticSymbol): Set<string> {
  return new Set(keyColumns(model, subject).filter((c) => c.columnType === 'text' || c.columnType === 'date').map((c) => c.name));
}

const NOTHING: Actual = { kind: 'missing', shown: 'not computed (see the rule file\'s diagnostics)', groups: [] };

export function actualOf(semantic: SemanticModel, result: EvalResult, subject: SemanticSymbol, expect: ExpectDecl): Actual {
  const model = subjectModel(semantic);
  const text = (): Set<string> => textColumnsOf(model, subject);
  const word_ = expect.selector?.word.text ?? '';
  switch (subject.kind) {
    case 'measure': {
      const measure = result.measures[subject.name];
      if (!measure) return NOTHING;
      if (word_ === 'groups') return numeric(measure.rows.length, 'number');
      const row = pick(measure.rows, expect, text);
      if (isActual(row)) return row;
      if (row.text !== undefined) return { kind: 'computed', computed: { kind: 'text', value: row.text }, shown: row.text };
      return numeric(row.value, measure.unit);
    }
    case 'target': {
      const target = result.targets[subject.name];
      const measure = targetMeasure(model, subject);
      const unit = (measure ? result.measures[measure.name]?.unit : undefined) ?? 'number';
      if (!target) return NOTHING;
      const row = pick(target.rows, expect, text);
      if (isActual(row)) return row;
      if (word_ === 'status') return word(row.status);
      if (word_ === 'change') return numeric(row.change === null ? null : unit === 'money' ? BigInt(Math.round(row.change)) : row.change, unit === 'percent' ? 'pp' : unit);
      return numeric(word_ === 'baseline' ? row.baseline : row.horizon, unit);
    }
    case 'metric': {
      const metric = result.metrics[subject.name];
      if (!metric) return NOTHING;
      if (word_ === 'gap') return numeric(metric.gap, 'pp');
      if (word_ === 'groups') return numeric(metric.rows.length, 'number');
      if (word_ === 'stratum') {
        const argument = expect.selector?.argument;
        const wanted = argument ? keyText(argument) : undefined;
        const stratum = metric.strata.find((s) => s.stratum === wanted);
        if (stratum) return numeric(stratum.achievement, 'percent');
        const groups = metric.strata.map((s) => s.stratum);
        return { kind: 'missing', shown: groups.length === 0 ? 'no strata at all' : 'no such stratum', groups: groups.map((g) => `stratum ${g}`) };
      }
      const row = pick(metric.rows, expect, text);
      if (isActual(row)) return row;
      switch (word_) {
        case 'points':
          return numeric(row.points, 'number');
        case 'payment':
          return numeric(row.payment, 'money');
        case 'numerator':
          return numeric(row.numerator, 'number');
        case 'denominator':
          return numeric(row.denominator, 'number');
        default:
          return numeric(row.achievement, 'percent');
      }
    }
    default:
      return NOTHING;
  }
}

/** The category of the only row the classification saw: a category name, `none` or `excluded`. */
export function rowCategory(result: EvalResult, classification: SemanticSymbol): Actual {
  const found = result.classifications[classification.name];
  if (!found) return NOTHING;
  const category = found.categories.find((c) => c.rows > 0);
  if (category) return word(category.name);
  if (found.excludedRows > 0) return word('excluded');
  if (found.unclassifiedRows > 0) return word('none');
  return { kind: 'missing', shown: 'the row was not read (see its cells)', groups: [] };
}
