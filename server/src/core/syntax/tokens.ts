// The lexer: token types built from the keyword list in keywords.ts, and a `lex` wrapper that
// turns the text into tokens, comments and lexical diagnostics.

import { createToken, Lexer, type IToken, type TokenType } from 'chevrotain';
import { AGGREGATE_FUNCTIONS, ALL_KEYWORDS, COLUMN_TYPES } from './keywords';

// Categories. `Word` is anything that can be part of a property key (identifiers and every
// keyword); `NameToken` is anything usable as a name (identifiers and the soft keywords);
// `Stray` is any token that can never start a member of a body.
export const Word = createToken({ name: 'Word', pattern: Lexer.NA });
export const NameToken = createToken({ name: 'NameToken', pattern: Lexer.NA });
export const Stray = createToken({ name: 'Stray', pattern: Lexer.NA });

export const WhiteSpace = createToken({ name: 'WhiteSpace', pattern: /[ \t\r\n\f\v\u00a0\ufeff\u2028\u2029]+/, group: Lexer.SKIPPED });
export const DocComment = createToken({ name: 'DocComment', pattern: /\/\/\/(?!\/)[^\r\n]*/, group: 'comments' });
export const LineComment = createToken({ name: 'LineComment', pattern: /\/\/[^\r\n]*/, group: 'comments' });
export const BlockComment = createToken({
  name: 'BlockComment',
  pattern: /\/\*(?:[^*]|\*(?!\/))*(?:\*\/)?/,
  group: 'comments',
  line_breaks: true,
});

export const Identifier = createToken({ name: 'Identifier', pattern: /[A-Za-z_][A-Za-z0-9_]*/, categories: [Word, NameToken] });

export const Text = createToken({ name: 'Text', pattern: /"(?:[^"\\\r\n]|\\[^\r\n])*"?/, categories: [Stray] });
export const Money = createToken({ name: 'Money', pattern: /£\d(?:[\d_]|,(?=\d))*(?:\.\d+)*[A-Za-z0-9_]*/, categories: [Stray] });
export const FiscalYear = createToken({ name: 'FiscalYear', pattern: /\d{4}\/(?:\d{4}|\d{2})(?![\d])/, categories: [Stray] });
export const Pp = createToken({ name: 'Pp', pattern: /\d[\d_]*(?:\.\d+)?pp(?![A-Za-z0-9_])/, categories: [Stray] });
export const Percent = createToken({ name: 'Percent', pattern: /\d[\d_]*(?:\.\d+)?%/, categories: [Stray] });
export const NumberLit = createToken({ name: 'Number', pattern: /\d[\d_]*(?:\.\d+)?/, categories: [Stray] });
export const Code = createToken({ name: 'Code', pattern: /HC(?:\.\d+)+(?![A-Za-z0-9_])/, categories: [Stray] });

const SOFT = new Set<string>([...COLUMN_TYPES, ...AGGREGATE_FUNCTIONS]);

/** One token type per keyword, keyed by the keyword. */
export const KEYWORD_TOKENS: Readonly<Record<string, TokenType>> = Object.fromEntries(
  ALL_KEYWORDS.map((word) => [
    word,
    createToken({
      name: `Keyword_${word}`,
      pattern: new RegExp(word),
      longer_alt: Identifier,
      categories: SOFT.has(word) ? [Word, NameToken] : [Word],
    }),
  ]),
);

/** The token type of a keyword; throws only on a programming error (an unknown keyword). */
export function kw(word: string): TokenType {
  const token = KEYWORD_TOKENS[word];
  if (!token) throw new Error(`not a keyword: ${word}`);
  return token;
}

export const LCurly = createToken({ name: 'LCurly', pattern: '{' });
export const RCurly = createToken({ name: 'RCurly', pattern: '}' });
export const LParen = createToken({ name: 'LParen', pattern: '(', categories: [Stray] });
export const RParen = createToken({ name: 'RParen', pattern: ')', categories: [Stray] });
export const LBracket = createToken({ name: 'LBracket', pattern: '[', categories: [Stray] });
export const RBracket = createToken({ name: 'RBracket', pattern: ']', categories: [Stray] });
export const Colon = createToken({ name: 'Colon', pattern: ':', categories: [Stray] });
export const Comma = createToken({ name: 'Comma', pattern: ',', categories: [Stray] });
export const DotDot = createToken({ name: 'DotDot', pattern: '..', categories: [Stray] });
export const Dot = createToken({ name: 'Dot', pattern: '.', categories: [Stray] });
export const NotEquals = createToken({ name: 'NotEquals', pattern: '!=', categories: [Stray] });
export const LessEquals = createToken({ name: 'LessEquals', pattern: '<=', categories: [Stray] });
export const GreaterEquals = createToken({ name: 'GreaterEquals', pattern: '>=', categories: [Stray] });
export const Less = createToken({ name: 'Less', pattern: '<', categories: [Stray] });
export const Greater = createToken({ name: 'Greater', pattern: '>', categories: [Stray] });
export const Equals = createToken({ name: 'Equals', pattern: '=', categories: [Stray] });
export const Plus = createToken({ name: 'Plus', pattern: '+', categories: [Stray] });
export const Minus = createToken({ name: 'Minus', pattern: '-', categories: [Stray] });
export const Star = createToken({ name: 'Star', pattern: '*', categories: [Stray] });
export const Slash = createToken({ name: 'Slash', pattern: '/', categories: [Stray] });
/** The column separator of a test's `given` table. */
export const Pipe = createToken({ name: 'Pipe', pattern: '|', categories: [Stray] });

export const ALL_TOKENS: TokenType[] = [
  Word,
  NameToken,
  Stray,
  WhiteSpace,
  DocComment,
  LineComment,
  BlockComment,
  Text,
  Money,
  FiscalYear,
  Pp,
  Percent,
  NumberLit,
  Code,
  ...ALL_KEYWORDS.map(kw),
  Identifier,
  LCurly,
  RCurly,
  LParen,
  RParen,
  LBracket,
  RBracket,
  Colon,
  Comma,
  DotDot,
  Dot,
  NotEquals,
  LessEquals,
  GreaterEquals,
  Less,
  Greater,
  Equals,
  Plus,
  Minus,
  Star,
  Slash,
  Pipe,
];

/** Tokens that start a top-level declaration. */
export const DECLARATION_TOKENS: ReadonlySet<TokenType> = new Set(
  ['import', 'dataset', 'classification', 'measure', 'target', 'metric', 'funding'].map(kw),
);

const lexer = new Lexer(ALL_TOKENS, { positionTracking: 'full', ensureOptimizations: false });

export interface LexError {
  readonly offset: number;
  readonly length: number;
}

export interface LexResult {
  readonly tokens: IToken[];
  readonly comments: IToken[];
  readonly errors: LexError[];
}

export function lex(text: string): LexResult {
  const result = lexer.tokenize(text);
  return {
    tokens: result.tokens,
    comments: result.groups['comments'] ?? [],
    errors: result.errors.map((e) => ({ offset: e.offset, length: Math.max(1, e.length) })),
  };
}

/** True for a token that is really in the text (not one inserted by error recovery). */
export function isReal(token: IToken | undefined): token is IToken {
  return token !== undefined && !token.isInsertedInRecovery && Number.isFinite(token.startOffset) && token.startOffset >= 0;
}
