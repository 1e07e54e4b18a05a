// The preview's explorer views, below the results: what each classification leaves unclassified
// (the largest values of each text column, with a button that adds a category for one), and the
// rows behind a figure chosen from the results (a category, a measure's or a metric's group).
// Pure: the state and the messages in, a virtual tree out.

import { formatCount, formatMoney, groupText } from './format';
import type { EvalJson, Group } from './model';
import type { ExploreToWebview, ExplainResponse, UnclassifiedJson, UnclassifiedResponse, ValueTallyJson } from './explore-model';
import { explanationView } from './explain';
import { figureText } from './figure-cell';
import { table } from './table';
import { h, type VElement } from './vnode';

export { figureText } from './figure-cell';

export interface ExploreState {
  readonly unclassified?: UnclassifiedResponse | null;
  readonly loading?: boolean;
  readonly figure?: string;
  readonly group?: string;
  readonly explained?: { readonly figure: string; readonly response: ExplainResponse | null };
  /** The figure asked for from a result table, until its rows arrive. */
  readonly pending?: string;
}

export const EMPTY_EXPLORE: ExploreState = {};

/** The state after a message from the extension. */
export function receiveExplore(state: ExploreState, message: ExploreToWebview): ExploreState {
  switch (message.kind) {
    case 'unclassified':
      return { ...state, unclassified: message.response, loading: false };
    case 'explained':
      return { ...state, explained: { figure: message.figure, response: message.response }, pending: state.pending === message.figure ? undefined : state.pending };
  }
}

/** The state after the figure or group select changed. */
export function chooseExplore(state: ExploreState, field: 'figure' | 'group', value: string): ExploreState {
  return field === 'figure' ? { ...state, figure: value, group: '' } : { ...state, group: value };
}

/**
 * The state after a figure of a result table was activated (`choice` for `group`, see
 * figure-cell.ts), with the request to post: the picker shows the figure, and its rows are pending.
 */
export function showRows(state: ExploreState, choice: string, group: Group): { readonly state: ExploreState; readonly message: { readonly kind: 'explain'; readonly figure: string } } {
  const figure = figureText(choice, group);
  return { state: { ...state, figure: choice, group: groupText(group), pending: figure }, message: { kind: 'explain', figure } };
}

/** The id of the "Rows behind a figure" section, which takes the focus when a table's figure is activated. */
export const ROWS_SECTION_ID = 'explore-rows';

interface FigureChoice {
  readonly id: string;
  readonly label: string;
  /** The groups of a measure or metric, each with its key. */
  readonly groups: readonly Group[];
}

function figureChoices(result: EvalJson): FigureChoice[] {
  const choices: FigureChoice[] = [];
  for (const [name, c] of Object.entries(result.classifications)) {
    for (const category of c.categories) choices.push({ id: `${name}.${category.name}`, label: `${name}.${category.name}`, groups: [] });
    choices.push({ id: `${name}.unclassified`, label: `${name}: unclassified`, groups: [] }, { id: `${name}.excluded`, label: `${name}: excluded`, groups: [] });
  }
  for (const [name, m] of Object.entries(result.measures)) choices.push({ id: name, label: `measure ${name}`, groups: m.rows.map((r) => r.group) });
  for (const [name, m] of Object.entries(result.metrics)) choices.push({ id: name, label: `metric ${name}`, groups: m.rows.map((r) => r.group) });
  return choices;
}

export function explorerView(result: EvalJson, state: ExploreState): VElement {
  return h('section', { 'aria-label': 'Explore', class: 'explore' }, [
    h('h2', {}, ['Explore']),
    unclassifiedView(state),
    figureView(result, state),
  ]);
}

function unclassifiedView(state: ExploreState): VElement {
  const data = state.unclassified;
  const button = h('button', { type: 'button', id: 'explore-unclassified' }, [data === undefined ? 'Show the largest unclassified values' : 'Refresh'], {
    kind: 'post',
    message: { kind: 'explore-unclassified' },
  });
  const body =
    data === undefined
      ? [h('p', { class: 'muted' }, ['See what each classification leaves out: the largest values of each text column among its unclassified rows.'])]
      : data === null || !data.evaluated
        ? [h('p', { class: 'muted' }, ['Nothing to explore: the folder is not trusted, or the rule file has errors.'])]
        : data.classifications.map(classificationView);
  return h('section', { 'aria-label': 'Unclassified values' }, [h('h3', {}, ['What is unclassified']), button, ...body]);
}

function classificationView(view: UnclassifiedJson): VElement {
  return h('div', { class: 'unclassified' }, [
    h('p', {}, [`${view.classification}: ${formatCount(view.unclassifiedRows)} of ${formatCount(view.rowsRead)} rows unclassified${view.unclassifiedAmount === null ? '' : `, ${formatMoney(view.unclassifiedAmount)}`}.`]),
    ...view.columns.map((column) =>
      h('div', {}, [
        table(
          `Largest unclassified ${column.column} values of ${view.classification}${column.complete ? '' : ' (too many values to tally them all)'}`,
          [{ title: column.column }, { title: 'Rows', numeric: true }, { title: 'Amount', numeric: true }, { title: '' }],
          column.byAmount.map((tally) => [tally.value === '' ? '(empty)' : tally.value, formatCount(tally.rows), formatMoney(tally.amount), actions(view.classification, column.column, tally)]),
        ),
        column.byRows.length === 0 ? null : h('p', { class: 'muted' }, [`Most rows: ${column.byRows.map((t) => `${t.value === '' ? '(empty)' : t.value} (${formatCount(t.rows)})`).join(', ')}`]),
      ]),
    ),
  ]);
}

function actions(classification: string, column: string, tally: ValueTallyJson): VElement {
  const rows = h('button', { type: 'button', class: 'link', title: `The unclassified rows with ${column} ${tally.value}` }, ['Rows'], {
    kind: 'post',
    message: { kind: 'explain', figure: figureText(`${classification}.unclassified`, { [column]: tally.value }) },
  });
  const add =
    tally.value === ''
      ? null
      : h('button', { type: 'button', class: 'link', title: `Add a category to ${classification} for ${column} = "${tally.value}"` }, ['Add category'], {
          kind: 'post',
          message: { kind: 'add-category', classification, column, value: tally.value },
        });
  return h('span', {}, [rows, add === null ? null : ' · ', add]);
}

function figureView(result: EvalJson, state: ExploreState): VElement {
  const choices = figureChoices(result);
  const chosen = choices.find((c) => c.id === state.figure) ?? choices[0];
  const groups = chosen?.groups ?? [];
  const groupIndex = groups.findIndex((g) => groupText(g) === state.group);
  const group = groups[groupIndex < 0 ? 0 : groupIndex];
  const figure = chosen === undefined ? '' : figureText(chosen.id, group);
  const select = (id: string, options: readonly (readonly [string, string])[], selected: string, field: 'figure' | 'group'): VElement =>
    h('select', { id }, options.map(([value, label]) => h('option', value === selected ? { value, selected: '' } : { value }, [label])), { kind: 'explore', field });
  return h('section', { 'aria-label': 'Rows behind a figure', id: ROWS_SECTION_ID, tabindex: '-1' }, [
    h('h3', {}, ['Rows behind a figure']),
    choices.length === 0
      ? h('p', { class: 'muted' }, ['No figures to explain.'])
      : h('div', { class: 'controls' }, [
          h('label', {}, ['Figure ', select('explore-figure', choices.map((c) => [c.id, c.label]), chosen?.id ?? '', 'figure')]),
          groups.length === 0 || Object.keys(groups[0]).length === 0 ? null : h('label', {}, [' Group ', select('explore-group', groups.map((g) => [groupText(g), groupText(g)]), group === undefined ? '' : groupText(group), 'group')]),
          ' ',
          h('button', { type: 'button', id: 'explore-show-rows' }, ['Show rows'], { kind: 'post', message: { kind: 'explain', figure } }),
        ]),
    state.pending === undefined ? null : h('p', { class: 'muted', role: 'status' }, [`Reading the rows behind ${state.pending}…`]),
    state.pending !== undefined || state.explained === undefined ? null : explanationView(state.explained.figure, state.explained.response),
  ]);
}

/** The preview's tree with the explorer views added at the end of its main element. */
export function withExplorer(tree: VElement, result: EvalJson | undefined, state: ExploreState): VElement {
  if (result === undefined || tree.tag !== 'main') return tree;
  return { ...tree, children: [...tree.children, explorerView(result, state)] };
}
