// What an expectation may say about each kind of declaration: its keys (the grouping columns of
// the group it picks), the words after them, and the type of the expected value. One table read by
// the checker, the runner and completion, so they never disagree.

import type { SemanticSymbol } from '../semantics/model';
import type { ValueType } from '../semantics/types';
import type { Member, PropertyValue } from '../syntax/ast';

function property(members: readonly Member[], key: string): PropertyValue | undefined {
  for (const member of members) if (member.kind === 'Property' && member.key === key) return member.value;
  return undefined;
}

const byCache = new WeakMap<readonly Member[], WeakMap<SemanticSymbol, SemanticSymbol[]>>();

/** The columns named in `by`, in order, skipping names the dataset lacks (remembered per declaration). */
function byColumns(members: readonly Member[], dataset: SemanticSymbol): SemanticSymbol[] {
  let perDataset = byCache.get(members);
  if (!perDataset) byCache.set(members, (perDataset = new WeakMap()));
  let columns = perDataset.get(dataset);
  if (!columns) {
    columns = members.flatMap((m) => (m.kind === 'By' ? m.columns : [])).flatMap((n) => {
      const column = dataset.members.get(n.text);
      return column === undefined ? [] : [column];
    });
    perDataset.set(dataset, columns);
  }
  return columns;
}

/** Whether a measure's value is a plain `count(…)`: compared exactly, as counts are. */
export function isCount(measure: SemanticSymbol): boolean {
  const decl = measure.declaration;
  const value = decl.kind === 'Measure' ? property(decl.members, 'value') : undefined;
  return value?.kind === 'Aggregate' && value.fn === 'count';
}

export type SubjectKind = 'measure' | 'target' | 'metric' | 'classification';

export interface SelectorSpec {
  /** The word after the keys; '' for a measure's value. */
  readonly word: string;
  /** Whether the expectation picks one group with keys (`[icb = "QE1"]`). */
  readonly keyed: boolean;
  /** `row 1`, `stratum 1`: the word takes an argument. */
  readonly argument?: 'row' | 'stratum';
  readonly describe: string;
}

export const SELECTORS: Readonly<Record<SubjectKind, readonly SelectorSpec[]>> = {
  measure: [
    { word: '', keyed: true, describe: "the measure's value for one group" },
    { word: 'groups', keyed: false, describe: 'how many groups the measure has' },
  ],
  target: [
    { word: 'status', keyed: true, describe: 'met, missed, on-track, off-track or no-data' },
    { word: 'change', keyed: true, describe: 'the change from baseline to horizon' },
    { word: 'baseline', keyed: true, describe: "the measure's value in the baseline year" },
    { word: 'horizon', keyed: true, describe: "the measure's value (actual or projected) in the horizon year" },
  ],
  metric: [
    { word: 'achievement', keyed: true, describe: 'numerator ÷ denominator' },
    { word: 'points', keyed: true, describe: 'points earned on the sliding scale' },
    { word: 'payment', keyed: true, describe: 'points earned × value per point' },
    { word: 'numerator', keyed: true, describe: 'the numerator' },
    { word: 'denominator', keyed: true, describe: 'the denominator' },
    { word: 'gap', keyed: false, describe: 'most minus least deprived stratum, in pp' },
    { word: 'stratum', keyed: false, argument: 'stratum', describe: "one stratum's pooled achievement" },
    { word: 'groups', keyed: false, describe: 'how many groups the metric has' },
  ],
  classification: [{ word: 'row', keyed: false, argument: 'row', describe: 'the category of one row of the given table' }],
};

export const TARGET_STATUSES = ['met', 'missed', 'on-track', 'off-track', 'no-data'] as const;

export function subjectKind(symbol: SemanticSymbol): SubjectKind | undefined {
  switch (symbol.kind) {
    case 'measure':
    case 'target':
    case 'metric':
    case 'classification':
      return symbol.kind;
    default:
      return undefined;
  }
}

/** What a subject is computed from, as the semantic model knows it. */
export interface SubjectModel {
  readonly datasetOf: (symbol: SemanticSymbol) => SemanticSymbol | undefined;
  readonly unitOf: (measure: SemanticSymbol) => ValueType;
  /** A top-level name as the file of `from` sees it. */
  readonly lookup: (from: SemanticSymbol, name: string) => SemanticSymbol | undefined;
}

/** The measure a target judges. */
export function targetMeasure(model: SubjectModel, target: SemanticSymbol): SemanticSymbol | undefined {
  const decl = target.declaration;
  const value = decl.kind === 'Target' ? property(decl.members, 'measure') : undefined;
  if (value?.kind !== 'Reference' || value.parts.length !== 1) return undefined;
  const measure = model.lookup(target, value.parts[0]!.text);
  return measure?.kind === 'measure' ? measure : undefined;
}

/** The grouping columns that key an expectation on the subject (a target's exclude its year). */
export function keyColumns(model: SubjectModel, subject: SemanticSymbol): SemanticSymbol[] {
  const grouped = subject.kind === 'target' ? targetMeasure(model, subject) : subject;
  if (grouped === undefined) return [];
  const dataset = model.datasetOf(grouped);
  const decl = grouped.declaration;
  if (dataset === undefined || (decl.kind !== 'Measure' && decl.kind !== 'Metric')) return [];
  const columns = byColumns(decl.members, dataset);
  if (subject.kind !== 'target') return [...columns];
  const year = columns.find((c) => c.columnType === 'fiscal_year');
  return columns.filter((c) => c !== year);
}

/** The type of the value an expectation compares; undefined for words (status, row). */
export function valueType(model: SubjectModel, subject: SemanticSymbol, word: string): ValueType | undefined {
  switch (word) {
    case '':
      return model.unitOf(subject);
    case 'groups':
    case 'points':
    case 'numerator':
    case 'denominator':
      return 'number';
    case 'achievement':
    case 'stratum':
      return 'percent';
    case 'payment':
      return 'money';
    case 'gap':
      return 'pp';
    case 'change':
    case 'baseline':
    case 'horizon': {
      const measure = targetMeasure(model, subject);
      const unit = measure === undefined ? 'unknown' : model.unitOf(measure);
      return word === 'change' && unit === 'percent' ? 'pp' : unit;
    }
    default:
      return undefined;
  }
}
