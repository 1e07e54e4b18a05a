// A measure as an inline SVG line chart: one line per group across fiscal years and a dashed line
// from each group's baseline to what its target asks. Past ten groups (national scale), every
// group is a thin grey line instead, as context. The national line (the file's measure of the same
// value by year alone) is drawn on top when there is one. No script; each point carries a <title>.

import type { Group, MeasureResult, TargetResult, Value } from '../core/eval/result';
import { compactPounds, niceScale } from './axis';
import { escapeHtml } from './html-escape';
import { displayValue, type TargetDetails } from './model';

export const MAX_SERIES = 10;
const YEAR = 'year';
const WIDTH = 640;
const HEIGHT = 260;
const MARGIN = { top: 16, right: 40, bottom: 36, left: 72 };

export interface ChartTarget {
  readonly name: string;
  readonly details: TargetDetails;
  readonly result: TargetResult;
}

interface Series {
  readonly key: string;
  readonly label: string;
  readonly group: Group;
  readonly points: Map<string, number>;
}

export interface LegendItem {
  readonly label: string;
  /** The swatch's class: `s0`…`s9`, `context` or `reference`. */
  readonly swatch: string;
}

/** The national line: a measure of the same value grouped by year alone. */
export interface ChartReference {
  readonly label: string;
  readonly measure: MeasureResult;
}

export interface Chart {
  readonly svg: string;
  readonly legend: readonly LegendItem[];
  /** Set when some groups were left out. */
  readonly note?: string;
}

/** The chart of a measure grouped by year, or undefined when it has no year grouping or fewer than two years. */
export function measureChart(name: string, measure: MeasureResult, targets: readonly ChartTarget[], reference?: ChartReference): Chart | undefined {
  if (!measure.rows.some((row) => YEAR in row.group)) return undefined;
  const shown = seriesOf(measure);
  const context = shown.length > MAX_SERIES;
  const national = reference === undefined ? undefined : seriesOf(reference.measure).find((s) => Object.keys(s.group).length === 0 && s.points.size > 0);
  const dataYears = new Set(shown.flatMap((s) => [...s.points.keys()]));
  const lines = context ? [] : targetLines(shown, targets, measure.unit === 'money');
  const years = yearAxis([...dataYears, ...lines.flatMap((l) => [l.from.year, l.to.year])]);
  if (years.length < 2) return undefined;

  const values = [...[...shown, ...(national === undefined ? [] : [national])].flatMap((s) => [...s.points.values()]), ...lines.flatMap((l) => [l.from.value, l.to.value])];
  if (values.length === 0) return undefined;
  const [low, high, ticks] = niceScale(Math.min(0, ...values), Math.max(...values));
  const plotW = WIDTH - MARGIN.left - MARGIN.right;
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = (year: string): number => MARGIN.left + (years.length === 1 ? plotW / 2 : (years.indexOf(year) / (years.length - 1)) * plotW);
  const y = (value: number): number => MARGIN.top + plotH - ((value - low) / (high - low || 1)) * plotH;
  const fmt = (value: number): string => displayValue(measure.unit === 'money' ? BigInt(Math.round(value * 100)) : value, measure.unit);

  const parts: string[] = [];
  for (const tick of ticks) {
    parts.push(`<line class="grid" x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${r(y(tick))}" y2="${r(y(tick))}"/>`);
    const label = measure.unit === 'money' ? compactPounds(tick) : fmt(tick);
    parts.push(`<text class="axis" x="${MARGIN.left - 6}" y="${r(y(tick) + 4)}" text-anchor="end">${escapeHtml(label)}</text>`);
  }
  years.forEach((year) => parts.push(`<text class="axis" x="${r(x(year))}" y="${HEIGHT - MARGIN.bottom + 18}" text-anchor="middle">${escapeHtml(year)}</text>`));
  for (const line of lines) {
    const title = `${line.series.label}: ${line.target} asks for ${fmt(line.to.value)} by ${line.to.year}`;
    parts.push(
      `<line class="target s${line.index}" x1="${r(x(line.from.year))}" y1="${r(y(line.from.value))}" x2="${r(x(line.to.year))}" y2="${r(y(line.to.value))}"><title>${escapeHtml(title)}</title></line>`,
    );
  }
  const draw = (series: Series, cls: string, dots: boolean): void => {
    for (const run of runs(series, years)) {
      if (run.length > 1) parts.push(`<polyline class="line ${cls}" points="${run.map((year) => `${r(x(year))},${r(y(series.points.get(year) ?? 0))}`).join(' ')}"><title>${escapeHtml(series.label)}</title></polyline>`);
    }
    if (!dots) return;
    for (const [year, value] of series.points) {
      const label = `${series.label}, ${year}: ${fmt(value)}`;
      parts.push(`<circle class="point ${cls}" cx="${r(x(year))}" cy="${r(y(value))}" r="3"><title>${escapeHtml(label)}</title></circle>`);
    }
  };
  shown.forEach((series, index) => draw(series, context ? 'context' : `s${index}`, !context));
  if (national !== undefined && reference !== undefined) draw({ ...national, label: reference.label }, 'reference', true);
  const withNational = national === undefined || reference === undefined ? '' : `, and ${reference.label} as a dark line`;
  const summary = `Line chart of ${name} by year for ${shown.length} ${shown.length === 1 ? 'group' : 'groups'}${context ? ' in grey' : ''}${withNational}${lines.length > 0 ? ', with the target as dashed lines' : ''}.`;
  const svg = `<svg class="chart" role="img" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" xmlns="http://www.w3.org/2000/svg"><title>${escapeHtml(summary)}</title>${parts.join('')}</svg>`;
  const legend: LegendItem[] = context ? [{ label: `${shown.length} groups`, swatch: 'context' }] : shown.map((s, i) => ({ label: s.label, swatch: `s${i}` }));
  if (national !== undefined && reference !== undefined) legend.push({ label: reference.label, swatch: 'reference' });
  const note = context ? `Each of the ${shown.length} groups is a grey line, to show the spread; the table below gives every value, and the editor's preview highlights any one group.` : undefined;
  return { svg, legend, note };
}

function seriesOf(measure: MeasureResult): Series[] {
  const byKey = new Map<string, Series>();
  for (const row of measure.rows) {
    const year = row.group[YEAR];
    if (year === undefined) continue;
    const group = Object.fromEntries(Object.entries(row.group).filter(([column]) => column !== YEAR));
    const key = JSON.stringify(group);
    let series = byKey.get(key);
    if (series === undefined) {
      const label = Object.values(group).join(', ') || 'all';
      series = { key, label, group, points: new Map() };
      byKey.set(key, series);
    }
    const value = plotted(row.value);
    if (value !== undefined) series.points.set(year, value);
  }
  return [...byKey.values()];
}

function plotted(value: Value): number | undefined {
  if (value === null) return undefined;
  return typeof value === 'bigint' ? Number(value) / 100 : value;
}

interface TargetLine {
  readonly target: string;
  readonly series: Series;
  readonly index: number;
  readonly from: { readonly year: string; readonly value: number };
  readonly to: { readonly year: string; readonly value: number };
}

function targetLines(shown: readonly Series[], targets: readonly ChartTarget[], money: boolean): TargetLine[] {
  const lines: TargetLine[] = [];
  for (const target of targets) {
    const required = target.details.requiredChange;
    if (required === undefined) continue;
    for (const row of target.result.rows) {
      if (row.baseline === null) continue;
      const index = shown.findIndex((s) => sameGroup(s.group, row.group));
      if (index < 0) continue;
      const baseline = money ? row.baseline / 100 : row.baseline;
      const change = money ? required / 100 : required;
      lines.push({
        target: target.name,
        series: shown[index],
        index,
        from: { year: target.details.baseline, value: baseline },
        to: { year: target.details.horizon, value: baseline + change },
      });
    }
  }
  return lines;
}

function sameGroup(a: Group, b: Group): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

/** Every fiscal year from the first to the last when they read as `2023/24`, else the years as given, sorted. */
function yearAxis(years: readonly string[]): string[] {
  const unique = [...new Set(years)].sort();
  const starts = unique.map((year) => /^(\d{4})\/(\d{2})$/.exec(year));
  if (unique.length === 0 || starts.some((m) => m === null)) return unique;
  const first = Number(starts[0]?.[1]);
  const last = Number(starts[starts.length - 1]?.[1]);
  if (last - first > 60) return unique;
  const out: string[] = [];
  for (let year = first; year <= last; year++) out.push(`${year}/${String((year + 1) % 100).padStart(2, '0')}`);
  return out;
}

/** Consecutive years that have a value, so a missing year breaks the line. */
function runs(series: Series, years: readonly string[]): string[][] {
  const out: string[][] = [];
  let current: string[] = [];
  for (const year of years) {
    if (series.points.has(year)) current.push(year);
    else if (current.length > 0) {
      out.push(current);
      current = [];
    }
  }
  if (current.length > 0) out.push(current);
  return out;
}

function r(value: number): string {
  return String(Math.round(value * 10) / 10);
}
