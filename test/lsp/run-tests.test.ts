// `hewitt/runTests` over the real protocol: a sample test file passes, a broken one fails with its
// expected and actual values, the open (unsaved) text is what runs, and a rule file is refused;
// `hewitt/testFiles` lists the files `hewitt test .` finds (the samples' `ignore` keeps broken/ out).

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runTestsRequest, testFilesRequest } from '../../server/src/lsp/protocol';
import { expandPaths } from '../../server/src/cli/paths';
import { buildServer, startSession, tempWorkspace, uriOf, type Session } from './support';

let session: Session;
let root: string;

beforeAll(async () => {
  await buildServer();
  root = tempWorkspace({}, true);
  session = await startSession({ pull: true, root });
}, 60_000);

afterAll(async () => {
  await session?.stop();
});

interface Report {
  readonly tests: readonly { name: string; status: string; failures: readonly { line: number; expected: string; actual: string }[] }[];
  readonly summary: { passed: number; failed: number; errors: number };
}

async function run(path: string, names?: string[]): Promise<Report | undefined> {
  const answer = await session.connection.sendRequest(runTestsRequest, { uri: uriOf(root, path), ...(names ? { names } : {}) });
  return answer?.report as Report | undefined;
}

describe('hewitt/testFiles', () => {
  it('lists the test files hewitt test finds in the folder, the ignored ones left out', async () => {
    const { uris } = await session.connection.sendRequest(testFilesRequest);
    const cli = expandPaths(['.'], root, /\.test\.hewitt$/);
    expect(cli.kind === 'files' ? cli.files.map((path) => uriOf(root, path)) : cli).toEqual(uris);
    expect(uris.length).toBeGreaterThan(0);
    expect(uris.some((uri) => uri.includes('/broken/'))).toBe(false);
  });
});

describe('hewitt/runTests', () => {
  it('runs the tests of a sample test file', async () => {
    const report = await run('tests/gp-contract.test.hewitt');
    expect(report?.summary).toEqual({ passed: 3, failed: 0, errors: 0 });
  });

  it('runs only the named tests', async () => {
    const report = await run('tests/gp-contract.test.hewitt', ['thresholds']);
    expect(report?.tests.map((t) => t.name)).toEqual(['thresholds']);
  });

  it('reports a failed expectation with its line, expected and actual values', async () => {
    const report = await run('broken/tests/wrong-value.test.hewitt');
    expect(report?.tests[0]?.failures.map((f) => [f.line, f.expected, f.actual])).toEqual([
      [13, '10%', '12.5%'],
      [14, '£100', '£125.00'],
    ]);
  });

  it('runs the open text of a test file, not the one on disk', async () => {
    const text = `import "../prevention.hewitt"\n\ntest edited "Edited in the editor" {\n  given ledger {\n    | icb   | year    | programme | cost_centre | amount | recurrent |\n    | "QE1" | 2023/24 | "IMMS"    | "C1"        | £100   | yes       |\n  }\n  expect prevention_share[icb = "QE1", year = 2023/24] = 100%\n}\n`;
    await session.open('tests/screening.test.hewitt', text);
    const report = await run('tests/screening.test.hewitt');
    expect(report?.tests.map((t) => [t.name, t.status])).toEqual([['edited', 'pass']]);
  });

  it('answers null for a file that is not a test file', async () => {
    expect(await run('prevention.hewitt')).toBeUndefined();
  });
});
