// The `hewitt.engine` setting in the results preview, over the real protocol: DuckDB in process
// gives the embedded figures and names itself; an engine that fails keeps the last results and
// says which engine, which dialect and what failed; the server carries on.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { previewRequest, type PreviewResponse } from '../../server/src/lsp/protocol';
import { buildServer, startSession, tempWorkspace, uriOf, type Session } from './support';

const CONFIG = JSON.stringify({
  engines: {
    warehouse: { dialect: 'postgres', url: { env: 'HEWITT_EDITOR_TEST_WAREHOUSE_URL' } },
    unset: { dialect: 'postgres', url: { env: 'HEWITT_EDITOR_TEST_UNSET_URL' } },
  },
});

let session: Session;
let untrusted: Session;
let root: string;

/** The figures without what names where they came from (the data paths, the findings). */
function figures(response: PreviewResponse | null): unknown {
  const { datasets: _, diagnostics: __, checklist: ___, ...rest } = (response?.result ?? {}) as Record<string, unknown>;
  return rest;
}

function settings(engine: string): Record<string, unknown> {
  return { run: 'onType', validation: { enable: true }, engine };
}

async function preview(path: string): Promise<PreviewResponse | null> {
  return session.connection.sendRequest(previewRequest, { uri: uriOf(root, path) });
}

beforeAll(async () => {
  await buildServer();
  // A closed port: nothing listens on port 1 of this machine.
  process.env.HEWITT_EDITOR_TEST_WAREHOUSE_URL = 'postgres://me:secret@127.0.0.1:1/x';
  delete process.env.HEWITT_EDITOR_TEST_UNSET_URL;
  root = tempWorkspace({ 'hewitt.config.json': CONFIG }, true);
  session = await startSession({ pull: true, root });
  untrusted = await startSession({ pull: true, root, initializationOptions: { trusted: false } });
});

afterAll(async () => {
  await session.stop();
  await untrusted.stop();
  delete process.env.HEWITT_EDITOR_TEST_WAREHOUSE_URL;
});

describe('the engine of the results preview', () => {
  it('names the embedded evaluator by default', async () => {
    expect((await preview('gp-contract.hewitt'))?.engine).toEqual({ name: 'embedded', dialect: 'embedded' });
  });

  it('computes on duckdb in process with the embedded figures', async () => {
    const embedded = await preview('gp-contract.hewitt');
    session.settings = { [uriOf(root, 'gp-contract.hewitt')]: settings('duckdb') };
    await session.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const duckdb = await preview('gp-contract.hewitt');
    expect(duckdb).toMatchObject({ evaluated: true, engine: { name: 'duckdb', dialect: 'duckdb' } });
    expect(duckdb?.engineFailure).toBeUndefined();
    expect(figures(duckdb)).toEqual(figures(embedded));
  });

  it('keeps the last results with a message naming the engine, its dialect and what failed', async () => {
    const last = await preview('gp-contract.hewitt');
    session.settings = { default: settings('warehouse') };
    await session.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const failed = await preview('gp-contract.hewitt');
    expect(failed?.result).toEqual(last?.result);
    expect(failed?.engine).toEqual({ name: 'duckdb', dialect: 'duckdb' });
    expect(failed?.engineFailure).toMatchObject({ name: 'warehouse', dialect: 'postgres' });
    expect(failed?.engineFailure?.message).toMatch(/^engine warehouse \(dialect postgres\): cannot connect to postgres:\/\/me:\*\*\*@127\.0\.0\.1:1\/x: .+/);
    expect(session.logs.some((line) => line.includes('engine warehouse (dialect postgres): cannot connect'))).toBe(true);
  });

  it('with nothing computed yet, answers the checks only and the failure', async () => {
    const cases: [string, RegExp, string][] = [
      ['warehouse', /^engine warehouse \(dialect postgres\): cannot connect/, 'postgres'],
      ['unset', /^engine unset \(dialect postgres\): the environment variable HEWITT_EDITOR_TEST_UNSET_URL is not set/, 'postgres'],
      ['oracle', /^engine oracle \(dialect unknown\): unknown engine 'oracle'/, 'unknown'],
    ];
    for (const [engine, message, dialect] of cases) {
      session.settings = { default: settings(engine) };
      await session.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      const found = await preview('prevention.hewitt');
      expect(found, engine).toMatchObject({ evaluated: false, engineFailure: { name: engine, dialect } });
      expect(found?.engine, engine).toBeUndefined();
      expect(found?.engineFailure?.message, engine).toMatch(message);
    }
    // The server is still there and answers.
    session.settings = { default: settings('embedded') };
    await session.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    expect(await preview('prevention.hewitt')).toMatchObject({ evaluated: true, engine: { name: 'embedded' } });
  });

  it('reads no engine setting in an untrusted folder', async () => {
    untrusted.settings = { default: settings('warehouse') };
    const found = await untrusted.connection.sendRequest(previewRequest, { uri: uriOf(root, 'gp-contract.hewitt') });
    expect(found).toMatchObject({ evaluated: false });
    expect(found?.engine).toBeUndefined();
    expect(found?.engineFailure).toBeUndefined();
  });
});
