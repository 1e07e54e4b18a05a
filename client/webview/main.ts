// The preview's script in the webview: receives results from the extension, renders them, keeps
// the target filters and sorts across refreshes, and posts reveal requests back.

import { render, type Dispatch } from './dom';
import type { FromWebview, TargetStatus, ToWebview } from './model';
import { INITIAL_STATE, TARGET_FILTERS, TARGET_SORTS, type ViewState } from './sections';
import { view } from './view';
import { isDiffMessage } from './diff-model';
import { diffView } from './diff-view';
import { chooseExplore, EMPTY_EXPLORE, receiveExplore, ROWS_SECTION_ID, showRows, withExplorer, type ExploreState } from './explorer';
import { isExploreMessage } from './explore-model';

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
let explore: ExploreState = EMPTY_EXPLORE;
const draw = (): void => render(root, withExplorer(view(last, state), last?.kind === 'result' && last.trusted ? last.result : undefined, explore), dispatch);

const dispatch: Dispatch = (action, value) => {
  switch (action.kind) {
    case 'post':
      api.postMessage(action.message);
      return;
    case 'explore':
      explore = chooseExplore(explore, action.field, value);
      draw();
      return;
    case 'show-rows': {
      const shown = showRows(explore, action.choice, action.group);
      explore = shown.state;
      api.postMessage(shown.message);
      draw();
      revealRows();
      return;
    }
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
  draw();
};

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
  const data: unknown = event.data;
  if (isDiffMessage(data)) {
    render(root, diffView(data.diff), dispatch);
    document.body.dataset.state = 'diff';
    return;
  }
  if (isExploreMessage(event.data)) {
    explore = receiveExplore(explore, event.data);
    return draw();
  }
  const arrived = performance.now();
  // Another rule file's results: what was explored belongs to the previous one.
  if (event.data.kind !== 'result' || last?.kind !== 'result' || last.file !== event.data.file) explore = EMPTY_EXPLORE;
  last = event.data;
  draw();
  document.body.dataset.state = last.kind;
  recordRenderTime(arrived);
});

/** Brings the rows behind a figure into view and gives them the focus (kept across redraws by its id). */
function revealRows(): void {
  const section = document.getElementById(ROWS_SECTION_ID);
  section?.scrollIntoView({ block: 'start' });
  section?.focus({ preventScroll: true });
}

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
