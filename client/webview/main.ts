// The preview's script in the webview: receives results from the extension, renders them, keeps
// the target filters and sorts across refreshes, and posts reveal requests back.

import { render, type Dispatch } from './dom';
import type { FromWebview, TargetStatus, ToWebview } from './model';
import { INITIAL_STATE, TARGET_FILTERS, TARGET_SORTS, type ViewState } from './sections';
import { view } from './view';
import { isDiffMessage } from './diff-model';
import { diffView } from './diff-view';

interface VsCodeApi {
  postMessage(message: FromWebview): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

const api = acquireVsCodeApi();
const root = document.getElementById('root') ?? document.body;
let state: ViewState = restore(api.getState());
let last: ToWebview | undefined;

const dispatch: Dispatch = (action, value) => {
  switch (action.kind) {
    case 'post':
      api.postMessage(action.message);
      return;
    case 'filter': {
      const filter = TARGET_FILTERS.find((f) => f === value) ?? 'all';
      state = { ...state, filters: { ...state.filters, [action.target]: filter } };
      break;
    }
    case 'sort': {
      const sort = TARGET_SORTS.find((f) => f === value) ?? 'group';
      state = { ...state, sorts: { ...state.sorts, [action.target]: sort } };
      break;
    }
    case 'set':
      state = { ...state, ui: { ...state.ui, [action.key]: action.value ?? value } };
      break;
  }
  api.setState(state);
  render(root, view(last, state), dispatch);
};

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
  const data: unknown = event.data;
  if (isDiffMessage(data)) {
    render(root, diffView(data.diff), dispatch);
    document.body.dataset.state = 'diff';
    return;
  }
  const arrived = performance.now();
  last = event.data;
  render(root, view(last, state), dispatch);
  document.body.dataset.state = last.kind;
  recordRenderTime(arrived);
});

/** How long the preview took from the results' arrival to a laid-out page (read by the real-VS-Code run). */
function recordRenderTime(arrived: number): void {
  void document.body.offsetHeight;
  const ms = (performance.now() - arrived).toFixed(1);
  document.body.dataset.renderMs = ms;
  document.body.dataset.renders = `${document.body.dataset.renders ?? ''} ${ms}`.trim();
  requestAnimationFrame(() => requestAnimationFrame(() => (document.body.dataset.paintMs = (performance.now() - arrived).toFixed(1))));
}

render(root, view(undefined, state), dispatch);
api.postMessage({ kind: 'ready' });

function restore(saved: unknown): ViewState {
  if (typeof saved !== 'object' || saved === null) return INITIAL_STATE;
  const candidate = saved as Partial<ViewState>;
  const filters: Record<string, TargetStatus | 'all'> = {};
  for (const [key, value] of Object.entries(candidate.filters ?? {})) {
    const known = TARGET_FILTERS.find((f) => f === value);
    if (known !== undefined) filters[key] = known;
  }
  const sorts: ViewState['sorts'] = Object.fromEntries(Object.entries(candidate.sorts ?? {}).filter(([, v]) => TARGET_SORTS.some((s) => s === v)));
  const ui: Record<string, string> = Object.fromEntries(Object.entries(candidate.ui ?? {}).filter(([, v]) => typeof v === 'string'));
  return { filters, sorts, ui };
}
