// A figure in the preview's result tables that shows the rows behind it: a button (so a click,
// Enter and Space all work, with the theme's focus ring) around the value as the table writes it.
// It carries the figure as `hewitt eval --explain` reads it (`data-figure`), and activating it asks
// the explorer for that figure (`show-rows`), which also sets the explorer's figure picker.

import type { Group } from './model';
import { h, type VElement } from './vnode';

/**
 * The figure the explorer's picker names `choice` (a measure or metric, or `classification.category`,
 * `.unclassified`, `.excluded`) for one group: `name[column = "value", …]`, values quoted.
 */
export function figureText(choice: string, group: Group | undefined): string {
  const entries = Object.entries(group ?? {});
  if (entries.length === 0) return choice;
  return `${choice}[${entries.map(([k, v]) => `${k} = "${v.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(', ')}]`;
}

/** The value `label` as a button that shows the rows behind `choice` for `group`. */
export function figureButton(label: string, choice: string, group: Group = {}): VElement {
  const figure = figureText(choice, group);
  return h('button', { type: 'button', class: 'figure', 'data-figure': figure, title: `Show the rows behind ${figure}` }, [label], { kind: 'show-rows', choice, group });
}

/** `group` with its columns in the order of `like` (the result's own order), so it reads as the result writes it. */
export function inOrderOf(group: Group, like: Group | undefined): Group {
  const order = Object.keys(like ?? group);
  const ordered: Record<string, string> = {};
  for (const column of order) if (column in group) ordered[column] = group[column] ?? '';
  for (const [column, value] of Object.entries(group)) if (!(column in ordered)) ordered[column] = value;
  return ordered;
}

/** A group's key whatever the order of its columns. */
const keyOf = (group: Group): string => JSON.stringify(Object.entries(group).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/**
 * The values of a target's table that a measure measured: its baseline, and its horizon unless
 * projected. `valueButton(label, group, year)` is the value as a button for the measure's row of
 * that group and year, or the label alone when the measure has no such row.
 */
export function measuredValues(measure: string, rows: readonly { readonly group: Group }[]): (label: string, group: Group, year: string) => VElement | string {
  const byKey = new Map(rows.map((row) => [keyOf(row.group), row.group]));
  return (label, group, year) => {
    const yearColumn = Object.keys(rows[0]?.group ?? {}).find((column) => !(column in group));
    const found = yearColumn === undefined ? undefined : byKey.get(keyOf({ ...group, [yearColumn]: year }));
    return found === undefined ? label : figureButton(label, measure, found);
  };
}
