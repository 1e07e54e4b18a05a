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
