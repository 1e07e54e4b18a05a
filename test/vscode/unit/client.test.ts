import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCrashLog } from '../../../client/src/crashes';
import { dataState, problemCount } from '../../../client/src/observe';
import { previewCsp, previewHtml } from '../../../client/src/preview/html';
import { createLatestGate, debounce } from '../../../client/src/preview/refresh';
import { statusText } from '../../../client/src/status-text';
import type { EvalJson } from '../../../client/webview/model';

afterEach(() => {
  vi.useRealTimers();
});

describe('crash handling', () => {
  it('restarts after a crash and gives up after repeated crashes within the window', () => {
    const log = createCrashLog(3, 1000);
    expect(log.crashed(0)).toEqual({ kind: 'restart' });
    expect(log.crashed(100)).toEqual({ kind: 'restart' });
    expect(log.crashed(200)).toEqual({ kind: 'give-up', crashes: 3 });
    log.reset();
    expect(log.crashed(300)).toEqual({ kind: 'restart' });
  });

  it('forgets crashes older than the window', () => {
    const log = createCrashLog(2, 1000);
    expect(log.crashed(0)).toEqual({ kind: 'restart' });
    expect(log.crashed(5000)).toEqual({ kind: 'restart' });
  });
});

describe('preview refresh timing', () => {
  it('debounces typing into one refresh', () => {
    vi.useFakeTimers();
    const run = vi.fn();
    const typing = debounce(run, 300);
    typing.schedule();
    vi.advanceTimersByTime(200);
    typing.schedule();
    vi.advanceTimersByTime(299);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
    typing.schedule();
    typing.cancel();
    vi.runAllTimers();
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('drops answers to older requests and older document versions', () => {
    const gate = createLatestGate();
    const first = gate.next();
    const second = gate.next();
    expect(gate.accept(first, 'file:///a.hewitt', 5)).toBe(false);
    expect(gate.accept(second, 'file:///a.hewitt', 5)).toBe(true);
    const third = gate.next();
    expect(gate.accept(third, 'file:///a.hewitt', 4)).toBe(false);
    const fourth = gate.next();
    expect(gate.accept(fourth, 'file:///b.hewitt', 1)).toBe(true);
  });
});

describe('preview page', () => {
  const shell = { cspSource: 'https://webview.example', scriptUri: 'https://webview.example/dist/webview.js', nonce: 'abc123' };

  it('forbids everything but its own script and style', () => {
    expect(previewCsp(shell)).toBe("default-src 'none'; style-src 'nonce-abc123'; script-src 'nonce-abc123'; img-src https://webview.example data:; font-src https://webview.example");
    const html = previewHtml(shell);
    expect(html).toContain('<script nonce="abc123" src="https://webview.example/dist/webview.js"></script>');
    expect(html).toContain('<style nonce="abc123">');
    expect(html).not.toMatch(/https?:\/\/(?!webview\.example)/);
  });
});

describe('status bar', () => {
  it('says checking, counts problems and tells the data state', () => {
    expect(statusText({ server: 'running', checking: true, problems: 0, data: { kind: 'unknown' } }).text).toBe('$(sync~spin) Hewitt: checking…');
    expect(statusText({ server: 'running', checking: false, problems: 1, data: { kind: 'loaded', rows: 1200 } })).toEqual({
      text: '$(warning) Hewitt: 1 problem  $(database) data loaded',
      tooltip: '1 problem in the rule files.\nData loaded: 1,200 rows.',
    });
    expect(statusText({ server: 'running', checking: false, problems: 0, data: { kind: 'untrusted' } }).text).toBe('$(check) Hewitt: no problems  $(shield) data not loaded');
    expect(statusText({ server: 'running', checking: false, problems: 3, data: { kind: 'error', message: 'x' } }).text).toBe('$(warning) Hewitt: 3 problems  $(database) data error');
    expect(statusText({ server: 'stopped', checking: false, problems: 0, data: { kind: 'unknown' } }).text).toBe('$(error) Hewitt: server stopped');
  });

  it('counts errors and warnings of rule files and the configuration only', () => {
    const count = problemCount([
      [{ path: '/w/a.hewitt' }, [{ severity: 0 }, { severity: 1 }, { severity: 2 }]],
      [{ path: '/w/hewitt.config.json' }, [{ severity: 0 }]],
      [{ path: '/w/other.ts' }, [{ severity: 0 }]],
    ]);
    expect(count).toBe(3);
  });

  it('reads the data state from a result', () => {
    const base: EvalJson = { version: 1, datasets: {}, classifications: {}, measures: {}, targets: {}, metrics: {}, funding: {}, diagnostics: [] };
    expect(dataState(base)).toEqual({ kind: 'unknown' });
    expect(dataState({ ...base, datasets: { a: { path: 'a.csv', rowsRead: 10, rowsRejected: 0 }, b: { path: 'b.csv', rowsRead: 5, rowsRejected: 1 } } })).toEqual({ kind: 'loaded', rows: 15 });
    const missing = { path: 'x.hewitt', code: 'data-file', severity: 'error' as const, message: 'data/ledger.csv cannot be read', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } };
    expect(dataState({ ...base, diagnostics: [missing] })).toEqual({ kind: 'error', message: 'data/ledger.csv cannot be read' });
  });
});
