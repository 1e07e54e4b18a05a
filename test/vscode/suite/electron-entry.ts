// The suite's entry under @vscode/test-electron: VS Code calls run() as the extension tests of a
// development host; it runs the same suite as the test extension and fails when a test fails.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { activate } from './extension';
import type { SuiteResults } from './extension';

export async function run(): Promise<void> {
  const config = JSON.parse(readFileSync(join(__dirname, 'test-config.json'), 'utf8')) as { results: string };
  activate();
  const results = await waitForResults(config.results);
  if (results.failed > 0) throw new Error(`${results.failed} of ${results.failed + results.passed} tests failed`);
}

async function waitForResults(file: string, timeoutMs = 10 * 60_000): Promise<SuiteResults> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return JSON.parse(readFileSync(file, 'utf8')) as SuiteResults;
    } catch {
      if (Date.now() > deadline) throw new Error(`no results after ${timeoutMs / 1000} s`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}
