// Syntax error messages in words a policy analyst understands: tokens are described, not named,
// and a missing `}` says which body it closes.

import { EOF, type IParserErrorMessageProvider, type IToken, type TokenType } from 'chevrotain';
import { DECLARATION_KEYWORDS } from './keywords';

/** The tokens of the chunk being parsed, so that messages can name the enclosing body. */
interface MessageContext {
  tokens: readonly IToken[];
  /** What follows the chunk: "the end of the file" or "`measure`" (the next declaration). */
  after: string;
}

const context: MessageContext = { tokens: [], after: 'the end of the file' };

export function setMessageContext(tokens: readonly IToken[], after: string): void {
  context.tokens = tokens;
  context.after = after;
}

const EXPECTED: Readonly<Record<string, string>> = {
  Identifier: 'a name',
  NameToken: 'a name',
  Word: 'a word',
  Text: 'a text in double quotes',
  Money: 'an amount of money like £250k',
  FiscalYear: 'a fiscal year like 2023/24',
  Pp: 'percentage points like 1pp',
  Percent: 'a percent like 40%',
  Number: 'a number',
  Code: 'a function code like HC.6.2',
  LCurly: '`{`',
  RCurly: '`}`',
  LParen: '`(`',
  RParen: '`)`',
  LBracket: '`[`',
  RBracket: '`]`',
  Colon: '`:`',
  Comma: '`,`',
  DotDot: '`..`',
  Dot: '`.`',
  NotEquals: '`!=`',
  LessEquals: '`<=`',
  GreaterEquals: '`>=`',
  Less: '`<`',
  Greater: '`>`',
  Equals: '`=`',
  Plus: '`+`',
  Minus: '`-`',
  Star: '`*`',
  Slash: '`/`',
};

/** What a token type stands for, as in "Expected a name". */
export function describeExpected(type: TokenType): string {
  if (type === EOF) return 'the end of the file';
  if (type.name.startsWith('Keyword_')) return `\`${type.name.slice('Keyword_'.length)}\``;
  return EXPECTED[type.name] ?? `\`${type.name}\``;
}

function shorten(image: string): string {
  const line = image.split(/\r?\n/)[0] ?? '';
  return line.length > 30 ? `${line.slice(0, 29)}…` : line;
}

/** The token as found, as in "but found `{`". */
export function describeFound(token: IToken | undefined): string {
  if (!token || token.tokenType === EOF || !Number.isFinite(token.startOffset)) return context.after;
  return `\`${shorten(token.image)}\``;
}

const BODY_OWNERS = new Set<string>([...DECLARATION_KEYWORDS, 'category', 'columns']);

/** "the dataset `ledger` body", for the innermost `{` still open before `offset`. */
export function enclosingBody(offset: number): string | undefined {
  const open: number[] = [];
  const tokens = context.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token || !(token.startOffset < offset)) break;
    if (token.tokenType.name === 'LCurly') open.push(i);
    else if (token.tokenType.name === 'RCurly') open.pop();
  }
  const at = open[open.length - 1];
  if (at === undefined) return undefined;
  for (let i = at - 1; i >= 0 && i >= at - 6; i--) {
    const token = tokens[i];
    if (!token) break;
    const word = token.tokenType.name.startsWith('Keyword_') ? token.image : undefined;
    if (word !== undefined && BODY_OWNERS.has(word)) {
      if (word === 'columns') return 'the `columns` block';
      const name = tokens[i + 1];
      return name && i + 1 < at && /^[A-Za-z_]/.test(name.image) ? `the ${word} \`${name.image}\` body` : `the ${word} body`;
    }
  }
  return undefined;
}

function offsetOf(token: IToken | undefined): number {
  return token && Number.isFinite(token.startOffset) ? token.startOffset : Number.POSITIVE_INFINITY;
}

function prev(token: IToken | undefined): string | undefined {
  return token && Number.isFinite(token.startOffset) && token.image ? `\`${shorten(token.image)}\`` : undefined;
}

const VALUE = 'a value such as a number, a name, a text in double quotes or an expression in brackets';

const RULE_EXPECTATIONS: Readonly<Record<string, string>> = {
  declaration: 'a declaration: import, dataset, classification, measure, target, metric or funding',
  blockDecl: 'a declaration: dataset, classification, measure, target, metric or funding',
  member: 'a property such as `source: "data.csv"` or a clause such as `from`, `by`, `when` or `category`',
  columnType: 'a column type such as money or text',
  change: '`at least`, `at most` or `exactly` followed by an amount',
  aggregate: 'an aggregate such as sum, count, mean, min or max',
};

/** What follows a word that always introduces the same thing. */
const AFTER_WORD: Readonly<Record<string, string>> = {
  where: 'a condition such as `recurrent = no` or a classification name',
  when: 'a condition such as `programme = "DPP"`',
  at: '`least` or `most`',
  least: 'an amount such as +1pp or -2%',
  most: 'an amount such as +1pp or -2%',
  exactly: 'an amount such as +1pp or -2%',
};

function expectationOfRule(ruleName: string, previous: IToken | undefined): string {
  const word = previous && Number.isFinite(previous.startOffset) ? AFTER_WORD[previous.image] : undefined;
  return word ?? RULE_EXPECTATIONS[ruleName] ?? VALUE;
}

function mismatch(expected: TokenType, actual: IToken, previous: IToken, ruleName: string): string {
  const found = describeFound(actual);
  const after = prev(previous);
  if (ruleName === 'columnType') return `Expected a column type such as money or text, but found ${found}.`;
  switch (expected.name) {
    case 'RCurly': {
      const body = enclosingBody(offsetOf(actual));
      const hint = body === 'the `columns` block' && actual.tokenType.name === 'Comma' ? '; write one column a line, without commas' : '';
      return body ? `Expected \`}\` to close ${body}, but found ${found}${hint}.` : `Expected \`}\`, but found ${found}.`;
    }
    case 'LCurly': {
      return after ? `Expected \`{\` to start the body after ${after}, but found ${found}.` : `Expected \`{\`, but found ${found}.`;
    }
    case 'NameToken':
      if (ruleName === 'columnDecl') return `Expected a column name, but found ${found}.`;
      if (previous?.image === 'on') return `Expected the name of a dataset after \`on\`, as in \`on ledger\`, but found ${found}.`;
      return after ? `Expected a name after ${after}, but found ${found}.` : `Expected a name, but found ${found}.`;
    case 'Text':
      if (ruleName === 'importDecl') return `Expected the path of the file to import, in double quotes, after \`import\`, but found ${found}.`;
      break;
    case 'Colon':
      if (ruleName === 'columnDecl' && after) return `Expected \`:\` and a column type after the column ${after}, but found ${found}.`;
      break;
    case 'RParen':
      return `Expected \`)\` to close the bracket, but found ${found}.`;
    case 'LBracket':
      if (ruleName === 'list' && after) return `Expected a list in square brackets after ${after}, as in \`in ["IMMS", "FLU"]\`, but found ${found}.`;
      break;
    case 'RBracket':
      return `Expected \`]\` to close the list, but found ${found}.`;
    default:
      break;
  }
  return after
    ? `Expected ${describeExpected(expected)} after ${after}, but found ${found}.`
    : `Expected ${describeExpected(expected)}, but found ${found}.`;
}

export const errorMessages: IParserErrorMessageProvider = {
  buildMismatchTokenMessage({ expected, actual, previous, ruleName }) {
    return mismatch(expected, actual, previous, ruleName);
  },
  buildNotAllInputParsedMessage({ firstRedundant }) {
    if (firstRedundant.tokenType.name === 'RCurly') return 'This `}` closes nothing: every `{` above it is already closed.';
    return `Expected a new declaration such as dataset or measure, but found ${describeFound(firstRedundant)}.`;
  },
  buildNoViableAltMessage({ actual, previous, ruleName }) {
    const after = prev(previous);
    const where = after ? ` after ${after}` : '';
    return `Expected ${expectationOfRule(ruleName, previous)}${where}, but found ${describeFound(actual[0])}.`;
  },
  buildEarlyExitMessage({ actual, previous, ruleName }) {
    const after = prev(previous);
    const where = after ? ` after ${after}` : '';
    return `Expected ${expectationOfRule(ruleName, previous)}${where}, but found ${describeFound(actual[0])}.`;
  },
};
