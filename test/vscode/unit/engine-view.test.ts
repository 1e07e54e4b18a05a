// The preview header names the engine that computed the figures, and a failed engine's message
// stands above the last results.

import { describe, expect, it } from 'vitest';
import hostile from '../fixtures/hostile-result.json';
import type { EvalJson, ToWebview } from '../../../client/webview/model';
import { INITIAL_STATE } from '../../../client/webview/sections';
import { view } from '../../../client/webview/view';
import { textOf, toHtml } from '../../../client/webview/vnode';

const base: ToWebview & { kind: 'result' } = { kind: 'result', file: '/work/rules.hewitt', version: 1, result: hostile as unknown as EvalJson, trusted: true };
const failure = { name: 'warehouse', dialect: 'postgres', message: 'engine warehouse (dialect postgres): cannot connect to postgres://me:***@127.0.0.1:1/x: connect ECONNREFUSED 127.0.0.1:1' };

describe('the engine in the preview header', () => {
  it.each([
    [{ name: 'embedded', dialect: 'embedded' }, 'Computed by the embedded evaluator.'],
    [{ name: 'duckdb', dialect: 'duckdb' }, 'Computed on duckdb (duckdb).'],
    [{ name: 'warehouse', dialect: 'postgres' }, 'Computed on warehouse (postgres).'],
  ])('labels %o', (engine, label) => {
    const text = textOf(view({ ...base, engine }, INITIAL_STATE));
    expect(text).toContain(label);
    expect(text).not.toContain('could not be computed');
  });

  it('shows no label when nothing says which engine computed', () => {
    expect(textOf(view(base, INITIAL_STATE))).not.toContain('Computed ');
  });

  it('puts a failed engine above the last results, as an alert naming engine, dialect and cause', () => {
    const tree = view({ ...base, engine: { name: 'embedded', dialect: 'embedded' }, engineFailure: failure }, INITIAL_STATE);
    const text = textOf(tree);
    expect(text).toContain('The figures could not be computed on warehouse. engine warehouse (dialect postgres): cannot connect to postgres://me:***@127.0.0.1:1/x: connect ECONNREFUSED 127.0.0.1:1');
    expect(text).toContain('The results below are the last ones, computed by the embedded evaluator.');
    expect(text).toContain('£1,234,567.89');
    expect(toHtml(tree)).toContain('<p class="error" role="alert">The figures could not be computed on warehouse.');
  });

  it('names the dialect of a message that does not, and says when nothing was computed yet', () => {
    const text = textOf(view({ ...base, engineFailure: { name: 'oracle', dialect: 'unknown', message: "unknown engine 'oracle'" } }, INITIAL_STATE));
    expect(text).toContain("The figures could not be computed on oracle. engine oracle (dialect unknown): unknown engine 'oracle'");
    expect(text).toContain('No results have been computed yet.');
  });
});
