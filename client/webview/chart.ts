// The SVG line chart of a measure: one line per group by fiscal year, and a dashed line per
// target from the baseline value to the value the target asks for at the horizon. Colours are
// classes that the stylesheet maps to the editor theme's chart colours.

import { compactPounds } from '../../server/src/report/axis';
import { formatValue, groupText, toNumber } from './format';
import type { Group, JsonValue, Unit } from './model';
import { h, s, type VElement } from './vnode';

export interface ChartTargetLine {
  readonly label: string;
  /** The series (group text without the year) the line belongs to. */
  readonly series: string;
  readonly fromYear: string;
  readonly toYear: string;
  readonly from: number;
  readonly to: number;
}

export interface ChartSeries {
  readonly name: string;
  readonly points: readonly { readonly year: string; readonly value: number }[];
}

const WIDTH = 560;
const HEIGHT = 220;
const PAD = { left: 72, right: 36, top: 12, bottom: 28 };
const FISCAL_YEAR = /^\d{4}\/\d{2}$/;

/** The grouping column that holds fiscal years, if any. */
export function yearKey(rows: readonly { readonly group: Group }[]): string | undefined {
  const first = rows[0];
  if (first === undefined) return undefined;
  return Object.keys(first.group).find((key) => rows.every((row) => FISCAL_YEAR.test(row.group[key] ?? '')));
}

/** Rows grouped into series by every column but the year; values that are no data are left out. */
export function seriesOf(rows: readonly { readonly group: Group; readonly value: JsonValue }[], year: string): ChartSeries[] {
  const bySeries = new Map<string, { year: string; value: number }[]>();
  for (const row of rows) {
    const name = groupText(row.group, [year]);
    const value = toNumber(row.value);
    const points = bySeries.get(name) ?? [];
    if (Number.isFinite(value)) points.push({ year: row.group[year] ?? '', value });
    bySeries.set(name, points);
  }
  return [...bySeries].map(([name, points]) => ({ name, points: points.sort((a, b) => a.year.localeCompare(b.year)) }));
}

export function lineChart(title: string, unit: Unit, series: readonly ChartSeries[], targets: readonly ChartTargetLine[]): VElement | undefined {
  const years = [...new Set([...series.flatMap((one) => one.points.map((p) => p.year)), ...targets.flatMap((t) => [t.fromYear, t.toYear])])].sort();
  const values = [...series.flatMap((one) => one.points.map((p) => p.value)), ...targets.flatMap((t) => [t.from, t.to])];
  if (years.length === 0 || values.length === 0) return undefined;
  let low = Math.min(...values);
  let high = Math.max(...values);
  if (low === high) {
    low -= 1;
    high += 1;
  }
  const x = (year: string): number => PAD.left + (years.length === 1 ? (WIDTH - PAD.left - PAD.right) / 2 : (years.indexOf(year) / (years.length - 1)) * (WIDTH - PAD.left - PAD.right));
  const y = (value: number): number => PAD.top + (1 - (value - low) / (high - low)) * (HEIGHT - PAD.top - PAD.bottom);
  const colourOf = (name: string): string => `series-${Math.max(0, series.findIndex((one) => one.name === name)) % 6}`;
  const round = (n: number): string => n.toFixed(1);

  const axes = [
    s('line', { class: 'axis', x1: round(PAD.left), y1: round(HEIGHT - PAD.bottom), x2: round(WIDTH - PAD.right), y2: round(HEIGHT - PAD.bottom) }),
    s('line', { class: 'axis', x1: round(PAD.left), y1: round(PAD.top), x2: round(PAD.left), y2: round(HEIGHT - PAD.bottom) }),
    s('text', { class: 'tick', x: round(PAD.left - 6), y: round(y(high) + 4), 'text-anchor': 'end' }, [axisLabel(high, unit)]),
    s('text', { class: 'tick', x: round(PAD.left - 6), y: round(y(low) + 4), 'text-anchor': 'end' }, [axisLabel(low, unit)]),
    ...years.map((year) => s('text', { class: 'tick', x: round(x(year)), y: String(HEIGHT - 8), 'text-anchor': 'middle' }, [year])),
  ];
  const lines = series.flatMap((one) => [
    s('polyline', { class: `line ${colourOf(one.name)}`, fill: 'none', points: one.points.map((p) => `${round(x(p.year))},${round(y(p.value))}`).join(' ') }),
    ...one.points.map((p) => s('circle', { class: `dot ${colourOf(one.name)}`, cx: round(x(p.year)), cy: round(y(p.value)), r: '3' }, [s('title', {}, [`${one.name} ${p.year}: ${formatValue(p.value, unit)}`])])),
  ]);
  const targetLines = targets.map((t) =>
    s('line', { class: `target ${colourOf(t.series)}`, x1: round(x(t.fromYear)), y1: round(y(t.from)), x2: round(x(t.toYear)), y2: round(y(t.to)) }, [
      s('title', {}, [`${t.label} (${t.series}): ${formatValue(t.from, unit)} in ${t.fromYear} → ${formatValue(t.to, unit)} by ${t.toYear}`]),
    ]),
  );
  const described = `${title}: ${series.length} ${series.length === 1 ? 'line' : 'lines'} by year from ${years[0]} to ${years[years.length - 1]}${targets.length > 0 ? ', dashed lines are targets' : ''}`;
  return s('svg', { class: 'chart', viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', 'aria-label': described }, [s('title', {}, [described]), ...axes, ...lines, ...targetLines]);
}

/** The names of the chart's lines with their colours, as text beside the chart. */
export function chartLegend(series: readonly ChartSeries[]): VElement | undefined {
  if (series.length < 2) return undefined;
  return h(
    'ul',
    { class: 'legend', 'aria-label': 'Lines' },
    series.map((one, index) => h('li', {}, [h('span', { class: `swatch series-${index % 6}`, 'aria-hidden': 'true' }), one.name])),
  );
}

/** Axis labels are short: money as `£5.4bn`, other units as everywhere else. */
function axisLabel(value: number, unit: Unit): string {
  return unit === 'money' ? compactPounds(value) : formatValue(value, unit);
}
