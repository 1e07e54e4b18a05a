// `hewitt/runTests`: runs the tests of a test file as `hewitt test` does, on the open text of every
// file, and answers with the same JSON report. `hewitt/testFiles` lists the test files `hewitt test`
// would find in the workspace folders. Any editor can offer its own test runner over the two.

import { performance } from 'node:perf_hooks';
import type { Connection } from 'vscode-languageserver';
import { runTestFile } from '../core/tests/run';
import { testReport } from '../core/tests/report';
import { isTestFile } from '../core/syntax/test-ast';
import { nodeDataHost } from '../node/data-host';
import { guardRequest, type Log } from './guard';
import { runTestsRequest, testFilesRequest, type RunTestsParams, type RunTestsResponse } from './protocol';
import { findRuleFiles } from './scan';
import type { UriMap } from './uris';
import type { Workspace } from './workspace';

export interface TestsContext {
  readonly workspace: Workspace;
  readonly uris: UriMap;
  readonly folders: () => readonly string[];
}

export async function runTests(ctx: TestsContext, params: RunTestsParams): Promise<RunTestsResponse | null> {
  const path = ctx.uris.pathOf(params.uri);
  if (!isTestFile(path)) return null;
  const model = ctx.workspace.modelOf([path]);
  const names = params.names === undefined ? undefined : new Set(params.names);
  const data = nodeDataHost(ctx.uris.base ?? '/', { parallel: false });
  const outcomes = await runTestFile(model, path, data, { now: () => performance.now(), ...(names ? { accept: (_p, name) => names.has(name) } : {}) });
  return { uri: params.uri, report: { ...testReport(model, outcomes) } };
}

export function registerTests(connection: Connection, ctx: TestsContext, log: Log): void {
  connection.onRequest(runTestsRequest, guardRequest(log, runTestsRequest.method, (params: RunTestsParams) => runTests(ctx, params)));
  connection.onRequest(
    testFilesRequest,
    guardRequest(log, testFilesRequest.method, async () => ({ uris: (await findRuleFiles(ctx.folders())).filter(isTestFile).map((path) => ctx.uris.uriOf(ctx.uris.fromFileSystem(path))) })),
  );
}
