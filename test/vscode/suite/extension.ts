// The test extension's entry: when VS Code starts it, it runs the Mocha suite against the real
// `vscode` API and writes the results as JSON to the file named in test-config.json (written next
// to it by scripts/vscode/run-server.mjs). The harness waits for that file.

import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface TestConfig {
  /** Absolute path of the repository's mocha package. */
  readonly mocha: string;
  /** Where to write the results. */
  readonly results: string;
}

interface TestOutcome {
  readonly title: string;
  readonly state: 'passed' | 'failed';
  readonly durationMs: number;
  readonly error?: string;
}

export interface SuiteResults {
  readonly passed: number;
  readonly failed: number;
  readonly tests: readonly TestOutcome[];
}

interface MochaTest {
  fullTitle(): string;
  duration?: number;
}

interface MochaRunner {
  on(event: 'pass', listener: (test: MochaTest) => void): MochaRunner;
  on(event: 'fail', listener: (test: MochaTest, error: Error) => void): MochaRunner;
  on(event: 'end', listener: () => void): MochaRunner;
}

interface MochaInstance {
  suite: { emit(event: string, context: unknown, file: string, mocha: unknown): void };
  run(done: (failures: number) => void): MochaRunner;
}

export function activate(): void {
  const config = JSON.parse(readFileSync(join(__dirname, 'test-config.json'), 'utf8')) as TestConfig;
  const load = require;
  const write = (results: SuiteResults): void => {
    writeFileSync(`${config.results}.tmp`, JSON.stringify(results, null, 2));
    renameSync(`${config.results}.tmp`, config.results);
  };
  try {
    const Mocha = load(config.mocha) as new (options: object) => MochaInstance;
    const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false });
    mocha.suite.emit('pre-require', globalThis, 'editor.suite.js', mocha);
    load(join(__dirname, 'suite.js'));
    const tests: TestOutcome[] = [];
    const runner = mocha.run(() => undefined);
    runner.on('pass', (test) => tests.push({ title: test.fullTitle(), state: 'passed', durationMs: test.duration ?? 0 }));
    runner.on('fail', (test, error) => tests.push({ title: test.fullTitle(), state: 'failed', durationMs: test.duration ?? 0, error: error.stack ?? error.message }));
    runner.on('end', () => write({ passed: tests.filter((t) => t.state === 'passed').length, failed: tests.filter((t) => t.state === 'failed').length, tests }));
  } catch (error) {
    write({ passed: 0, failed: 1, tests: [{ title: 'loading the suite', state: 'failed', durationMs: 0, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }] });
  }
}

export function deactivate(): void {}
