// The chart of a measure by fiscal year at national scale: every group in grey as context, the
// group chosen in the table highlighted, the national line (the file's measure of the same value by
// year alone) and the chosen group's target. Optionally small multiples: one panel per value of a
// second grouping column (region), sharing one scale. A sentence under the chart says what it
// shows, for readers who cannot see it.

import { groupKey, type WideTable } from '../../server/src/report/wide';
import { statusText, toNumber } from './format';
import type { DetailsJson, EvalJson, JsonValue, TargetStatus, Unit } from './model';
import { COLOURS, plot, type PlotLine, type Point, type TargetMarks } from './plot';
import { h, type VElement } from './vnode';

const FULL = { width: 640, height: 260 };
const PANEL = { width: 320, height: 170 };

export interface ChartChoice {
  readonly chosen: string;
  /** A key column to draw one panel per value of, or empty for one chart. */
  readonly panels: string;
}

interface TargetFacts extends TargetMarks {
  readonly status: TargetStatus;
}

/** `format` writes a value as the table does (the measure's fixed decimals). */
export function measureFigure(
  name: string,
  unit: Unit,
  format: (value: number) => string,
  table: WideTable<JsonValue>,
  result: EvalJson,
  details: DetailsJson | undefined,
  choice: ChartChoice,
): VElement | undefined {
  const lines = table.rows.map((row) => lineOf(groupKey(row.group), table.keyColumns.length === 0 ? 'all' : table.keyColumns.map((c) => row.group[c] ?? '').join(', '), table.years, row.cells));
  const chosen = lines.find((line) => line.key === choice.chosen && choice.chosen !== '');
  const reference = referenceLine(name, result, details);
  const coloured = chosen === undefined && lines.length <= COLOURS;
  const targets = targetFacts(name, unit, result, details).filter((t) => (chosen === undefined ? coloured && lines.some((line) => line.key === t.group) : t.group === chosen.key));
  const years = fiscalRange([...table.years, ...(reference?.points.map((p) => p.year) ?? []), ...targets.flatMap((t) => [t.baselineYear, t.horizonYear])]);
  if (years.length < 2) return undefined;
  const values = [...lines, ...(reference === undefined ? [] : [reference])].flatMap((line) => line.points.map((p) => p.value));
  values.push(...targets.flatMap((t) => [t.baseline, ...(t.asked === undefined ? [] : [t.asked]), ...(t.horizon === undefined ? [] : [t.horizon])]));
  if (values.length === 0) return undefined;
  const range: [number, number] = [Math.min(...values), Math.max(...values)];
  const title = details?.titles?.[name] ?? name;
  const summary = describe(title, format, lines, chosen, reference, targets, years);
  const panelColumn = table.keyColumns.includes(choice.panels) && table.keyColumns.length > 1 ? choice.panels : '';
  const charts =
    panelColumn === ''
      ? [plot({ title: summary, unit, format, years, lines, chosen, reference, targets, coloured, range, size: FULL })]
      : panelsOf(table, panelColumn, lines).map(([value, members]) =>
          h('figure', { class: 'panel', 'data-panel': value }, [
            h('figcaption', {}, [`${panelColumn} ${value}`]),
            plot({
              title: `${title}, ${panelColumn} ${value}: ${members.length} ${members.length === 1 ? 'group' : 'groups'}`,
              unit,
              format,
              years,
              lines: members,
              chosen: members.find((line) => line.key === chosen?.key),
              reference,
              targets: members.some((line) => line.key === chosen?.key) ? targets : [],
              coloured: false,
              range,
              size: PANEL,
            }),
          ]),
        );
  return h('figure', { class: 'measure-chart', 'data-measure': name }, [
    panelColumn === '' ? charts[0] : h('div', { class: 'panels' }, charts),
    legend(lines, chosen, reference, targets, coloured),
    h('figcaption', { class: 'chart-text' }, [summary]),
  ]);
}

function lineOf(key: string, label: string, years: readonly string[], cells: readonly (JsonValue | undefined)[]): PlotLine {
  const points: Point[] = [];
  years.forEach((year, i) => {
    const value = toNumber(cells[i] ?? null);
    if (Number.isFinite(value)) points.push({ year, value });
  });
  return { key, label, points };
}

/** The national line: the measure the details name as this one's counterpart, grouped by year alone. */
function referenceLine(name: string, result: EvalJson, details: DetailsJson | undefined): PlotLine | undefined {
  const other = details?.references?.[name];
  const measure = other === undefined ? undefined : result.measures[other];
  if (other === undefined || measure === undefined) return undefined;
  const points = measure.rows.flatMap((row) => {
    const values = Object.values(row.group);
    const value = toNumber(row.value);
    return values.length === 1 && Number.isFinite(value) ? [{ year: values[0] ?? '', value }] : [];
  });
  return points.length === 0 ? undefined : { key: `reference:${other}`, label: details?.titles?.[other] ?? other, points: points.sort((a, b) => a.year.localeCompare(b.year)) };
}

function targetFacts(name: string, unit: Unit, result: EvalJson, details: DetailsJson | undefined): TargetFacts[] {
  const out: TargetFacts[] = [];
  for (const [target, asked] of Object.entries(details?.targets ?? {})) {
    if (asked.measure !== name) continue;
    const required = asked.requiredChange === undefined ? undefined : unit === 'money' ? asked.requiredChange / 100 : asked.requiredChange;
    for (const row of result.targets[target]?.rows ?? []) {
      const baseline = toNumber(row.baseline);
      if (!Number.isFinite(baseline)) continue;
      const horizon = toNumber(row.horizon);
      out.push({
        target,
        group: groupKey(row.group),
        baselineYear: asked.baseline,
        horizonYear: asked.horizon,
        baseline,
        ...(required === undefined ? {} : { asked: baseline + required }),
        ...(Number.isFinite(horizon) ? { horizon } : {}),
        projected: row.projected,
        status: row.status,
      });
    }
  }
  return out;
}

function panelsOf(table: WideTable<JsonValue>, column: string, lines: readonly PlotLine[]): [string, PlotLine[]][] {
  const panels = new Map<string, PlotLine[]>();
  table.rows.forEach((row, i) => {
    const value = row.group[column] ?? '';
    const line = lines[i];
    if (line !== undefined) panels.set(value, [...(panels.get(value) ?? []), line]);
  });
  return [...panels].sort(([a], [b]) => a.localeCompare(b));
}

/** Every fiscal year from the first to the last (`2023/24` form), so a target's horizon has its place. */
export function fiscalRange(years: readonly string[]): string[] {
  const unique = [...new Set(years)].sort();
  const starts = unique.map((year) => /^(\d{4})\/\d{2}$/.exec(year)?.[1]);
  if (unique.length === 0 || starts.some((start) => start === undefined)) return unique;
  const first = Number(starts[0]);
  const last = Number(starts[starts.length - 1]);
  if (last - first > 60) return unique;
  const out: string[] = [];
  for (let year = first; year <= last; year++) out.push(`${year}/${String((year + 1) % 100).padStart(2, '0')}`);
  return out;
}

function legend(lines: readonly PlotLine[], chosen: PlotLine | undefined, reference: PlotLine | undefined, targets: readonly TargetFacts[], coloured: boolean): VElement {
  const item = (swatch: string, label: string): VElement => h('li', {}, [h('span', { class: `swatch ${swatch}`, 'aria-hidden': 'true' }), label]);
  const others = lines.filter((line) => line.key !== chosen?.key);
  const items = coloured
    ? others.map((line, i) => item(`series-${i % COLOURS}`, line.label))
    : [
        ...(chosen === undefined ? [] : [item('chosen', chosen.label)]),
        item('context', chosen === undefined ? `${others.length} groups (choose one in the table)` : `the other ${others.length} ${others.length === 1 ? 'group' : 'groups'}`),
      ];
  if (reference !== undefined) items.push(item('reference', reference.label));
  if (targets.some((t) => t.asked !== undefined)) items.push(item('target-swatch', 'what the target asks, from the baseline'));
  if (chosen !== undefined && targets.some((t) => t.projected)) items.push(item('projection-swatch', 'projected to the horizon'));
  return h('ul', { class: 'legend', 'aria-label': 'Lines' }, items);
}

/** One or two sentences that say what the chart shows. */
function describe(title: string, fmt: (value: number) => string, lines: readonly PlotLine[], chosen: PlotLine | undefined, reference: PlotLine | undefined, targets: readonly TargetFacts[], years: readonly string[]): string {
  const span = (line: PlotLine): string => {
    const first = line.points[0];
    const last = line.points[line.points.length - 1];
    if (first === undefined || last === undefined) return 'no data';
    return first === last ? `${fmt(first.value)} in ${first.year}` : `${fmt(first.value)} in ${first.year} to ${fmt(last.value)} in ${last.year}`;
  };
  const parts = [`${title} by year, ${years[0]} to ${years[years.length - 1]}, for ${lines.length} ${lines.length === 1 ? 'group' : 'groups'}.`];
  if (chosen !== undefined) {
    parts.push(`${chosen.label}: ${span(chosen)}${rank(chosen, lines)}.`);
    for (const t of targets) {
      const asked = t.asked === undefined ? '' : ` asks for ${fmt(t.asked)} by ${t.horizonYear}`;
      const horizon = t.horizon === undefined ? '' : `; ${t.projected ? 'projected' : 'measured'} ${fmt(t.horizon)}`;
      parts.push(`${t.target}${asked} from ${fmt(t.baseline)} in ${t.baselineYear}${horizon} (${statusText(t.status, false)}).`);
    }
  } else if (lines.length > COLOURS) parts.push('Choose a group in the table to highlight it.');
  if (reference !== undefined) parts.push(`${reference.label}: ${span(reference)}.`);
  return parts.join(' ');
}

/** `, 3rd highest of 42 in 2025/26` for the chosen group's latest year. */
function rank(chosen: PlotLine, lines: readonly PlotLine[]): string {
  const last = chosen.points[chosen.points.length - 1];
  if (last === undefined || lines.length < 3) return '';
  const values = lines.flatMap((line) => line.points.filter((p) => p.year === last.year).map((p) => p.value));
  const place = values.filter((value) => value > last.value).length + 1;
  return `, ${ordinal(place)} highest of ${values.length} in ${last.year}`;
}

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}
