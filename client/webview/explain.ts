// The rows behind a figure, as the language server explains them: a summary line, then a table of
// the first rows, each with where it fell in the classifications the figure names
// (the category and weight with the condition that matched, or the exclusion and its condition),
// then the aggregates it counts in and its cells.

import { formatCount } from './format';
import type { ExplainResponse, RowOutcomeJson } from './explore-model';
import { table } from './table';
import { h, type VElement } from './vnode';

export function outcomeText(outcome: RowOutcomeJson): string {
  switch (outcome.kind) {
    case 'category':
      return `${outcome.category}${outcome.weight === 100 ? '' : ` at ${outcome.weight}%`}, because ${outcome.condition}${outcome.alsoMatched.length > 0 ? `; also matches ${outcome.alsoMatched.join(', ')}` : ''}`;
    case 'excluded':
      return `excluded, because ${outcome.condition}`;
    case 'unclassified':
      return 'unclassified (no category holds)';
  }
}

export function explanationView(figure: string, response: ExplainResponse | null): VElement {
  if (response === null) return h('p', { class: 'muted', role: 'status' }, [`No rows for ${figure}: the language server has no answer for this file.`]);
  if ('error' in response) return h('p', { class: 'error', role: 'status' }, [`${figure}: ${response.error}`]);
  const e = response.explanation;
  const shown = e.rows.length < e.total ? `; the first ${formatCount(e.rows.length)}` : '';
  const hasCounts = e.rows.some((r) => r.countsIn.length > 0);
  return h('div', { class: 'explanation', 'aria-label': `Rows behind ${e.figure}` }, [
    h('p', {}, [`${e.figure}: ${formatCount(e.total)} ${e.total === 1 ? 'row' : 'rows'} behind it, of ${formatCount(e.rowsRead)} read from ${e.dataset}${shown}.`]),
    e.rows.length === 0
      ? null
      : table(
          `Rows behind ${e.figure}`,
          [{ title: 'Row', numeric: true }, { title: 'Where it fell' }, ...(hasCounts ? [{ title: 'Counts in' }] : []), ...e.columns.map((title) => ({ title }))],
          e.rows.map((row) => [
            String(row.row),
            row.attributions.map((a) => `${a.classification}: ${outcomeText(a.outcome)}`).join('; ') || '–',
            ...(hasCounts ? [row.countsIn.join('; ')] : []),
            ...row.cells,
          ]),
        ),
  ]);
}
