// Draws one line chart of a measure by fiscal year as SVG: grey context lines, the chosen group
// in the theme's accent, the national (all-groups) line, and for the chosen group its target's
// baseline, what the target asks at the horizon and the horizon value (dotted when projected).
// With nothing chosen and few groups, each group gets its own theme colour instead of grey.
// Colours are classes that the stylesheet maps to the editor theme's colours.

import { compactPounds, niceScale } from '../../server/src/report/axis';
import { fixedDecimals, formatFixedUnit } from '../../server/src/report/wide';
import type { Unit } from './model';
import { s, type VElement } from './vnode';

export interface Point {
  readonly year: string;
  readonly value: number;
}

export interface PlotLine {
  readonly key: string;
  readonly label: string;
  readonly points: readonly Point[];
}

/** What a target says for one group: baseline, what it asks at the horizon, the horizon value. */
export interface TargetMarks {
  readonly target: string;
  readonly group: string;
  readonly baselineYear: string;
  readonly horizonYear: string;
  readonly baseline: number;
  /** Baseline plus the change asked, when the change is absolute. */
  readonly asked?: number;
  /** The horizon year's value, measured or projected. */
  readonly horizon?: number;
  readonly projected: boolean;
}

export interface PlotInput {
  readonly title: string;
  readonly unit: Unit;
  /** A value as the table writes it. */
  readonly format: (value: number) => string;
  readonly years: readonly string[];
  readonly lines: readonly PlotLine[];
  readonly chosen?: PlotLine;
  readonly reference?: PlotLine;
  /** Targets of the chosen group, or of every group when the lines are coloured. */
  readonly targets: readonly TargetMarks[];
  /** Each line in its own colour (few groups, nothing chosen) rather than grey. */
  readonly coloured: boolean;
  /** The value range every panel of a set shares. */
  readonly range: readonly [number, number];
  readonly size: { readonly width: number; readonly height: number };
}

export const COLOURS = 6;
const PAD = { left: 64, right: 72, top: 12, bottom: 24 };

export function plot(input: PlotInput): VElement {
  const { width, height } = input.size;
  const [low, high, ticks] = niceScale(input.range[0], input.range[1]);
  const years = input.years;
  const x = (year: string): number => PAD.left + (years.length < 2 ? (width - PAD.left - PAD.right) / 2 : (Math.max(0, years.indexOf(year)) / (years.length - 1)) * (width - PAD.left - PAD.right));
  const y = (value: number): number => PAD.top + (1 - (value - low) / (high - low || 1)) * (height - PAD.top - PAD.bottom);
  const fmt = input.format;
  const points = (line: PlotLine): string => line.points.map((p) => `${r(x(p.year))},${r(y(p.value))}`).join(' ');
  const tickDecimals = fixedDecimals(input.unit, ticks);
  const tickLabel = (value: number): string => (input.unit === 'money' ? compactPounds(value) : formatFixedUnit(value, input.unit, tickDecimals));
  const step = Math.max(1, Math.ceil(years.length / Math.max(1, Math.floor((width - PAD.left - PAD.right) / 56))));

  const grid = [
    ...ticks.flatMap((tick) => [
      s('line', { class: 'grid', x1: r(PAD.left), x2: r(width - PAD.right), y1: r(y(tick)), y2: r(y(tick)) }),
      s('text', { class: 'tick', x: r(PAD.left - 6), y: r(y(tick) + 4), 'text-anchor': 'end' }, [tickLabel(tick)]),
    ]),
    ...years.map((year, i) => (i % step === 0 || i === years.length - 1 ? s('text', { class: 'tick', x: r(x(year)), y: r(height - 6), 'text-anchor': 'middle' }, [year]) : null)).filter((n): n is VElement => n !== null),
  ];
  const others = input.lines.filter((line) => line.key !== input.chosen?.key);
  const context = input.coloured
    ? others.map((line, i) => s('polyline', { class: `line series-${i % COLOURS}`, points: points(line), 'data-key': line.key }, [s('title', {}, [line.label])]))
    : others.map((line) => s('polyline', { class: 'line context', points: points(line), 'data-key': line.key }));
  const dots = input.coloured ? others.flatMap((line, i) => line.points.map((p) => dot(`dot series-${i % COLOURS}`, x(p.year), y(p.value), `${line.label} ${p.year}: ${fmt(p.value)}`))) : [];
  const colourOf = (group: string): string => (input.coloured ? `series-${Math.max(0, others.findIndex((line) => line.key === group)) % COLOURS}` : 'target-colour');
  const targets = input.targets.flatMap((t) => targetMarks(t, x, y, fmt, colourOf(t.group), input.chosen));
  const reference = input.reference === undefined ? [] : [
    s('polyline', { class: 'line reference', points: points(input.reference) }, [s('title', {}, [input.reference.label])]),
    ...input.reference.points.map((p) => dot('dot reference', x(p.year), y(p.value), `${input.reference?.label ?? ''} ${p.year}: ${fmt(p.value)}`)),
    endLabel(input.reference, 'end reference', x, y, fmt),
  ];
  const chosen = input.chosen === undefined ? [] : [
    s('polyline', { class: 'line chosen', points: points(input.chosen), 'data-key': input.chosen.key }, [s('title', {}, [input.chosen.label])]),
    ...input.chosen.points.map((p) => dot('dot chosen', x(p.year), y(p.value), `${input.chosen?.label ?? ''} ${p.year}: ${fmt(p.value)}`)),
    endLabel(input.chosen, 'end chosen', x, y, fmt),
  ];
  return s('svg', { class: 'chart', viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': input.title, preserveAspectRatio: 'xMinYMin meet' }, [
    s('title', {}, [input.title]),
    ...grid,
    ...context,
    ...dots,
    ...reference,
    ...targets,
    ...chosen,
  ]);
}

function targetMarks(t: TargetMarks, x: (year: string) => number, y: (value: number) => number, fmt: (value: number) => string, colour: string, chosen: PlotLine | undefined): VElement[] {
  const out: VElement[] = [dot(`target-point ${colour}`, x(t.baselineYear), y(t.baseline), `${t.target}: baseline ${fmt(t.baseline)} in ${t.baselineYear}`)];
  if (t.asked !== undefined) {
    out.push(
      s('line', { class: `target ${colour}`, x1: r(x(t.baselineYear)), y1: r(y(t.baseline)), x2: r(x(t.horizonYear)), y2: r(y(t.asked)) }, [
        s('title', {}, [`${t.target} (${t.group}): ${fmt(t.baseline)} in ${t.baselineYear} → ${fmt(t.asked)} by ${t.horizonYear}`]),
      ]),
    );
  }
  if (t.horizon !== undefined && chosen !== undefined) {
    const last = [...chosen.points].filter((p) => p.year <= t.horizonYear).pop();
    if (t.projected && last !== undefined && last.year !== t.horizonYear) {
      out.push(s('line', { class: `projection ${colour}`, x1: r(x(last.year)), y1: r(y(last.value)), x2: r(x(t.horizonYear)), y2: r(y(t.horizon)) }));
    }
    out.push(dot(`target-point horizon ${colour}`, x(t.horizonYear), y(t.horizon), `${t.target}: ${t.projected ? 'projected' : 'measured'} ${fmt(t.horizon)} in ${t.horizonYear}`));
  }
  return out;
}

function dot(cls: string, cx: number, cy: number, title: string): VElement {
  return s('circle', { class: cls, cx: r(cx), cy: r(cy), r: '3' }, [s('title', {}, [title])]);
}

function endLabel(line: PlotLine, cls: string, x: (year: string) => number, y: (value: number) => number, fmt: (value: number) => string): VElement | null {
  const last = line.points[line.points.length - 1];
  if (last === undefined) return null;
  return s('text', { class: cls, x: r(x(last.year) + 6), y: r(y(last.value) + 4) }, [fmt(last.value)]);
}

function r(value: number): string {
  return String(Math.round(value * 10) / 10);
}
