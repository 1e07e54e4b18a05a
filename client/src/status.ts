// The status bar item: whether the server is checking, how many problems the rule files have,
// and whether data was loaded (or not, and why).

import * as vscode from 'vscode';
import { statusText, type StatusView } from './status-text';

export interface StatusBar {
  update(change: Partial<StatusView>): void;
  readonly current: () => StatusView;
  dispose(): void;
}

export function createStatusBar(initial: StatusView): StatusBar {
  const item = vscode.window.createStatusBarItem('hewitt.status', vscode.StatusBarAlignment.Left, 50);
  item.name = 'Hewitt Rules';
  item.command = 'hewitt.showOutput';
  let view = initial;
  const show = (): void => {
    const { text, tooltip } = statusText(view);
    item.text = text;
    item.tooltip = tooltip;
    item.show();
  };
  show();
  return {
    update: (change) => {
      view = { ...view, ...change };
      show();
    },
    current: () => view,
    dispose: () => item.dispose(),
  };
}
