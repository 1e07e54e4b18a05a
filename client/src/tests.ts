// Rule tests in VS Code's Testing view: every `test` of every `*.test.hewitt` file is a test item
// (with a run button in the gutter), and a CodeLens above each test runs it. Runs go to the
// language server (`hewitt/runTests`), which runs them as `hewitt test` does; a failed expectation
// becomes a test message at its line with the expected and actual values. Saving a test file
// re-runs its tests; saving a rule file re-runs the test files run before. The files listed are
// those `hewitt test` finds in the workspace (`hewitt/testFiles`, so a configuration's `ignore`
// holds), plus any test file opened in the editor.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { runTestsRequest, testFilesRequest, type TestReportJson, type TestReportTest } from './protocol';

const TEST_LINE = /^\s*test\s+([A-Za-z_][A-Za-z0-9_]*)(?:\s+"((?:[^"\\\r\n]|\\.)*)")?/;

/** The tests declared in a test file's text: name, title and the line of `test`. */
export function findTests(text: string): { name: string; title?: string; line: number }[] {
  return text.split(/\r?\n/).flatMap((line, index) => {
    const match = TEST_LINE.exec(line);
    if (!match) return [];
    return [{ name: match[1], line: index, ...(match[2] ? { title: match[2].replace(/\\(.)/g, '$1') } : {}) }];
  });
}

export function isTestUri(uri: vscode.Uri): boolean {
  return uri.path.endsWith('.test.hewitt');
}

/** What the last run said of each test, by `uri::name` (for the CodeLens and for the integration tests). */
export interface TestOutcomeView {
  readonly status: 'pass' | 'fail' | 'error';
  readonly messages: readonly string[];
}

export interface RuleTests extends vscode.Disposable {
  readonly outcomes: () => ReadonlyMap<string, TestOutcomeView>;
  /** Runs the tests of a file (all of them, or the named one) and resolves when they have finished. */
  readonly run: (uri: vscode.Uri, name?: string) => Promise<void>;
  /** Lists the workspace's test files again (called when the language server is running). */
  readonly discover: () => Promise<void>;
}

export function createRuleTests(client: () => LanguageClient | undefined): RuleTests {
  const controller = vscode.tests.createTestController('hewitt.tests', 'Hewitt rule tests');
  const outcomes = new Map<string, TestOutcomeView>();
  const runFiles = new Set<string>();
  const lensesChanged = new vscode.EventEmitter<void>();

  const fileItem = (uri: vscode.Uri): vscode.TestItem => {
    const id = uri.toString();
    let item = controller.items.get(id);
    if (!item) {
      item = controller.createTestItem(id, vscode.workspace.asRelativePath(uri), uri);
      controller.items.add(item);
    }
    return item;
  };

  const refresh = (uri: vscode.Uri, text: string): void => {
    const file = fileItem(uri);
    const tests = findTests(text);
    if (tests.length === 0) {
      controller.items.delete(file.id);
      return;
    }
    file.children.replace(
      tests.map((t) => {
        const item = controller.createTestItem(`${uri.toString()}::${t.name}`, t.title ?? t.name, uri);
        item.range = new vscode.Range(t.line, 0, t.line, 0);
        item.description = t.title ? t.name : undefined;
        return item;
      }),
    );
  };

  const refreshFromDisk = async (uri: vscode.Uri): Promise<void> => {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    const text = open ? open.getText() : new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    refresh(uri, text);
  };

  const discover = async (): Promise<void> => {
    const language = client();
    const files = language?.isRunning()
      ? (await language.sendRequest(testFilesRequest)).uris.map((uri) => vscode.Uri.parse(uri))
      : await vscode.workspace.findFiles('**/*.test.hewitt', '**/node_modules/**');
    await Promise.all(files.map((uri) => refreshFromDisk(uri).catch(() => undefined)));
    if (!language?.isRunning()) return;
    // A file the server no longer lists (ignored, or gone) stays only while it is open.
    const listed = new Set(files.map((uri) => uri.toString()));
    const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
    const stale: string[] = [];
    controller.items.forEach((item) => {
      if (!listed.has(item.id) && !open.has(item.id)) stale.push(item.id);
    });
    for (const id of stale) controller.items.delete(id);
  };
  controller.resolveHandler = async (item) => {
    if (!item) await discover();
  };

  const locationOf = (file: string, line: number, column = 1): vscode.Location => {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const uri = file.startsWith('/') || !folder ? vscode.Uri.file(file) : vscode.Uri.joinPath(folder, file);
    return new vscode.Location(uri, new vscode.Position(Math.max(0, line - 1), Math.max(0, column - 1)));
  };

  const report = (run: vscode.TestRun, item: vscode.TestItem, test: TestReportTest): void => {
    const key = item.id;
    if (test.status === 'pass') {
      run.passed(item, test.durationMs);
      outcomes.set(key, { status: 'pass', messages: [] });
      return;
    }
    if (test.status === 'fail') {
      const messages = test.failures.map((f) => {
        const text = `${f.expectation}\nexpected ${f.expected}, actual ${f.actual}${f.groups?.length ? `\ngroups that exist: ${f.groups.join('; ')}` : ''}`;
        const message = vscode.TestMessage.diff(text, f.expected, f.actual);
        message.location = locationOf(test.file, f.line);
        return message;
      });
      run.failed(item, messages, test.durationMs);
      outcomes.set(key, { status: 'fail', messages: messages.map((m) => String(m.message)) });
      return;
    }
    const error = test.error;
    const message = new vscode.TestMessage(error ? `${error.code}: ${error.message}` : 'The test could not run.');
    if (error) message.location = locationOf(error.file, error.range.start.line, error.range.start.column);
    run.errored(item, message, test.durationMs);
    outcomes.set(key, { status: 'error', messages: [String(message.message)] });
  };

  const runFile = async (run: vscode.TestRun, file: vscode.TestItem, only: readonly vscode.TestItem[] | undefined, token: vscode.CancellationToken): Promise<void> => {
    const items = only ?? [...gather(file.children)];
    for (const item of items) run.started(item);
    const language = client();
    if (!language || !file.uri) {
      for (const item of items) run.errored(item, new vscode.TestMessage('The Hewitt language server is not running.'));
      return;
    }
    runFiles.add(file.uri.toString());
    let answer: { report: TestReportJson } | null;
    try {
      const names = only?.map((item) => item.id.slice(item.id.lastIndexOf('::') + 2));
      answer = await language.sendRequest(runTestsRequest, { uri: file.uri.toString(), ...(names ? { names } : {}) }, token);
    } catch (error) {
      for (const item of items) run.errored(item, new vscode.TestMessage(`The tests could not be run: ${error instanceof Error ? error.message : String(error)}`));
      return;
    }
    const byName = new Map((answer?.report.tests ?? []).map((t) => [t.name, t]));
    for (const item of items) {
      const name = item.id.slice(item.id.lastIndexOf('::') + 2);
      const test = byName.get(name);
      if (test) report(run, item, test);
      else run.skipped(item);
    }
  };

  const runHandler = async (request: vscode.TestRunRequest, token: vscode.CancellationToken): Promise<void> => {
    const run = controller.createTestRun(request);
    const excluded = new Set((request.exclude ?? []).map((item) => item.id));
    const byFile = new Map<vscode.TestItem, vscode.TestItem[] | undefined>();
    const roots = request.include ?? [...gather(controller.items)];
    for (const item of roots) {
      if (excluded.has(item.id)) continue;
      const file = item.parent ?? item;
      if (item === file) byFile.set(file, undefined);
      else if (!byFile.has(file) || byFile.get(file) !== undefined) byFile.set(file, [...(byFile.get(file) ?? []), item]);
    }
    try {
      for (const [file, only] of byFile) {
        if (token.isCancellationRequested) break;
        await runFile(run, file, only?.filter((item) => !excluded.has(item.id)), token);
      }
    } finally {
      run.end();
      lensesChanged.fire();
    }
  };
  controller.createRunProfile('Run', vscode.TestRunProfileKind.Run, runHandler, true);

  const runUri = async (uri: vscode.Uri, name?: string): Promise<void> => {
    await refreshFromDisk(uri);
    const file = fileItem(uri);
    const item = name === undefined ? file : file.children.get(`${uri.toString()}::${name}`);
    if (!item) return;
    await runHandler(new vscode.TestRunRequest([item]), new vscode.CancellationTokenSource().token);
  };

  const lenses: vscode.CodeLensProvider = {
    onDidChangeCodeLenses: lensesChanged.event,
    provideCodeLenses(document) {
      return findTests(document.getText()).flatMap((t) => {
        const range = new vscode.Range(t.line, 0, t.line, 0);
        const outcome = outcomes.get(`${document.uri.toString()}::${t.name}`);
        const run = new vscode.CodeLens(range, { title: '$(play) Run test', command: 'hewitt.runTest', arguments: [document.uri, t.name] });
        if (!outcome) return [run];
        const shown = outcome.status === 'pass' ? '$(pass) passed' : outcome.status === 'fail' ? `$(error) failed (${outcome.messages.length})` : '$(warning) could not run';
        return [run, new vscode.CodeLens(range, { title: shown, command: 'testing.showMostRecentOutput' })];
      });
    },
  };

  const watcher = vscode.workspace.createFileSystemWatcher('**/*.test.hewitt');
  const disposables: vscode.Disposable[] = [
    controller,
    watcher,
    lensesChanged,
    watcher.onDidCreate(() => void discover().catch(() => undefined)),
    watcher.onDidChange((uri) => {
      if (controller.items.get(uri.toString())) void refreshFromDisk(uri).catch(() => undefined);
    }),
    watcher.onDidDelete((uri) => controller.items.delete(uri.toString())),
    vscode.workspace.onDidOpenTextDocument((document) => {
      if (isTestUri(document.uri)) refresh(document.uri, document.getText());
    }),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (isTestUri(event.document.uri)) refresh(event.document.uri, event.document.getText());
    }),
    vscode.workspace.onDidSaveTextDocument((document) => {
      if (document.languageId !== 'hewitt') return;
      if (isTestUri(document.uri)) void runUri(document.uri);
      else for (const uri of runFiles) void runUri(vscode.Uri.parse(uri));
    }),
    vscode.languages.registerCodeLensProvider({ language: 'hewitt', pattern: '**/*.test.hewitt' }, lenses),
    vscode.commands.registerCommand('hewitt.runTest', (uri: vscode.Uri, name?: string) => runUri(uri, name)),
  ];
  for (const document of vscode.workspace.textDocuments) if (isTestUri(document.uri)) refresh(document.uri, document.getText());

  return {
    outcomes: () => outcomes,
    run: runUri,
    discover,
    dispose: () => {
      for (const d of disposables) d.dispose();
    },
  };
}

function* gather(collection: vscode.TestItemCollection): Iterable<vscode.TestItem> {
  const items: vscode.TestItem[] = [];
  collection.forEach((item) => items.push(item));
  yield* items;
}
