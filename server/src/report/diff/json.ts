// The machine-readable diff: `{"version":1,"base":{…},"head":{…},"declarations":[…],
// "classifications":{…},"measures":{…},"targets":{…},"metrics":{…},"checklist":{…},
// "diagnostics":{…},"summary":{…}}`. Keys in a fixed order, sections sorted by name, money as
// decimal strings in pounds (as in `hewitt eval --format json`), no data as null.

import type { DiffReport, GroupChange, RevisionInfo } from '../../core/diff/model';
import type { Value, ValueUnit } from '../../core/eval/result';
import { formatPounds } from '../money';

type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };
type JsonObject = { readonly [key: string]: Json };

export function toDiffJson(report: DiffReport): JsonObject {
  return {
    version: 1,
    base: revision(report.base),
    head: revision(report.head),
    declarations: report.declarations.map((d) => ({
      kind: d.kind,
      name: d.name,
      change: d.change,
      properties: d.properties.map((p) => ({ path: p.path, before: p.before, after: p.after })),
      ...(d.reads ? { reads: [...d.reads] } : {}),
      basePath: d.basePath ?? null,
      headPath: d.headPath ?? null,
    })),
    classifications: sorted(report.classifications, (c) => ({
      presence: c.presence,
      categories: c.categories.map((category) => ({
        name: category.name,
        base: category.base ? { rows: category.base.rows, amount: money(category.base.amount) } : null,
        head: category.head ? { rows: category.head.rows, amount: money(category.head.amount) } : null,
      })),
      movements: c.movements ? c.movements.map((m) => ({ from: m.from, to: m.to, rows: m.rows, amount: money(m.amount) })) : null,
      ...(c.movementNote ? { movementNote: c.movementNote } : {}),
    })),
    measures: sorted(report.measures, (m) => ({
      presence: m.presence,
      unit: m.unit,
      groupsChanged: m.groupsChanged,
      onlyBase: m.onlyBase.map((g) => ({ ...g })),
      onlyHead: m.onlyHead.map((g) => ({ ...g })),
      top: m.top.map((row) => groupChange(row, m.unit)),
    })),
    targets: sorted(report.targets, (t) => ({ presence: t.presence, flips: t.flips.map((f) => ({ group: { ...f.group }, before: f.before, after: f.after })) })),
    metrics: sorted(report.metrics, (m) => ({
      presence: m.presence,
      groupsChanged: m.groupsChanged,
      top: m.top.map((row) => ({
        group: { ...row.group },
        basePoints: row.basePoints,
        headPoints: row.headPoints,
        pointsChange: row.pointsChange,
        basePayment: money(row.basePayment),
        headPayment: money(row.headPayment),
        paymentChange: formatPounds(row.paymentChange),
      })),
      total: {
        basePoints: m.total.basePoints,
        headPoints: m.total.headPoints,
        basePayment: formatPounds(m.total.basePayment),
        headPayment: formatPounds(m.total.headPayment),
        paymentChange: formatPounds(m.total.headPayment - m.total.basePayment),
      },
    })),
    checklist: {
      newlyFailing: report.checklist.newlyFailing.map((c) => ({ ...c })),
      newlyPassing: report.checklist.newlyPassing.map((c) => ({ ...c })),
    },
    diagnostics: { new: report.diagnostics.new.map((d) => ({ ...d })), resolved: report.diagnostics.resolved.map((d) => ({ ...d })) },
    summary: { ...report.summary, declarations: { ...report.summary.declarations }, amountMoved: formatPounds(report.summary.amountMoved), paymentChange: formatPounds(report.summary.paymentChange) },
  };
}

export function formatDiffJson(report: DiffReport): string {
  return `${JSON.stringify(toDiffJson(report), null, 2)}\n`;
}

function revision(info: RevisionInfo): JsonObject {
  return { rev: info.rev, commit: info.commit ?? null, evaluated: info.evaluated, notes: [...info.notes] };
}

function groupChange(row: GroupChange, unit: ValueUnit): JsonObject {
  return {
    group: { ...row.group },
    base: row.baseText ?? value(row.base, unit),
    head: row.headText ?? value(row.head, unit),
    change: value(row.change, unit),
  };
}

function value(v: Value, unit: ValueUnit): Json {
  if (v === null) return null;
  if (typeof v === 'bigint') return formatPounds(v);
  return unit === 'money' ? formatPounds(BigInt(Math.round(v))) : v;
}

function money(pence: bigint | null): string | null {
  return pence === null ? null : formatPounds(pence);
}

function sorted<T>(record: Readonly<Record<string, T>>, map: (value: T) => JsonObject): JsonObject {
  return Object.fromEntries(Object.keys(record).sort().map((key) => [key, map(record[key])]));
}
