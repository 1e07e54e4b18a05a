// Every wired feature through the running server, on a copy of the samples.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, CompletionItem, DocumentSymbol, Location, SemanticTokens, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { applyEdits } from '../../server/src/core/edits';
import { formatText } from '../../server/src/core/format';
import { LineIndex } from '../../server/src/core/text/line-index';
import { previewRequest, rulesRequest } from '../../server/src/lsp/protocol';
import { buildServer, ROOT, startSession, tempWorkspace, uriOf, type Session } from './support';

let session: Session;
let root: string;
const texts = new Map<string, string>();

function text(path: string): string {
  const known = texts.get(path);
  if (known !== undefined) return known;
  const read = readFileSync(join(root, path), 'utf8');
  texts.set(path, read);
  return read;
}

/** The position of the `nth` occurrence of `needle` in a file, plus `delta` characters. */
function at(path: string, needle: string, delta = 0, nth = 0) {
  const source = text(path);
  let offset = -1;
  for (let i = 0; i <= nth; i++) offset = source.indexOf(needle, offset + 1);
  if (offset < 0) throw new Error(`fixture: '${needle}' not in ${path}`);
  return new LineIndex(source).position(offset + delta);
}

function doc(path: string) {
  return { textDocument: { uri: uriOf(root, path) } };
}

/** Applies LSP edits to a text (through the core's offset edits). */
function applied(source: string, edits: readonly TextEdit[]): string {
  const index = new LineIndex(source);
  return applyEdits(source, edits.map((e) => ({ span: { start: index.offset(e.range.start), end: index.offset(e.range.end) }, newText: e.newText })));
}

const UNFORMATTED = readFileSync(join(ROOT, 'test/vscode/fixtures/workspace/unformatted.hewitt'), 'utf8');

beforeAll(async () => {
  await buildServer();
  root = tempWorkspace({ 'unformatted.hewitt': UNFORMATTED }, true);
  session = await startSession({ pull: true, root });
  await session.open('prevention.hewitt', text('prevention.hewitt'));
});

afterAll(async () => {
  await session.stop();
});

describe('navigation', () => {
  it('goes to a definition in an imported file', async () => {
    const found = (await session.connection.sendRequest('textDocument/definition', { ...doc('prevention.hewitt'), position: at('prevention.hewitt', 'on ledger', 3) })) as Location[];
    expect(found.map((l) => l.uri)).toEqual([uriOf(root, 'datasets.hewitt')]);
    expect(found[0].range.start).toEqual(at('datasets.hewitt', 'ledger "ICB'));
  });

  it('finds references across files, declaration included', async () => {
    const found = (await session.connection.sendRequest('textDocument/references', {
      ...doc('datasets.hewitt'),
      position: at('datasets.hewitt', 'ledger "ICB'),
      context: { includeDeclaration: true },
    })) as Location[];
    const uris = new Set(found.map((l) => l.uri));
    expect(uris.has(uriOf(root, 'datasets.hewitt'))).toBe(true);
    expect(uris.has(uriOf(root, 'prevention.hewitt'))).toBe(true);
  });

  it('highlights a name in the file', async () => {
    const found = (await session.connection.sendRequest('textDocument/documentHighlight', { ...doc('prevention.hewitt'), position: at('prevention.hewitt', 'on ledger', 3) })) as unknown[];
    expect(found.length).toBeGreaterThan(0);
  });

  it('renames a declaration in every file, and refuses a keyword', async () => {
    const position = at('datasets.hewitt', 'ledger "ICB');
    const prepared = await session.connection.sendRequest('textDocument/prepareRename', { ...doc('datasets.hewitt'), position });
    expect(prepared).toMatchObject({ placeholder: 'ledger' });
    const edit = (await session.connection.sendRequest('textDocument/rename', { ...doc('datasets.hewitt'), position, newName: 'spend_ledger' })) as WorkspaceEdit;
    expect(Object.keys(edit.changes ?? {})).toEqual(expect.arrayContaining([uriOf(root, 'datasets.hewitt'), uriOf(root, 'prevention.hewitt')]));
    expect(applied(text('prevention.hewitt'), edit.changes![uriOf(root, 'prevention.hewitt')])).toContain('on spend_ledger');
    await expect(
      session.connection.sendRequest('textDocument/rename', { ...doc('datasets.hewitt'), position, newName: 'measure' }),
    ).rejects.toMatchObject({ message: expect.any(String) });
  });
});

describe('presentation', () => {
  it('hovers a name with its title', async () => {
    const found = (await session.connection.sendRequest('textDocument/hover', { ...doc('prevention.hewitt'), position: at('prevention.hewitt', 'on ledger', 3) })) as { contents: { kind: string; value: string } };
    expect(found.contents.kind).toBe('markdown');
    expect(found.contents.value).toContain('ICB programme spend');
  });

  it('outlines declarations with their children', async () => {
    const found = (await session.connection.sendRequest('textDocument/documentSymbol', doc('datasets.hewitt'))) as DocumentSymbol[];
    const ledger = found.find((s) => s.name === 'ledger');
    expect(ledger?.children?.map((c) => c.name)).toContain('amount');
  });

  it('finds workspace symbols', async () => {
    const found = (await session.connection.sendRequest('workspace/symbol', { query: 'ledger' })) as { name: string; location: Location }[];
    expect(found.find((s) => s.name === 'ledger')?.location.uri).toBe(uriOf(root, 'datasets.hewitt'));
  });

  it('folds, expands selections, colours, hints and links', async () => {
    const folds = (await session.connection.sendRequest('textDocument/foldingRange', doc('prevention.hewitt'))) as { startLine: number; endLine: number }[];
    expect(folds.length).toBeGreaterThan(0);
    expect(folds.every((f) => f.endLine > f.startLine)).toBe(true);

    const [selection] = (await session.connection.sendRequest('textDocument/selectionRange', { ...doc('prevention.hewitt'), positions: [at('prevention.hewitt', 'on ledger', 3)] })) as { parent?: unknown }[];
    expect(selection.parent).toBeDefined();

    const tokens = (await session.connection.sendRequest('textDocument/semanticTokens/full', doc('prevention.hewitt'))) as SemanticTokens;
    expect(tokens.data.length % 5).toBe(0);
    expect(tokens.data.length).toBeGreaterThan(50);

    const whole = { start: { line: 0, character: 0 }, end: { line: 10_000, character: 0 } };
    const hints = (await session.connection.sendRequest('textDocument/inlayHint', { ...doc('gp-contract.hewitt'), range: whole })) as { label: string }[];
    expect(hints.length).toBeGreaterThan(0);

    const links = (await session.connection.sendRequest('textDocument/documentLink', doc('prevention.hewitt'))) as { target: string }[];
    expect(links.map((l) => l.target)).toContain(uriOf(root, 'datasets.hewitt'));
  });

  it('shows CodeLens above metrics', async () => {
    const found = (await session.connection.sendRequest('textDocument/codeLens', doc('gp-contract.hewitt'))) as { command: { title: string } }[];
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((lens) => lens.command.title.length > 0)).toBe(true);
  });
});

describe('editing', () => {
  it('completes declaration keywords at the top level', async () => {
    const position = { line: new LineIndex(text('prevention.hewitt')).lineCount, character: 0 };
    const found = (await session.connection.sendRequest('textDocument/completion', { ...doc('prevention.hewitt'), position })) as CompletionItem[];
    expect(found.map((item) => item.label)).toContain('measure');
  });

  it('helps with an aggregate call', async () => {
    const found = (await session.connection.sendRequest('textDocument/signatureHelp', { ...doc('gp-contract.hewitt'), position: at('gp-contract.hewitt', 'sum(', 4) })) as { signatures: { label: string }[] };
    expect(found.signatures[0].label).toContain('sum');
  });

  it('formats a document as the formatter does, and a range', async () => {
    const options = { tabSize: 2, insertSpaces: true };
    const edits = (await session.connection.sendRequest('textDocument/formatting', { ...doc('unformatted.hewitt'), options })) as TextEdit[];
    const expected = formatText(UNFORMATTED);
    expect(expected.kind).toBe('formatted');
    if (expected.kind === 'formatted') expect(applied(UNFORMATTED, edits)).toBe(expected.text);
    const whole = { start: { line: 0, character: 0 }, end: { line: 10_000, character: 0 } };
    const ranged = (await session.connection.sendRequest('textDocument/rangeFormatting', { ...doc('unformatted.hewitt'), range: whole, options })) as TextEdit[];
    expect(ranged.length).toBeGreaterThan(0);
  });

  it('offers the quick fixes a diagnostic carries, with the diagnostic attached', async () => {
    const path = 'broken/ambiguous-percent.hewitt';
    const start = at(path, 'least +1%', 6);
    const range = { start, end: { line: start.line, character: start.character + 3 } };
    const found = (await session.connection.sendRequest('textDocument/codeAction', { ...doc(path), range, context: { diagnostics: [] } })) as CodeAction[];
    expect(found.length).toBeGreaterThan(0);
    expect(found[0].kind).toBe('quickfix');
    expect(found[0].diagnostics?.[0]?.code).toBe('ambiguous-percent-change');
    const fixed = applied(text(path), found[0].edit!.changes![uriOf(root, path)]);
    expect(fixed).not.toBe(text(path));
    // Applied in the editor, the fix clears the problem.
    const uri = uriOf(root, path);
    await session.open(path, text(path), 1);
    await session.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: fixed }] });
    const report = (await session.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { kind: string; items: { code: string }[] };
    expect(report.kind).toBe('full');
    expect(report.items.map((d) => d.code)).not.toContain('ambiguous-percent-change');
  });
});

describe('semantic tokens', () => {
  it('marks keywords, declarations, references, columns, categories and units with the legend\'s types', async () => {
    const legend = session.initialized.capabilities.semanticTokensProvider!.legend;
    const tokens = (await session.connection.sendRequest('textDocument/semanticTokens/full', doc('prevention.hewitt'))) as SemanticTokens;
    const lines = text('prevention.hewitt').split('\n');
    const decoded = new Map<string, Set<string>>();
    let line = 0;
    let character = 0;
    for (let i = 0; i < tokens.data.length; i += 5) {
      const [deltaLine, deltaStart, length, type] = tokens.data.slice(i, i + 4);
      line += deltaLine;
      character = deltaLine === 0 ? character + deltaStart : deltaStart;
      const word = lines[line].slice(character, character + length);
      const types = decoded.get(word) ?? new Set<string>();
      types.add(legend.tokenTypes[type]);
      decoded.set(word, types);
    }
    expect(decoded.get('classification')?.size).toBeGreaterThan(0);
    expect(decoded.get('prevention')?.size).toBeGreaterThan(0);
    expect(decoded.get('programme')?.size).toBeGreaterThan(0);
    expect(decoded.get('screening')?.size).toBeGreaterThan(0);
    // Every token lies inside its line.
    expect([...decoded.keys()].every((word) => word.length > 0)).toBe(true);
  });
});

describe('custom requests', () => {
  it('previews a rule file as hewitt eval --format json', async () => {
    const found = await session.connection.sendRequest(previewRequest, { uri: uriOf(root, 'prevention.hewitt') });
    expect(found).toMatchObject({ uri: uriOf(root, 'prevention.hewitt'), version: 1, result: { version: 1 } });
    expect(found?.details?.titles?.prevention).toBe('Prevention spend, broad definition');
  });

  it('lists the rule catalogue', async () => {
    expect(Array.isArray(await session.connection.sendRequest(rulesRequest))).toBe(true);
  });
});
