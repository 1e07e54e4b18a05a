// The running server under a storm of edits and requests from a seeded generator: incremental
// edits with good and bad ranges (past a line's end, past the document's end, negative, reversed,
// splitting a surrogate pair), random text (keywords, braces, quotes, emoji, NUL), whole-text
// replacements and versions out of order, with requests at good and bad positions in between.
// The server must stay up, answer every request (a result or an error response) and, once the
// text is reset, answer a normal hover correctly. Deterministic: same seed, same messages.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorCodes, ResponseError, type Position, type Range, type TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { PREVIEW_METHOD } from '../../server/src/lsp/protocol';
import { buildServer, ROOT, startSession, tempWorkspace, uriOf, type Session } from './support';

const SEED = 0x4e48_5321;
const STEPS = 600;
/** Requests are awaited in batches of at most this many, so the storm stays bounded. */
const BATCH = 24;
const PATH = 'prevention.hewitt';
const ORIGINAL = readFileSync(join(ROOT, 'samples', PATH), 'utf8');

/** A small seeded generator (mulberry32): the same seed gives the same run. */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (low: number, high: number): number => low + Math.floor(next() * (high - low + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)];
  return { next, int, pick, chance: (p: number) => next() < p };
}

type Random = ReturnType<typeof generator>;

const PIECES = [
  'measure', 'classification', 'category', 'target', 'metric', 'funding', 'dataset', 'import', 'when', 'where', 'from',
  'by', 'and', 'or', 'not', 'in', 'starts with', 'exclude', 'sum(', 'count(', ')', '{', '}', '[', ']', '"', '"ICB', "'",
  '//', '///', '\n', '\r\n', '\r', ' ', '  ', '\t', ':', ',', '.', '..', '£', '£4.2m', '50%', '+1pp', '2023/24', 'HC.6.2',
  '😀', '👩‍⚕️', '\u0000', '\uFEFF', '\u2028', 'ledger', 'prevention', 'amount', 'programme', 'yes', 'no', '-', '1e309',
  'hewitt-disable-next-line', '\\', '"\\"', 'é', '日本',
];

function randomText(r: Random): string {
  if (r.chance(0.2)) {
    // A slice of the sample: near-valid structure in the wrong place.
    const start = r.int(0, ORIGINAL.length);
    return ORIGINAL.slice(start, start + r.int(1, 240));
  }
  const parts: string[] = [];
  const count = r.int(0, 6);
  for (let i = 0; i < count; i++) parts.push(r.pick(PIECES));
  return parts.join(r.chance(0.5) ? ' ' : '');
}

function validPosition(r: Random, doc: TextDocument): Position {
  return doc.positionAt(r.int(0, doc.getText().length));
}

/** A position that is valid, past a line's end, past the document's end, negative or huge. */
function anyPosition(r: Random, doc: TextDocument): Position {
  const valid = validPosition(r, doc);
  switch (r.int(0, 6)) {
    case 0:
      return { line: valid.line, character: valid.character + r.int(1, 500) };
    case 1:
      return { line: doc.lineCount + r.int(0, 50), character: r.int(0, 40) };
    case 2:
      return { line: -r.int(1, 5), character: r.int(-5, 5) };
    case 3:
      return { line: valid.line, character: -r.int(1, 10) };
    case 4:
      return { line: r.pick([2 ** 31 - 1, Number.MAX_SAFE_INTEGER]), character: 2 ** 31 - 1 };
    default:
      return valid;
  }
}

/** A position inside a surrogate pair of the text, when it has one. */
function splitPair(doc: TextDocument): Position | undefined {
  const match = /[\uD800-\uDBFF][\uDC00-\uDFFF]/.exec(doc.getText());
  return match === null ? undefined : doc.positionAt(match.index + 1);
}

function randomChange(r: Random, doc: TextDocument): TextDocumentContentChangeEvent {
  const kind = r.int(0, 9);
  if (kind === 0) return { text: r.pick([ORIGINAL, '', randomText(r), ORIGINAL.replace(/ledger/g, '\u0000'), ORIGINAL.slice(0, r.int(0, ORIGINAL.length))]) };
  let range: Range;
  if (kind <= 4) {
    const a = validPosition(r, doc);
    const b = validPosition(r, doc);
    range = doc.offsetAt(a) <= doc.offsetAt(b) ? { start: a, end: b } : { start: b, end: a };
    if (r.chance(0.7)) range = { start: range.start, end: doc.positionAt(doc.offsetAt(range.start) + r.int(0, 8)) };
  } else if (kind === 5) {
    const inside = splitPair(doc);
    const at = inside ?? validPosition(r, doc);
    range = r.chance(0.5) ? { start: at, end: at } : { start: validPosition(r, doc), end: at };
  } else if (kind === 6) {
    const a = validPosition(r, doc);
    const b = validPosition(r, doc);
    range = { start: doc.offsetAt(a) >= doc.offsetAt(b) ? a : b, end: doc.offsetAt(a) >= doc.offsetAt(b) ? b : a };
  } else {
    range = { start: anyPosition(r, doc), end: anyPosition(r, doc) };
  }
  return { range, text: randomText(r) };
}

interface Sent {
  readonly method: string;
  readonly answer: Promise<unknown>;
}

function randomRequest(r: Random, session: Session, doc: TextDocument, uri: string): Sent {
  const textDocument = { uri: r.chance(0.05) ? uriOf(session.root, 'missing.hewitt') : uri };
  const position = r.chance(0.03) ? undefined : anyPosition(r, doc);
  const range = { start: anyPosition(r, doc), end: anyPosition(r, doc) };
  const send = (method: string, params: object): Sent => {
    const answer = session.connection.sendRequest(method, params);
    answer.catch(() => undefined); // looked at when the batch is settled
    return { method, answer };
  };
  switch (r.int(0, 14)) {
    case 0:
      return send('textDocument/completion', { textDocument, position });
    case 1:
      return send('textDocument/hover', { textDocument, position });
    case 2:
      return send('textDocument/documentSymbol', { textDocument });
    case 3:
      return send('textDocument/semanticTokens/full', { textDocument });
    case 4:
      return send('textDocument/formatting', { textDocument, options: { tabSize: r.int(0, 8), insertSpaces: r.chance(0.5) } });
    case 5:
      return send('textDocument/codeLens', { textDocument });
    case 6:
      return send('textDocument/codeAction', { textDocument, range, context: { diagnostics: [] } });
    case 7:
      return send(PREVIEW_METHOD, { uri: textDocument.uri });
    case 8:
      return send('textDocument/diagnostic', { textDocument });
    case 9:
      return send('textDocument/definition', { textDocument, position });
    case 10:
      return send('textDocument/signatureHelp', { textDocument, position });
    case 11:
      return send('textDocument/inlayHint', { textDocument, range });
    case 12:
      return send('textDocument/rangeFormatting', { textDocument, range, options: { tabSize: 2, insertSpaces: true } });
    case 13:
      return send('textDocument/prepareRename', { textDocument, position });
    default:
      return send('textDocument/foldingRange', { textDocument });
  }
}

/** What one request came back with: a result, or an error response with its code. */
type Outcome = { readonly kind: 'result'; readonly method: string; readonly value: unknown } | { readonly kind: 'error'; readonly method: string; readonly code: number; readonly message: string };

async function settle(sent: readonly Sent[], exited: Promise<never>): Promise<Outcome[]> {
  const settled = await Promise.race([Promise.allSettled(sent.map((s) => s.answer)), exited]);
  return settled.map((s, i): Outcome => {
    const method = sent[i].method;
    if (s.status === 'fulfilled') return { kind: 'result', method, value: s.value };
    const error = s.reason as unknown;
    if (!(error instanceof ResponseError)) throw new Error(`${method}: not an error response: ${String(error)}`);
    return { kind: 'error', method, code: error.code, message: error.message };
  });
}

let session: Session;
let uri: string;
let exitCode: number | null | undefined;

beforeAll(async () => {
  await buildServer();
  const root = tempWorkspace({}, true);
  session = await startSession({ pull: true, root });
  session.child.once('exit', (code) => (exitCode = code));
  uri = uriOf(root, PATH);
  await session.open(PATH, ORIGINAL, 1);
});

afterAll(async () => {
  if (exitCode === undefined) await session.stop();
});

describe('the server under random edits and requests', () => {
  it('stays up, answers every request, and is correct once the text is reset', async () => {
    const exited = new Promise<never>((_, reject) => session.child.once('exit', (code) => reject(new Error(`the server exited with ${code}`))));
    exited.catch(() => undefined);
    const r = generator(SEED);
    let doc = TextDocument.create(uri, 'hewitt', 1, ORIGINAL);
    let version = 1;
    let pending: Sent[] = [];
    const outcomes: Outcome[] = [];

    for (let step = 0; step < STEPS; step++) {
      if (r.chance(0.6)) {
        const changes = Array.from({ length: r.chance(0.2) ? r.int(2, 4) : 1 }, () => {
          const change = randomChange(r, doc);
          doc = TextDocument.update(doc, [change], doc.version);
          return change;
        });
        version = r.chance(0.1) ? r.int(-3, version) : version + 1;
        doc = TextDocument.create(uri, 'hewitt', version, doc.getText());
        await session.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
      } else {
        pending.push(randomRequest(r, session, doc, uri));
      }
      if (pending.length >= BATCH) {
        outcomes.push(...(await settle(pending, exited)));
        pending = [];
      }
    }
    outcomes.push(...(await settle(pending, exited)));

    expect(outcomes.length).toBeGreaterThan(100);
    // A failure inside the server (an internal error) comes only from a request with no position
    // at all; any text and any position is user input, answered with a result or a refusal.
    const unexpected = outcomes.filter((o) => o.kind === 'error' && o.code === ErrorCodes.InternalError && !o.message.includes('position is missing'));
    expect(unexpected).toEqual([]);
    for (const o of outcomes) {
      if (o.kind === 'result' && o.method === 'textDocument/semanticTokens/full') {
        const data = (o.value as { data: number[] }).data;
        expect(data.length % 5).toBe(0);
        expect(data.every((n) => Number.isInteger(n) && n >= 0)).toBe(true);
      }
    }

    // A full-text reset, then a normal request answers as on a fresh start.
    await session.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: version + 1000 }, contentChanges: [{ text: ORIGINAL }] });
    const offset = ORIGINAL.indexOf('on ledger') + 3;
    const hover = (await Promise.race([
      session.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: TextDocument.create(uri, 'hewitt', 0, ORIGINAL).positionAt(offset) }),
      exited,
    ])) as { contents: { value: string } } | null;
    expect(hover?.contents.value).toContain('ICB programme spend');
    expect(exitCode).toBeUndefined();
    expect(session.child.exitCode).toBeNull();
  });
});
