// The status bar's text for a state of the server, the checks and the data. Pure.

export type DataState =
  | { readonly kind: 'unknown' }
  | { readonly kind: 'loaded'; readonly rows: number }
  | { readonly kind: 'error'; readonly message: string }
  | { readonly kind: 'untrusted' };

export type ServerState = 'starting' | 'running' | 'stopped';

export interface StatusView {
  readonly server: ServerState;
  readonly checking: boolean;
  readonly problems: number;
  readonly data: DataState;
}

/** The text and tooltip for a state. Pure. */
export function statusText(view: StatusView): { text: string; tooltip: string } {
  if (view.server === 'stopped') return { text: '$(error) Hewitt: server stopped', tooltip: 'The Hewitt language server stopped. Run "Hewitt: Restart Language Server".' };
  const parts: string[] = [];
  const tips: string[] = [];
  if (view.server === 'starting') parts.push('$(sync~spin) Hewitt: starting…');
  else if (view.checking) parts.push('$(sync~spin) Hewitt: checking…');
  else parts.push(view.problems === 0 ? '$(check) Hewitt: no problems' : `$(warning) Hewitt: ${view.problems} ${view.problems === 1 ? 'problem' : 'problems'}`);
  tips.push(view.problems === 0 ? 'No problems in the rule files.' : `${view.problems} ${view.problems === 1 ? 'problem' : 'problems'} in the rule files.`);
  switch (view.data.kind) {
    case 'unknown':
      break;
    case 'loaded':
      parts.push('$(database) data loaded');
      tips.push(`Data loaded: ${view.data.rows.toLocaleString('en-GB')} rows.`);
      break;
    case 'error':
      parts.push('$(database) data error');
      tips.push(`Data error: ${view.data.message}`);
      break;
    case 'untrusted':
      parts.push('$(shield) data not loaded');
      tips.push('This folder is not trusted, so data files are not read. Rule files are still checked.');
      break;
  }
  return { text: parts.join('  '), tooltip: tips.join('\n') };
}
