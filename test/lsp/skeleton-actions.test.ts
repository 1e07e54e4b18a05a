// The code actions that add a category for an unclassified value, over the real protocol, on a
// copy of the samples: offered on a classification's header once the file is evaluated, each the
// same edit as the preview's "Add category" button.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, Position, TextEdit } from 'vscode-languageserver-protocol';
import { LineIndex } from '../../server/src/core/text/line-index';
import { skeletonRequest } from '../../server/src/lsp/explore-protocol';
import { previewRequest } from '../../server/src/lsp/protocol';
import { buildServer, startSession, tempWorkspace, uriOf, type Session } from './support';

let session: Session;
let untrusted: Session;
let root: string;
let text: string;
let uri: string;

beforeAll(async () => {
  await buildServer();
  root = tempWorkspace({}, true);
  text = readFileSync(join(root, 'prevention.hewitt'), 'utf8');
  uri = uriOf(root, 'prevention.hewitt');
  session = await startSession({ pull: true, root });
  untrusted = await startSession({ pull: true, root, initializationOptions: { trusted: false } });
});

afterAll(async () => {
  await session.stop();
  await untrusted.stop();
});

/** The position `shift` characters into the first `marker` of the sample. */
function at(marker: string, shift = 0): Position {
  const offset = text.indexOf(marker);
  expect(offset).toBeGreaterThanOrEqual(0);
  const { line, character } = new LineIndex(text).position(offset + shift);
  return { line, character };
}

async function actionsAt(s: Session, position: Position, only?: string[]): Promise<CodeAction[]> {
  const context = { diagnostics: [], ...(only === undefined ? {} : { only }) };
  return (await s.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: { start: position, end: position }, context })) as CodeAction[];
}

const refactors = (actions: readonly CodeAction[]): CodeAction[] => actions.filter((a) => a.kind === 'refactor');

describe('the category offers on a classification', () => {
  it('offers the largest unclassified values, each inserting the button\'s skeleton with one edit', async () => {
    // The preview evaluates the file: the offers need an evaluation.
    await session.connection.sendRequest(previewRequest, { uri });
    const offers = refactors(await actionsAt(session, at('classification prevention', 'classification pre'.length)));
    expect(offers.length).toBeGreaterThan(1);
    expect(offers.length).toBeLessThanOrEqual(5);
    expect(offers[0]?.title).toBe('Add a category for programme = "ACUTE"');
    // Only the columns the classification tests: programme and cost_centre.
    for (const offer of offers) expect(offer.title).toMatch(/^Add a category for (programme|cost_centre) = "[^"]+"$/);
    const edits = offers[0]?.edit?.changes?.[uri] as TextEdit[];
    expect(edits).toHaveLength(1);
    const button = await session.connection.sendRequest(skeletonRequest, { uri, classification: 'prevention', column: 'programme', value: 'ACUTE' });
    expect(button !== null && 'edit' in button ? button.edit.changes?.[uri] : undefined).toEqual(edits);
    expect(edits[0]?.newText).toContain('category acute "ACUTE" {');
    expect(edits[0]?.newText).toContain('when programme = "ACUTE"');
    expect(offers.map((o) => o.title)).toMatchInlineSnapshot(`
      [
        "Add a category for programme = "ACUTE"",
        "Add a category for programme = "MH"",
        "Add a category for cost_centre = "ACU-ELEC"",
        "Add a category for cost_centre = "ACU-NEL"",
        "Add a category for cost_centre = "ACU-OP"",
      ]
    `);
  });

  it('is offered on the whole header, and asked for as a refactoring', async () => {
    await session.connection.sendRequest(previewRequest, { uri });
    expect(refactors(await actionsAt(session, at('classification prevention')))).not.toHaveLength(0);
    expect(refactors(await actionsAt(session, at('on ledger {', 'on led'.length)))).not.toHaveLength(0);
    expect(refactors(await actionsAt(session, at('classification prevention'), ['refactor']))).not.toHaveLength(0);
    expect(await actionsAt(session, at('classification prevention'), ['quickfix'])).toEqual([]);
  });

  it('offers nothing inside the classification, on other declarations, or without an evaluation', async () => {
    await session.connection.sendRequest(previewRequest, { uri });
    expect(refactors(await actionsAt(session, at('category screening')))).toEqual([]);
    expect(refactors(await actionsAt(session, at('measure prevention_share')))).toEqual([]);
    expect(refactors(await actionsAt(untrusted, at('classification prevention')))).toEqual([]);
  });
});
