// The whole preview as a virtual tree: a header (file, trust, data read), the recommendation
// checklist (or the problems by rule when the checklist is absent), then the result sections.
// Plain states for "no file", "load error" and "no data". Pure: same input, same tree.

import type { ChecklistJson, EvalJson, ToWebview } from './model';
import { engineLines } from './engine-view';
import { measureViews } from './measure-view';
import { classificationSections, fundingSections, metricSections, targetSections, type ViewState } from './sections';
import { locationButton } from './table';
import { h, type VElement } from './vnode';

export function view(message: ToWebview | undefined, state: ViewState): VElement {
  if (message === undefined) return h('main', {}, [h('p', { class: 'muted' }, ['Waiting for results…'])]);
  switch (message.kind) {
    case 'no-file':
      return h('main', {}, [h('p', {}, ['Open a .hewitt rule file to see its results here.'])]);
    case 'error':
      return h('main', {}, [
        h('h2', {}, [fileName(message.file)]),
        h('p', { class: 'error', role: 'alert' }, [`The results could not be computed: ${message.message}`]),
      ]);
    case 'result':
      return resultView(message, state);
  }
}

function resultView(message: ToWebview & { kind: 'result' }, state: ViewState): VElement {
  const { file, result, details, trusted } = message;
  const sections = [
    ...section('Classifications', classificationSections(result, details)),
    ...section('Measures', measureViews(result, details, state)),
    ...section('Targets', targetSections(result, details, state)),
    ...section('Metrics', metricSections(result, details)),
    ...section('Funding', fundingSections(result, details)),
  ];
  return h('main', {}, [
    h('h2', {}, [`Results of ${fileName(file)}`]),
    ...engineLines(message.engine, message.engineFailure),
    trusted ? null : h('p', { class: 'warning', role: 'status' }, ['This folder is not trusted, so data files are not read. Trust the folder to see results; the rule files are still checked.']),
    datasetLine(result),
    checklist(result),
    ...(sections.length === 0 && trusted ? [h('p', { class: 'muted' }, ['No data: the file computes nothing yet, or it has errors that stop evaluation.'])] : sections),
  ]);
}

function section(title: string, blocks: readonly VElement[]): VElement[] {
  return blocks.length === 0 ? [] : [h('h2', {}, [title]), ...blocks];
}

function datasetLine(result: EvalJson): VElement | null {
  const parts = Object.entries(result.datasets).map(([name, d]) => `${name}: ${d.rowsRead.toLocaleString('en-GB')} rows read${d.rowsRejected > 0 ? `, ${d.rowsRejected.toLocaleString('en-GB')} rejected` : ''} (${d.path})`);
  return parts.length === 0 ? null : h('p', { class: 'muted' }, [`Data: ${parts.join('; ')}.`]);
}

/** The recommendation checklist; without one, the problems grouped by their code. */
function checklist(result: EvalJson): VElement {
  const items = result.checklist ?? checklistFromDiagnostics(result);
  const failed = items.filter((item) => item.state === 'failed').length;
  return h('section', { 'aria-label': 'Recommendation checklist' }, [
    h('h2', {}, ['Checklist']),
    h('p', {}, [items.length === 0 ? 'No problems found.' : `${failed} of ${items.length} ${items.length === 1 ? 'rule' : 'rules'} not met.`]),
    h(
      'ul',
      { class: 'checklist' },
      items.map((item) =>
        h('li', { class: `state ${item.state}` }, [
          h('span', { class: 'badge' }, [item.state]),
          ` ${item.title} `,
          h('span', { class: 'muted' }, [`(${item.rule}${item.recommendation.id === '' ? '' : `, ${item.recommendation.id}`})`]),
          item.findings.length === 0
            ? null
            : h(
                'ul',
                {},
                item.findings.map((f) => h('li', {}, [locationButton(`${fileName(f.path)}:${f.line + 1}`, f.path, f.line, f.character), ` ${f.message}`])),
              ),
          item.suppressions.length === 0 ? null : h('ul', {}, item.suppressions.map((s) => h('li', { class: 'muted' }, [locationButton(`${fileName(s.path)}:${s.line + 1}`, s.path, s.line, s.character), ` suppressed: ${s.reason}`]))),
        ]),
      ),
    ),
  ]);
}

function checklistFromDiagnostics(result: EvalJson): ChecklistJson[] {
  const byCode = new Map<string, ChecklistJson['findings'][number][]>();
  for (const d of result.diagnostics) {
    const list = byCode.get(d.code) ?? [];
    list.push({ path: d.path, line: d.range.start.line, character: d.range.start.character, severity: d.severity, message: d.message });
    byCode.set(d.code, list);
  }
  return [...byCode]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, findings]) => ({ rule: code, title: code, recommendation: { id: '', summary: '' }, severity: findings[0]?.severity ?? 'error', state: 'failed', findings, suppressions: [] }));
}

function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}
