// A measure in the preview. Grouped by a fiscal year: the chart (grey context, the chosen group,
// the national line, its target) above the wide table whose rows choose the group; with a second
// grouping column, a choice of small multiples. Otherwise: a plain table of its values.

import { figureButton } from './figure-cell';
import { formatValue } from './format';
import { measureFigure } from './highlight';
import type { DetailsJson, EvalJson } from './model';
import { heading, type ViewState } from './sections';
import { table } from './table';
import { h, type VElement } from './vnode';
import { cellFormatter, wideKey, wideStateOf, wideTableView, widen } from './wide-table';

export function measureViews(result: EvalJson, details: DetailsJson | undefined, state: ViewState): VElement[] {
  const ui = state.ui ?? {};
  return Object.entries(result.measures).map(([name, measure]) => {
    const wide = widen({ name, ...measure });
    if (wide === undefined) {
      const columns = Object.keys(measure.rows[0]?.group ?? {});
      const format = cellFormatter({ name, ...measure });
      return h('section', { 'aria-label': `Measure ${name}` }, [
        heading(name, details),
        table(
          `Values of ${name}`,
          [...(columns.length === 0 ? [{ title: 'Group' }] : columns.map((title) => ({ title }))), { title: 'Value', numeric: true }],
          measure.rows.map((row) => [
            ...(columns.length === 0 ? ['all'] : columns.map((column) => row.group[column] ?? '')),
            figureButton(typeof row.value === 'string' && measure.unit !== 'money' ? formatValue(row.value, measure.unit) : format(row.value), name, row.group),
          ]),
        ),
      ]);
    }
    const tableState = wideStateOf(ui, name);
    const panels = ui[wideKey('panels', name)] ?? '';
    const cell = cellFormatter({ name, ...measure });
    const figure = measureFigure(name, measure.unit, (value) => cell(value), wide, result, details, { chosen: tableState.chosen, panels });
    const panelChoice =
      figure === undefined || wide.keyColumns.length < 2
        ? null
        : h('div', { class: 'controls' }, [
            h('label', {}, [
              'Small multiples by ',
              h(
                'select',
                { id: `wide-panels-${name}` },
                [['', 'none (one chart)'], ...wide.keyColumns.map((column) => [column, column])].map(([value, label]) => h('option', value === panels ? { value, selected: '' } : { value }, [label])),
                { kind: 'set', key: wideKey('panels', name) },
              ),
            ]),
          ]);
    return h('section', { 'aria-label': `Measure ${name}`, 'data-measure': name }, [heading(name, details), panelChoice, figure, wideTableView({ name, ...measure }, wide, tableState)]);
  });
}
