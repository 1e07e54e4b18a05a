// The parser of `test` declarations: a small hand-written parser over the lexer's tokens. A test
// body is line-shaped (a `given` table is one row per line, an `expect` is one line), which a
// line-aware reader states more plainly than the grammar of rule declarations does. Like the rest
// of the parser it never throws and never invents names or values: what it cannot read is left out
// and reported as a `syntax` diagnostic.

import type { IToken } from 'chevrotain';
import type * as A from './ast';
import type * as T from './test-ast';
import { diagnostic } from '../diagnostics';
import { cover, tokenSpan } from './cst';
import { toLiteral, toName, toText } from './to-ast-expr';
import { isNameLike } from './test-start';
import type { AstContext } from './to-ast';

const SIGNABLE = new Set(['Number', 'Percent', 'Pp', 'Money']);

class Reader {
  private at = 0;
  constructor(
    private readonly tokens: readonly IToken[],
    private readonly ctx: AstContext,
  ) {}

  peek(offset = 0): IToken | undefined {
    return this.tokens[this.at + offset];
  }
  next(): IToken | undefined {
    return this.tokens[this.at++];
  }
  done(): boolean {
    return this.at >= this.tokens.length;
  }
  /** The tokens from here to the end of the current token's line (not past a closing `}` when `stopAtBrace`). */
  restOfLine(line: number): IToken[] {
    const out: IToken[] = [];
    while (!this.done() && this.peek()!.startLine === line) out.push(this.next()!);
    return out;
  }
  error(message: string, span: A.Span): void {
    this.ctx.diagnostics.push(diagnostic('syntax', 'error', message, span));
  }
}

function is(token: IToken | undefined, name: string, image?: string): boolean {
  return token !== undefined && token.tokenType.name === name && (image === undefined || token.image === image);
}

function isWord(token: IToken | undefined, image: string): boolean {
  return token !== undefined && token.image === image && (token.tokenType.name === 'Identifier' || token.tokenType.name.startsWith('Keyword_'));
}

function show(image: string): string {
  return image.length > 30 ? `${image.slice(0, 29)}…` : image;
}

/** Parses one chunk that starts with `test`. */
export function parseTest(chunk: readonly IToken[], ctx: AstContext): T.TestDecl {
  const r = new Reader(chunk, ctx);
  const keywordToken = r.next()!;
  const keyword = tokenSpan(keywordToken);
  const name = isNameLike(r.peek()) && r.peek()!.startLine === keywordToken.startLine ? toName(r.next()) : undefined;
  const title = is(r.peek(), 'Text') ? toText(r.next()) : undefined;
  const givens: T.GivenDecl[] = [];
  const expects: T.ExpectDecl[] = [];
  let bodySpan: A.Span | undefined;
  if (!is(r.peek(), 'LCurly')) {
    const found = r.peek();
    r.error(
      `Expected \`{\` after the test's ${title ? 'title' : 'name'}, as in \`test screening_counts "Screening counts" { … }\`${found ? `, but found \`${show(found.image)}\`` : ''}.`,
      found ? tokenSpan(found) : (title?.span ?? name?.span ?? keyword),
    );
  } else {
    const open = tokenSpan(r.next()!);
    let close: A.Span | undefined;
    while (!r.done()) {
      const token = r.peek()!;
      if (is(token, 'RCurly')) {
        close = tokenSpan(r.next()!);
        break;
      }
      if (isWord(token, 'given')) givens.push(parseGiven(r));
      else if (isWord(token, 'expect')) expects.push(parseExpect(r));
      else {
        r.error(`Expected \`given\` or \`expect\` in a test, but found \`${show(token.image)}\`.`, tokenSpan(token));
        r.restOfLine(token.startLine ?? 0);
      }
    }
    if (!close) r.error('This test is never closed; end it with `}`.', open);
    bodySpan = cover(open, close, ...givens.map((g) => g.span), ...expects.map((e) => e.span));
  }
  if (!name) r.error('Expected a name after `test`, as in `test screening_counts "Screening counts" { … }`.', keyword);
  if (!r.done()) {
    const extra = r.peek()!;
    r.error(`Expected a declaration after the test, but found \`${show(extra.image)}\`.`, tokenSpan(extra));
  }
  const span = cover(keyword, name?.span, title?.span, bodySpan) ?? keyword;
  const doc = ctx.docs.get(keywordToken.startOffset);
  return {
    kind: 'Test',
    span,
    keyword,
    givens,
    expects,
    ...(doc === undefined ? {} : { doc }),
    ...(name ? { name } : {}),
    ...(title ? { title } : {}),
    ...(bodySpan ? { bodySpan } : {}),
  };
}

function parseGiven(r: Reader): T.GivenDecl {
  const keywordToken = r.next()!;
  const line = keywordToken.startLine;
  const keyword = tokenSpan(keywordToken);
  const dataset = isNameLike(r.peek()) && r.peek()!.startLine === line ? toName(r.next()) : undefined;
  if (!dataset) r.error('Expected the name of a dataset after `given`, as in `given ledger { … }` or `given qof from "qof.csv"`.', keyword);
  if (is(r.peek(), 'Keyword_from')) {
    const from = tokenSpan(r.next()!);
    const source = is(r.peek(), 'Text') && r.peek()!.startLine === line ? toText(r.next()) : undefined;
    if (!source) r.error('Expected the CSV file after `from`, as in `given qof from "fixtures/qof.csv"`.', from);
    const span = cover(keyword, dataset?.span, from, source?.span) ?? keyword;
    return { kind: 'Given', span, keyword, from, ...(dataset ? { dataset } : {}), ...(source ? { source } : {}) };
  }
  if (!is(r.peek(), 'LCurly')) {
    r.error('Expected `{` and a table, or `from "file.csv"`, after the dataset of a `given`.', dataset?.span ?? keyword);
    r.restOfLine(line ?? 0);
    return { kind: 'Given', span: cover(keyword, dataset?.span) ?? keyword, keyword, ...(dataset ? { dataset } : {}) };
  }
  const table = parseTable(r);
  const span = cover(keyword, dataset?.span, table.span) ?? keyword;
  return { kind: 'Given', span, keyword, table, ...(dataset ? { dataset } : {}) };
}

function parseTable(r: Reader): T.GivenTable {
  const open = tokenSpan(r.next()!);
  let close: A.Span | undefined;
  let header: A.Name[] | undefined;
  let headerSpan: A.Span | undefined;
  const rows: T.GivenRow[] = [];
  while (!r.done()) {
    const first = r.peek()!;
    if (is(first, 'RCurly')) {
      close = tokenSpan(r.next()!);
      break;
    }
    // A test keyword at the start of a line means the table was left open.
    if (isWord(first, 'given') || isWord(first, 'expect')) break;
    const line = r.restOfLine(first.startLine ?? 0);
    const closing = line.findIndex((t) => is(t, 'RCurly'));
    const rowTokens = closing >= 0 ? line.slice(0, closing) : line;
    const row = splitRow(r, rowTokens);
    if (row !== undefined) {
      if (header === undefined) {
        header = row.cells.flatMap((cell) => headerName(r, cell));
        headerSpan = row.span;
      } else {
        rows.push({ span: row.span, cells: row.cells.map((cell) => toValue(r, cell.tokens, cell.span)).map((v, i) => v ?? { kind: 'EmptyValue', span: row.cells[i]!.span }) });
      }
    }
    if (closing >= 0) {
      close = tokenSpan(line[closing]!);
      const after = line[closing + 1];
      if (after) r.error(`Expected the end of the line after the table's \`}\`, but found \`${show(after.image)}\`.`, tokenSpan(after));
      break;
    }
  }
  if (!close) r.error('This table is never closed; end it with `}` on its own line.', open);
  const span = cover(open, close, headerSpan, ...rows.map((row) => row.span)) ?? open;
  return { span, header: header ?? [], ...(headerSpan ? { headerSpan } : {}), rows };
}

interface RawCell {
  readonly tokens: readonly IToken[];
  /** The cell's tokens, or the space between its bars when it is empty. */
  readonly span: A.Span;
}

/** Splits one line of a table at its `|`; undefined (reported) when the line is not a row. */
function splitRow(r: Reader, tokens: readonly IToken[]): { span: A.Span; cells: RawCell[] } | undefined {
  if (tokens.length === 0) return undefined;
  const first = tokens[0]!;
  if (!is(first, 'Pipe')) {
    r.error(`Expected a table row starting with \`|\`, as in \`| icb | amount |\`, but found \`${show(first.image)}\`.`, tokenSpan(first));
    return undefined;
  }
  const cells: RawCell[] = [];
  let current: IToken[] = [];
  let barEnd = tokenSpan(first).end;
  for (const token of tokens.slice(1)) {
    if (is(token, 'Pipe')) {
      const start = tokenSpan(token).start;
      cells.push({ tokens: current, span: cover(...current.map(tokenSpan)) ?? { start: barEnd, end: start } });
      current = [];
      barEnd = tokenSpan(token).end;
    } else current.push(token);
  }
  if (current.length > 0) {
    const span = cover(...current.map(tokenSpan))!;
    r.error('Expected `|` at the end of the row.', span);
    cells.push({ tokens: current, span });
  }
  const span = cover(...tokens.map(tokenSpan))!;
  return { span, cells };
}

function headerName(r: Reader, cell: RawCell): A.Name[] {
  const [token, extra] = cell.tokens;
  if (token && !extra && isNameLike(token)) return [toName(token)!];
  r.error(
    token ? `Expected a column name in the table's first row, but found \`${show(cell.tokens.map((t) => t.image).join(' '))}\`.` : 'Expected a column name in this cell of the table\'s first row.',
    cell.span,
  );
  return [];
}

/**
 * Reads a value: a literal with an optional sign (`-£10`, `+1pp`), or a word possibly joined by
 * hyphens (`on-track`, `no-data`). Empty tokens give an empty value at `emptySpan`.
 */
function toValue(r: Reader, tokens: readonly IToken[], emptySpan: A.Span): T.TestValue | undefined {
  if (tokens.length === 0) return { kind: 'EmptyValue', span: emptySpan };
  const span = cover(...tokens.map(tokenSpan))!;
  const [first, second] = tokens;
  const signed = (is(first, 'Minus') || is(first, 'Plus')) && second !== undefined && SIGNABLE.has(second.tokenType.name);
  const literalToken = signed ? second : first;
  if (tokens.length === (signed ? 2 : 1)) {
    const literal = toLiteral(literalToken);
    if (literal) return { kind: 'LiteralValue', span, raw: tokens.map((t) => t.image).join(''), negative: signed && is(first, 'Minus'), literal };
  }
  if (isHyphenatedWord(tokens)) return { kind: 'WordValue', span, text: tokens.map((t) => t.image).join('') };
  r.error(`Expected a value such as £100, 10%, 2023/24, yes or "text", but found \`${show(tokens.map((t) => t.image).join(' '))}\`.`, span);
  return undefined;
}

function isHyphenatedWord(tokens: readonly IToken[]): boolean {
  return tokens.every((token, i) => {
    const wordSlot = i % 2 === 0;
    const word = token.tokenType.name === 'Identifier' || token.tokenType.name.startsWith('Keyword_');
    if (wordSlot ? !word : !is(token, 'Minus')) return false;
    const previous = tokens[i - 1];
    return previous === undefined || tokenSpan(previous).end === tokenSpan(token).start;
  }) && tokens.length % 2 === 1;
}

function parseExpect(r: Reader): T.ExpectDecl {
  const keywordToken = r.next()!;
  const keyword = tokenSpan(keywordToken);
  const line = r.restOfLine(keywordToken.startLine ?? 0);
  const closing = line.findIndex((t) => is(t, 'RCurly'));
  const tokens = closing >= 0 ? line.slice(0, closing) : line;
  if (closing >= 0) r.error('Expected the test\'s closing `}` on its own line.', tokenSpan(line[closing]!));
  let i = 0;
  const subject = isNameLike(tokens[0]) ? toName(tokens[i++]) : undefined;
  const keys: T.ExpectKey[] = [];
  let keysSpan: A.Span | undefined;
  if (is(tokens[i], 'LBracket')) {
    const open = tokenSpan(tokens[i++]!);
    let end = tokens.findIndex((t, k) => k >= i && is(t, 'RBracket'));
    if (end < 0) {
      r.error('Expected `]` after the keys of the expectation.', open);
      end = tokens.findIndex((t, k) => k >= i && is(t, 'Equals') && !is(tokens[k - 2], 'Comma') && !is(tokens[k - 2], 'LBracket'));
      if (end < 0) end = tokens.length;
    }
    keys.push(...parseKeys(r, tokens.slice(i, end)));
    keysSpan = cover(open, tokens[end] && is(tokens[end], 'RBracket') ? tokenSpan(tokens[end]!) : undefined, ...keys.map((k) => k.span));
    i = is(tokens[end], 'RBracket') ? end + 1 : end;
  }
  let selector: T.ExpectSelector | undefined;
  const selectorToken = tokens[i];
  if (selectorToken && !is(selectorToken, 'Equals') && isNameLike(selectorToken)) {
    const word = toName(tokens[i++])!;
    let argument: T.TestValue | undefined;
    if ((word.text === 'row' || word.text === 'stratum') && tokens[i] && !is(tokens[i], 'Equals')) argument = toValue(r, [tokens[i++]!], word.span);
    selector = { span: cover(word.span, argument?.span)!, word, ...(argument ? { argument } : {}) };
  }
  let value: T.TestValue | undefined;
  let within: A.Span | undefined;
  let tolerance: T.TestValue | undefined;
  if (!is(tokens[i], 'Equals')) {
    const found = tokens[i];
    r.error(
      `Expected \`=\` and the expected value, as in \`expect prevention_share[icb = "QE1", year = 2023/24] = 10%\`${found ? `, but found \`${show(found.image)}\`` : ''}.`,
      found ? tokenSpan(found) : (cover(keyword, subject?.span, keysSpan, selector?.span) ?? keyword),
    );
  } else {
    const equals = tokenSpan(tokens[i++]!);
    const withinAt = tokens.findIndex((t, k) => k >= i && isWord(t, 'within'));
    const valueTokens = tokens.slice(i, withinAt < 0 ? tokens.length : withinAt);
    if (valueTokens.length === 0) r.error('Expected the expected value after `=`.', equals);
    else value = toValue(r, valueTokens, equals);
    if (withinAt >= 0) {
      within = tokenSpan(tokens[withinAt]!);
      const toleranceTokens = tokens.slice(withinAt + 1);
      if (toleranceTokens.length === 0) r.error('Expected a tolerance after `within`, as in `within 0.1pp`.', within);
      else tolerance = toValue(r, toleranceTokens, within);
    }
  }
  if (!subject) r.error('Expected a measure, target, metric or classification after `expect`.', tokens[0] ? tokenSpan(tokens[0]) : keyword);
  const span = cover(keyword, ...tokens.map(tokenSpan)) ?? keyword;
  return {
    kind: 'Expect',
    span,
    keyword,
    keys,
    ...(subject ? { subject } : {}),
    ...(keysSpan ? { keysSpan } : {}),
    ...(selector ? { selector } : {}),
    ...(value ? { value } : {}),
    ...(within ? { within } : {}),
    ...(tolerance ? { tolerance } : {}),
  };
}

function parseKeys(r: Reader, tokens: readonly IToken[]): T.ExpectKey[] {
  const parts: IToken[][] = [[]];
  for (const token of tokens) {
    if (is(token, 'Comma')) parts.push([]);
    else parts[parts.length - 1]!.push(token);
  }
  const keys: T.ExpectKey[] = [];
  for (const part of parts) {
    if (part.length === 0) continue;
    const [column, equals, ...rest] = part;
    if (!isNameLike(column) || !is(equals, 'Equals') || rest.length === 0) {
      r.error('Expected a key such as `icb = "QE1"`: a column, `=` and a value.', cover(...part.map(tokenSpan))!);
      continue;
    }
    const name = toName(column)!;
    const value = toValue(r, rest, tokenSpan(equals!));
    keys.push({ span: cover(...part.map(tokenSpan))!, column: name, ...(value ? { value } : {}) });
  }
  return keys;
}
