// The figures diff: two evaluation results of the same data compared section by section. Only
// what moved is kept: categories whose rows or amount changed, measure groups whose value changed
// (the largest first), target statuses that flipped, metric points and payments per group and in
// total, checklist rules that newly fail or pass, and diagnostics that are new or resolved.

import type { Diagnostic } from '../diagnostics';
import type { EvalResult, Group, MeasureResult, MeasureRow, MetricResult, TargetResult, Value } from '../eval/result';
import { LineIndex } from '../text/line-index';
import {
  UNCLASSIFIED,
  type CategoryFigures,
  type ChecklistChange,
  type ClassificationDiff,
  type DiagnosticEntry,
  type GroupChange,
  type MeasureDiff,
  type MetricDiff,
  type MetricGroupChange,
  type Presence,
  type StatusFlip,
  type TargetDiff,
} from './model';

/** What one revision gives the figures diff. */
export interface RevisionFigures {
  readonly result: EvalResult;
  /** Rule-file texts, to place diagnostics on lines. */
  readonly sources: ReadonlyMap<string, string>;
  readonly checklist: readonly { readonly rule: string; readonly title: string; readonly state: string }[];
}

export const groupKey = (group: Group): string => JSON.stringify(Object.entries(group));

function presence(base: unknown, head: unknown): Presence {
  return base === undefined ? 'added' : head === undefined ? 'removed' : 'both';
}

/** Each name of either record, sorted. */
function namesOf(a: Readonly<Record<string, unknown>>, b: Readonly<Record<string, unknown>>): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
}

export function diffClassifications(base: EvalResult, head: EvalResult): Record<string, ClassificationDiff> {
  const out: Record<string, ClassificationDiff> = {};
  for (const name of namesOf(base.classifications, head.classifications)) {
    const a = base.classifications[name];
    const b = head.classifications[name];
    const names = [...(b?.categories ?? []).map((c) => c.name), ...(a?.categories ?? []).map((c) => c.name)];
    const categories: CategoryFigures[] = [...new Set(names)].map((category) => {
      const x = a?.categories.find((c) => c.name === category);
      const y = b?.categories.find((c) => c.name === category);
      return { name: category, base: x ? { rows: x.rows, amount: x.amount } : null, head: y ? { rows: y.rows, amount: y.amount } : null };
    });
    categories.push({
      name: UNCLASSIFIED,
      base: a ? { rows: a.unclassifiedRows, amount: a.unclassifiedAmount } : null,
      head: b ? { rows: b.unclassifiedRows, amount: b.unclassifiedAmount } : null,
    });
    const moved = categories.some((c) => c.base?.rows !== c.head?.rows || c.base?.amount !== c.head?.amount);
    if (moved || a === undefined || b === undefined) out[name] = { presence: presence(a, b), categories };
  }
  return out;
}

export function diffMeasures(base: EvalResult, head: EvalResult, top: number): Record<string, MeasureDiff> {
  const out: Record<string, MeasureDiff> = {};
  for (const name of namesOf(base.measures, head.measures)) {
    const diff = diffMeasure(base.measures[name], head.measures[name], top);
    if (diff.presence !== 'both' || diff.groupsChanged > 0 || diff.onlyBase.length > 0 || diff.onlyHead.length > 0) out[name] = diff;
  }
  return out;
}

function diffMeasure(a: MeasureResult | undefined, b: MeasureResult | undefined, top: number): MeasureDiff {
  const rowsA = new Map((a?.rows ?? []).map((row) => [groupKey(row.group), row]));
  const rowsB = new Map((b?.rows ?? []).map((row) => [groupKey(row.group), row]));
  const changes: GroupChange[] = [];
  for (const [key, x] of rowsA) {
    const y = rowsB.get(key);
    if (y === undefined || sameRow(x, y)) continue;
    changes.push({
      group: x.group,
      base: x.value,
      head: y.value,
      change: difference(x.value, y.value),
      ...(x.text !== undefined ? { baseText: x.text } : {}),
      ...(y.text !== undefined ? { headText: y.text } : {}),
    });
  }
  changes.sort((x, y) => size(y.change) - size(x.change) || compareKeys(x.group, y.group));
  return {
    presence: presence(a, b),
    unit: (b ?? a)!.unit,
    onlyBase: [...rowsA.entries()].filter(([key]) => !rowsB.has(key)).map(([, row]) => row.group),
    onlyHead: [...rowsB.entries()].filter(([key]) => !rowsA.has(key)).map(([, row]) => row.group),
    groupsChanged: changes.length,
    top: changes.slice(0, top),
  };
}

function sameRow(x: MeasureRow, y: MeasureRow): boolean {
  return x.text === y.text && sameValue(x.value, y.value);
}

function sameValue(x: Value, y: Value): boolean {
  if (x === null || y === null) return x === y;
  return typeof x === 'bigint' || typeof y === 'bigint' ? BigInt(x) === BigInt(y) : x === y;
}

/** head − base; exact for money. */
export function difference(base: Value, head: Value): Value {
  if (base === null || head === null) return null;
  if (typeof base === 'bigint' || typeof head === 'bigint') return BigInt(head) - BigInt(base);
  return head - base;
}

/** How large a change is, for ordering; no value counts as the largest (it is the most striking). */
function size(change: Value): number {
  if (change === null) return Number.POSITIVE_INFINITY;
  const n = Number(change);
  return Math.abs(n);
}

function compareKeys(a: Group, b: Group): number {
  const x = groupKey(a);
  const y = groupKey(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function diffTargets(base: EvalResult, head: EvalResult): Record<string, TargetDiff> {
  const out: Record<string, TargetDiff> = {};
  for (const name of namesOf(base.targets, head.targets)) {
    const a: TargetResult | undefined = base.targets[name];
    const b: TargetResult | undefined = head.targets[name];
    const before = new Map((a?.rows ?? []).map((row) => [groupKey(row.group), row]));
    const after = new Map((b?.rows ?? []).map((row) => [groupKey(row.group), row]));
    const flips: StatusFlip[] = [];
    for (const key of [...new Set([...before.keys(), ...after.keys()])].sort()) {
      const x = before.get(key);
      const y = after.get(key);
      if (x?.status === y?.status) continue;
      flips.push({ group: (y ?? x)!.group, before: x?.status ?? null, after: y?.status ?? null });
    }
    if (flips.length > 0 || a === undefined || b === undefined) out[name] = { presence: presence(a, b), flips };
  }
  return out;
}

export function diffMetrics(base: EvalResult, head: EvalResult, top: number): Record<string, MetricDiff> {
  const out: Record<string, MetricDiff> = {};
  for (const name of namesOf(base.metrics, head.metrics)) {
    const a: MetricResult | undefined = base.metrics[name];
    const b: MetricResult | undefined = head.metrics[name];
    const before = new Map((a?.rows ?? []).map((row) => [groupKey(row.group), row]));
    const after = new Map((b?.rows ?? []).map((row) => [groupKey(row.group), row]));
    const changes: MetricGroupChange[] = [];
    for (const key of new Set([...before.keys(), ...after.keys()])) {
      const x = before.get(key);
      const y = after.get(key);
      const change: MetricGroupChange = {
        group: (y ?? x)!.group,
        basePoints: x?.points ?? null,
        headPoints: y?.points ?? null,
        pointsChange: (y?.points ?? 0) - (x?.points ?? 0),
        basePayment: x?.payment ?? null,
        headPayment: y?.payment ?? null,
        paymentChange: (y?.payment ?? 0n) - (x?.payment ?? 0n),
      };
      if (change.basePoints !== change.headPoints || change.basePayment !== change.headPayment || x === undefined || y === undefined) changes.push(change);
    }
    changes.sort(
      (x, y) => bigAbsCompare(y.paymentChange, x.paymentChange) || Math.abs(y.pointsChange) - Math.abs(x.pointsChange) || compareKeys(x.group, y.group),
    );
    const total = {
      basePoints: sumPoints(a),
      headPoints: sumPoints(b),
      basePayment: sumPayment(a),
      headPayment: sumPayment(b),
    };
    if (changes.length > 0 || a === undefined || b === undefined) out[name] = { presence: presence(a, b), groupsChanged: changes.length, top: changes.slice(0, top), total };
  }
  return out;
}

function bigAbsCompare(x: bigint, y: bigint): number {
  const ax = x < 0n ? -x : x;
  const ay = y < 0n ? -y : y;
  return ax > ay ? 1 : ax < ay ? -1 : 0;
}

function sumPoints(metric: MetricResult | undefined): number {
  // Points are rounded for output to two decimals; sum in hundredths so totals do not drift.
  const hundredths = (metric?.rows ?? []).reduce((sum, row) => sum + Math.round((row.points ?? 0) * 100), 0);
  return hundredths / 100;
}

function sumPayment(metric: MetricResult | undefined): bigint {
  return (metric?.rows ?? []).reduce((sum, row) => sum + (row.payment ?? 0n), 0n);
}

export function diffChecklist(base: RevisionFigures, head: RevisionFigures): { newlyFailing: ChecklistChange[]; newlyPassing: ChecklistChange[] } {
  const before = new Map(base.checklist.map((item) => [item.rule, item]));
  const after = new Map(head.checklist.map((item) => [item.rule, item]));
  const newlyFailing: ChecklistChange[] = [];
  const newlyPassing: ChecklistChange[] = [];
  for (const rule of [...new Set([...before.keys(), ...after.keys()])].sort()) {
    const x = before.get(rule);
    const y = after.get(rule);
    const change = { rule, title: (y ?? x)!.title, before: x?.state ?? null, after: y?.state ?? null };
    if (y?.state === 'failed' && x?.state !== 'failed') newlyFailing.push(change);
    else if (x?.state === 'failed' && y !== undefined && y.state !== 'failed') newlyPassing.push(change);
  }
  return { newlyFailing, newlyPassing };
}

/** Diagnostics matched by file, code and message (not position: an edit above moves them). */
export function diffDiagnostics(base: RevisionFigures, head: RevisionFigures): { new: DiagnosticEntry[]; resolved: DiagnosticEntry[] } {
  const a = entries(base);
  const b = entries(head);
  return { new: unmatched(b, a), resolved: unmatched(a, b) };
}

function entries(side: RevisionFigures): DiagnosticEntry[] {
  const list: DiagnosticEntry[] = [];
  for (const [path, diagnostics] of [...side.result.diagnostics].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) {
    const lines = new LineIndex(side.sources.get(path) ?? '');
    for (const d of diagnostics as readonly Diagnostic[]) {
      list.push({ path, line: lines.position(d.span.start).line + 1, code: d.code, severity: d.severity, message: d.message });
    }
  }
  return list;
}

/** The entries of `list` with no counterpart in `other` (as a multiset). */
function unmatched(list: readonly DiagnosticEntry[], other: readonly DiagnosticEntry[]): DiagnosticEntry[] {
  const counts = new Map<string, number>();
  const key = (d: DiagnosticEntry): string => `${d.path}\u0000${d.code}\u0000${d.message}`;
  for (const d of other) counts.set(key(d), (counts.get(key(d)) ?? 0) + 1);
  return list.filter((d) => {
    const left = counts.get(key(d)) ?? 0;
    if (left === 0) return true;
    counts.set(key(d), left - 1);
    return false;
  });
}
