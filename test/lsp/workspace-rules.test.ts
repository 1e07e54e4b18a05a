// Workspace-wide rules through the server judge the whole workspace, as `hewitt check` on the
// folder does: with more files than the server checks at once at start-up, and after an edit
// that moves a finding to another file.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { runCli } from '../../server/src/cli/run';
import { BASE } from '../rules/prelude';
import { buildServer, startSession, tempWorkspace, uriOf, type Session } from './support';

const RULE = 'hewitt/national-priorities-limit';

const national = (name: string): string =>
  `target ${name} "${name}" {\n  measure: spend\n  baseline: 2023/24\n  horizon: 2025/26\n  change: at least +£1\n  scope: national\n}\n`;

/** 40 files with one national target each (t01 … t40), all importing base.hewitt. */
const FILES: Record<string, string> = { 'base.hewitt': BASE };
for (let i = 1; i <= 40; i++) {
  const name = `t${String(i).padStart(2, '0')}`;
  FILES[`${name}.hewitt`] = `import "base.hewitt"\n\n${national(name)}`;
}

async function cliFindings(root: string): Promise<string[]> {
  let stdout = '';
  await runCli(['check', '.', '--format', 'json'], { stdout: (t) => void (stdout += t), stderr: () => undefined, cwd: root, env: {}, isTTY: false });
  const report = JSON.parse(stdout) as { files: { path: string; diagnostics: { code: string }[] }[] };
  return report.files.filter((f) => f.diagnostics.some((d) => d.code === RULE)).map((f) => f.path);
}

const hasRule = (list: readonly Diagnostic[]): boolean => list.some((d) => d.code === RULE);

let session: Session;
let root: string;

beforeAll(async () => {
  await buildServer();
  root = tempWorkspace(FILES);
  session = await startSession({ pull: false, root });
});

afterAll(async () => {
  await session.stop();
});

describe('workspace rules in the server', () => {
  it('after indexing, report the eleventh national target where hewitt check does', async () => {
    expect(await cliFindings(root)).toEqual(['t11.hewitt']);
    // Published as the files are indexed, then again once every file is known.
    const found = await session.diagnostics(uriOf(root, 't11.hewitt'), (list) => list.some((d) => d.code === RULE && d.message.includes(' of 40 ')));
    expect(found.find((d) => d.code === RULE)?.message).toMatch(/^Target `t11` is national target 11 of 40 in the workspace/);
    expect(hasRule(await session.diagnostics(uriOf(root, 't25.hewitt')))).toBe(false);
  });

  it('move the finding to the next file when an edit removes an earlier national target', async () => {
    const uri = uriOf(root, 't01.hewitt');
    await session.open('t01.hewitt', FILES['t01.hewitt'], 1);
    await session.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ text: FILES['t01.hewitt'].replace('scope: national', 'scope: system') }],
    });
    const moved = await session.diagnostics(uriOf(root, 't12.hewitt'), hasRule);
    expect(moved.find((d) => d.code === RULE)?.message).toMatch(/^Target `t12` is national target 11 of 39 in the workspace/);
    expect(hasRule(await session.diagnostics(uriOf(root, 't11.hewitt'), (list) => !hasRule(list)))).toBe(false);
  });
});

describe('workspace rules with pulled diagnostics', () => {
  it('ask the client to pull again when an edit moves a finding to another file', async () => {
    const pullRoot = tempWorkspace(FILES);
    const pulling = await startSession({ pull: true, root: pullRoot });
    try {
      const pullOf = async (path: string) =>
        (await pulling.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: uriOf(pullRoot, path) } })) as { items: Diagnostic[] };
      await pulling.refreshes(1); // indexing done
      expect(hasRule((await pullOf('t11.hewitt')).items)).toBe(true);
      const uri = uriOf(pullRoot, 't01.hewitt');
      await pulling.open('t01.hewitt', FILES['t01.hewitt'], 1);
      await pulling.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: 2 },
        contentChanges: [{ text: FILES['t01.hewitt'].replace('scope: national', 'scope: system') }],
      });
      await pullOf('t01.hewitt');
      await pulling.refreshes(2);
      expect(hasRule((await pullOf('t12.hewitt')).items)).toBe(true);
      expect(hasRule((await pullOf('t11.hewitt')).items)).toBe(false);
    } finally {
      await pulling.stop();
    }
  });
});
