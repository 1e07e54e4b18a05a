// The parser's entry point: text → AST and syntax diagnostics. Never throws on user input.
//
//   lex → literal checks → split into one chunk per declaration → nesting guard per chunk
//   → Chevrotain (with recovery) per chunk → CST → AST
//
// Chunking is what keeps a broken declaration from hiding the ones after it; the nesting guard
// is what keeps 10,000 open brackets from overflowing the stack.

import type { IToken } from 'chevrotain';
import type { Declaration, SourceFile, Span } from './ast';
import { diagnostic, type Diagnostic } from '../diagnostics';
import { splitChunks } from './chunks';
import { tokenSpan } from './cst';
import { findTooDeep, NESTING_LIMIT, CHAIN_LIMIT } from './depth';
import { docsByOffset, toComments } from './docs';
import { readFiscalYear, readMoney, readNumber, readPercent, readPp, readText, type LiteralRead } from './literals';
import { setMessageContext } from './messages';
import { theParser } from './parser';
import { isReal, lex } from './tokens';
import { toDeclaration, type AstContext } from './to-ast';
import type { TestDecl } from './test-ast';
import { parseTest } from './test-parser';
import { isTestStart } from './test-start';

export interface ParseResult {
  readonly file: SourceFile;
  readonly diagnostics: readonly Diagnostic[];
}

export function parse(text: string): ParseResult {
  const diagnostics: Diagnostic[] = [];
  const lexed = lex(text);
  for (const error of lexed.errors) diagnostics.push(strayCharacter(text, error.offset, error.length));
  for (const comment of lexed.comments) checkComment(comment, diagnostics);
  for (const token of lexed.tokens) checkLiteral(token, diagnostics);

  const ctx: AstContext = { docs: docsByOffset(text, lexed.comments, lexed.tokens), diagnostics };
  const declarations: Declaration[] = [];
  const tests: TestDecl[] = [];
  const chunks = splitChunks(lexed.tokens);
  chunks.forEach((chunk, index) => {
    if (isTestStart(chunk, 0)) return void tests.push(parseTest(chunk, ctx));
    const next = chunks[index + 1]?.[0];
    const declaration = parseChunk(chunk, next ? `\`${next.image}\`` : 'the end of the file', ctx);
    if (declaration) declarations.push(declaration);
  });
  return {
    file: { kind: 'SourceFile', span: { start: 0, end: text.length }, declarations, comments: toComments(lexed.comments), ...(tests.length > 0 ? { tests } : {}) },
    diagnostics,
  };
}

function parseChunk(chunk: IToken[], after: string, ctx: AstContext): Declaration | undefined {
  const tooDeep = findTooDeep(chunk);
  if (tooDeep) {
    const message =
      tooDeep.reason === 'nesting'
        ? `This is nested more than ${NESTING_LIMIT} levels deep; split the expression into simpler parts.`
        : `This expression has more than ${CHAIN_LIMIT} operators; split it into simpler parts.`;
    ctx.diagnostics.push(diagnostic('nesting-too-deep', 'error', message, tokenSpan(tooDeep.token)));
    return undefined;
  }
  const parser = theParser();
  setMessageContext(chunk, after);
  parser.input = chunk;
  const cst = parser.declaration();
  const seen = new Set<number>();
  for (const error of parser.errors) {
    const span = errorSpan(error.token, chunk);
    if (seen.has(span.start) || followsUnclosedText(error)) continue;
    seen.add(span.start);
    ctx.diagnostics.push(diagnostic('syntax', 'error', error.message, span));
  }
  setMessageContext([], 'the end of the file');
  const before = ctx.diagnostics.length;
  const declaration = toDeclaration(cst, ctx);
  // One message per place: what the tree builder reports where the parser already has is dropped.
  const added = ctx.diagnostics.splice(before).filter((d) => d.code !== 'syntax' || !seen.has(d.span.start));
  ctx.diagnostics.push(...added);
  return declaration;
}

/** An error right after a text left open is a consequence of it, already reported. */
function followsUnclosedText(error: object): boolean {
  const previous = 'previousToken' in error ? (error.previousToken as IToken | undefined) : undefined;
  return previous !== undefined && isReal(previous) && previous.tokenType.name === 'Text' && !readText(previous.image).terminated;
}

/** Where a parse error is shown: its token, or the last real token of the chunk when the input ran out. */
function errorSpan(token: IToken, chunk: readonly IToken[]): Span {
  if (isReal(token)) return tokenSpan(token);
  const last = chunk[chunk.length - 1];
  return last ? tokenSpan(last) : { start: 0, end: 0 };
}

function strayCharacter(text: string, offset: number, length: number): Diagnostic {
  const found = text.slice(offset, offset + length);
  const shown = found.length > 20 ? `${found.slice(0, 19)}…` : found;
  return diagnostic(
    'syntax',
    'error',
    `The character${length > 1 ? 's' : ''} \`${shown}\` cannot appear here; names use letters, digits and _, and text goes in double quotes.`,
    { start: offset, end: offset + length },
  );
}

function checkComment(comment: IToken, diagnostics: Diagnostic[]): void {
  const closed = comment.image.length >= 4 && comment.image.endsWith('*/');
  if (comment.tokenType.name === 'BlockComment' && !closed) {
    diagnostics.push(diagnostic('syntax', 'error', 'This comment is never closed; end it with `*/`.', tokenSpan(comment)));
  }
}

const READERS: Readonly<Record<string, (raw: string) => LiteralRead<unknown>>> = {
  Number: readNumber,
  Percent: readPercent,
  Pp: readPp,
  Money: readMoney,
  FiscalYear: readFiscalYear,
};

function checkLiteral(token: IToken, diagnostics: Diagnostic[]): void {
  const span = tokenSpan(token);
  if (token.tokenType.name === 'Text') {
    const read = readText(token.image);
    if (!read.terminated) {
      diagnostics.push(diagnostic('invalid-literal', 'error', 'This text is never closed; end it with `"` on the same line.', span));
    } else if (read.badEscape !== undefined) {
      diagnostics.push(
        diagnostic('invalid-literal', 'error', `\`${read.badEscape}\` is not an escape; inside text only \\" and \\\\ are.`, span),
      );
    }
    return;
  }
  const reader = READERS[token.tokenType.name];
  if (!reader) return;
  const read = reader(token.image);
  if (!read.ok) diagnostics.push(diagnostic('invalid-literal', 'error', read.problem, span));
}
