// The grammar as a Chevrotain CST parser. One instance serves every parse (reset through
// `parser.input`); its self-analysis runs once, on first use.

import { CstParser, type IToken, type TokenType } from 'chevrotain';
import { errorMessages } from './messages';
import {
  ALL_TOKENS,
  Colon,
  Comma,
  Code,
  Dot,
  DotDot,
  Equals,
  FiscalYear,
  Greater,
  GreaterEquals,
  LBracket,
  LCurly,
  LParen,
  Less,
  LessEquals,
  Minus,
  Money,
  NameToken,
  NotEquals,
  NumberLit,
  Percent,
  Plus,
  Pp,
  RBracket,
  RCurly,
  RParen,
  Slash,
  Star,
  Stray,
  Text,
  Word,
  kw,
} from './tokens';

const AGGREGATES: readonly TokenType[] = ['sum', 'count', 'mean', 'min', 'max'].map(kw);
const BLOCK_KEYWORDS: readonly TokenType[] = ['dataset', 'classification', 'measure', 'target', 'metric', 'funding'].map(kw);
const COMPARISONS: readonly TokenType[] = [Equals, NotEquals, LessEquals, GreaterEquals, Less, Greater];
const LITERALS: readonly TokenType[] = [NumberLit, Percent, Pp, Money, FiscalYear, Text, kw('yes'), kw('no'), Code];

function tokenLine(token: IToken): number {
  return token.startLine ?? 0;
}

class HewittParser extends CstParser {
  /**
   * `validate` runs Chevrotain's grammar validations (ambiguities, left recursion). They cost a
   * fifth of a cold check and can only fail on a change to this file, so the shared instance skips
   * them and a test builds one with them on.
   */
  constructor(validate = false) {
    super(ALL_TOKENS, { recoveryEnabled: true, maxLookahead: 2, errorMessageProvider: errorMessages, skipValidations: !validate });
    this.performSelfAnalysis();
  }

  /** True when the tokens from LA(at) are key words followed by `:`, all on one line. */
  private propertyAhead(at: number): boolean {
    const first = this.LA(at);
    if (!first.tokenType.CATEGORIES?.includes(Word) && first.tokenType !== Word) return false;
    const line = tokenLine(first);
    for (let i = at; ; i++) {
      const token = this.LA(i);
      if (tokenLine(token) !== line && i > at) return false;
      if (token.tokenType === Colon) return i > at;
      if (!token.tokenType.CATEGORIES?.includes(Word)) return false;
    }
  }

  public declaration = this.RULE('declaration', () => {
    this.OR([{ ALT: () => this.SUBRULE(this.importDecl) }, { ALT: () => this.SUBRULE(this.blockDecl) }]);
  });

  public importDecl = this.RULE('importDecl', () => {
    this.CONSUME(kw('import'), { LABEL: 'keyword' });
    this.CONSUME(Text, { LABEL: 'path' });
  });

  public blockDecl = this.RULE('blockDecl', () => {
    this.OR(BLOCK_KEYWORDS.map((token) => ({ ALT: () => this.CONSUME(token, { LABEL: 'keyword' }) })));
    this.CONSUME(NameToken, { LABEL: 'name' });
    this.OPTION(() => this.CONSUME(Text, { LABEL: 'title' }));
    this.OPTION2(() => {
      this.CONSUME(kw('on'), { LABEL: 'on' });
      this.CONSUME2(NameToken, { LABEL: 'dataset' });
    });
    this.SUBRULE(this.body);
  });

  public body = this.RULE('body', () => {
    this.CONSUME(LCurly, { LABEL: 'open' });
    this.MANY(() => this.SUBRULE(this.member));
    this.CONSUME(RCurly, { LABEL: 'close' });
  });

  public member = this.RULE('member', () => {
    this.OR({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        { GATE: () => this.propertyAhead(1), ALT: () => this.SUBRULE(this.property) },
        { GATE: () => this.LA(2).tokenType === LCurly, ALT: () => this.SUBRULE(this.columnsBlock) },
        { ALT: () => this.SUBRULE(this.category) },
        { ALT: () => this.SUBRULE(this.fromClause) },
        { ALT: () => this.SUBRULE(this.byClause) },
        { ALT: () => this.SUBRULE(this.stratifyClause) },
        { ALT: () => this.SUBRULE(this.whenClause) },
        { ALT: () => this.SUBRULE(this.excludeClause) },
        { ALT: () => this.CONSUME(Word, { LABEL: 'stray' }) },
        { ALT: () => this.CONSUME(Stray, { LABEL: 'stray' }) },
      ],
    });
  });

  public property = this.RULE('property', () => {
    this.AT_LEAST_ONE(() => this.CONSUME(Word, { LABEL: 'key' }));
    this.CONSUME(Colon, { LABEL: 'colon' });
    this.OPTION({
      GATE: () => {
        const next = this.LA(1);
        const colon = this.LA(0);
        return next.tokenType !== RCurly && (tokenLine(next) === tokenLine(colon) || !this.propertyAhead(1));
      },
      DEF: () => this.SUBRULE(this.propertyValue),
    });
  });

  public propertyValue = this.RULE('propertyValue', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.change) },
      {
        ALT: () => {
          this.SUBRULE(this.expression, { LABEL: 'from' });
          this.OPTION(() => {
            this.OR2([
              { ALT: () => this.CONSUME(kw('to'), { LABEL: 'separator' }) },
              { ALT: () => this.CONSUME(DotDot, { LABEL: 'separator' }) },
            ]);
            this.SUBRULE2(this.expression, { LABEL: 'to' });
          });
        },
      },
    ]);
  });

  public change = this.RULE('change', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(kw('at'), { LABEL: 'direction' });
          this.OR2([
            { ALT: () => this.CONSUME(kw('least'), { LABEL: 'direction' }) },
            { ALT: () => this.CONSUME(kw('most'), { LABEL: 'direction' }) },
          ]);
        },
      },
      { ALT: () => this.CONSUME(kw('exactly'), { LABEL: 'direction' }) },
    ]);
    this.SUBRULE(this.expression, { LABEL: 'amount' });
    this.OPTION(() => this.CONSUME(kw('relative'), { LABEL: 'relative' }));
  });

  public columnsBlock = this.RULE('columnsBlock', () => {
    this.CONSUME(kw('columns'), { LABEL: 'keyword' });
    this.CONSUME(LCurly, { LABEL: 'open' });
    this.MANY(() => this.SUBRULE(this.columnDecl));
    this.CONSUME(RCurly, { LABEL: 'close' });
  });

  // A column's type, a clause's name and a category's name are optional in the grammar so that a
  // missing one is reported by the tree builder in plain words ("Expected a column type …")
  // instead of derailing the rest of the body. None is taken from the start of the next member.

  public columnDecl = this.RULE('columnDecl', () => {
    this.CONSUME(NameToken, { LABEL: 'name' });
    this.CONSUME(Colon, { LABEL: 'colon' });
    this.OPTION({ GATE: () => this.LA(2).tokenType !== Colon, DEF: () => this.SUBRULE(this.columnType) });
  });

  public columnType = this.RULE('columnType', () => {
    this.OR([
      { ALT: () => this.CONSUME(NameToken, { LABEL: 'type' }) },
      { ALT: () => this.CONSUME(Stray, { LABEL: 'bad' }) },
    ]);
  });

  public category = this.RULE('category', () => {
    this.CONSUME(kw('category'), { LABEL: 'keyword' });
    this.OPTION(() => this.CONSUME(NameToken, { LABEL: 'name' }));
    this.OPTION2(() => this.CONSUME(Text, { LABEL: 'title' }));
    this.SUBRULE(this.body);
  });

  public fromClause = this.RULE('fromClause', () => {
    this.CONSUME(kw('from'), { LABEL: 'keyword' });
    this.OPTION({ GATE: () => !this.propertyAhead(1), DEF: () => this.CONSUME(NameToken, { LABEL: 'name' }) });
  });

  public byClause = this.RULE('byClause', () => {
    this.CONSUME(kw('by'), { LABEL: 'keyword' });
    this.OPTION({
      GATE: () => !this.propertyAhead(1),
      DEF: () => {
        this.CONSUME(NameToken, { LABEL: 'name' });
        this.MANY(() => {
          this.CONSUME(Comma);
          this.CONSUME2(NameToken, { LABEL: 'name' });
        });
      },
    });
  });

  public stratifyClause = this.RULE('stratifyClause', () => {
    this.CONSUME(kw('stratify'), { LABEL: 'keyword' });
    this.OPTION(() => this.CONSUME(kw('by'), { LABEL: 'by' }));
    this.OPTION2({ GATE: () => !this.propertyAhead(1), DEF: () => this.CONSUME(NameToken, { LABEL: 'name' }) });
  });

  public whenClause = this.RULE('whenClause', () => {
    this.CONSUME(kw('when'), { LABEL: 'keyword' });
    this.OPTION({ GATE: () => !this.propertyAhead(1), DEF: () => this.SUBRULE(this.expression, { LABEL: 'condition' }) });
  });

  public excludeClause = this.RULE('excludeClause', () => {
    this.CONSUME(kw('exclude'), { LABEL: 'keyword' });
    this.OPTION(() => this.CONSUME(kw('when'), { LABEL: 'when' }));
    this.OPTION2({ GATE: () => !this.propertyAhead(1), DEF: () => this.SUBRULE(this.expression, { LABEL: 'condition' }) });
  });

  // Expressions, loosest first.

  public expression = this.RULE('expression', () => {
    this.SUBRULE(this.andExpr, { LABEL: 'operand' });
    this.MANY(() => {
      this.CONSUME(kw('or'), { LABEL: 'operator' });
      this.SUBRULE2(this.andExpr, { LABEL: 'operand' });
    });
  });

  public andExpr = this.RULE('andExpr', () => {
    this.SUBRULE(this.notExpr, { LABEL: 'operand' });
    this.MANY(() => {
      this.CONSUME(kw('and'), { LABEL: 'operator' });
      this.SUBRULE2(this.notExpr, { LABEL: 'operand' });
    });
  });

  public notExpr = this.RULE('notExpr', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(kw('not'), { LABEL: 'not' });
          this.SUBRULE(this.notExpr, { LABEL: 'operand' });
        },
      },
      { ALT: () => this.SUBRULE(this.comparison, { LABEL: 'comparison' }) },
    ]);
  });

  public comparison = this.RULE('comparison', () => {
    this.SUBRULE(this.additive, { LABEL: 'left' });
    this.OPTION(() => {
      this.OR([
        {
          ALT: () => {
            this.OR2(COMPARISONS.map((token) => ({ ALT: () => this.CONSUME(token, { LABEL: 'operator' }) })));
            this.SUBRULE2(this.additive, { LABEL: 'right' });
          },
        },
        {
          ALT: () => {
            this.OPTION2(() => this.CONSUME(kw('not'), { LABEL: 'not' }));
            this.CONSUME(kw('in'), { LABEL: 'in' });
            this.SUBRULE(this.list, { LABEL: 'list' });
          },
        },
        {
          ALT: () => {
            this.CONSUME(kw('starts'), { LABEL: 'starts' });
            this.CONSUME(kw('with'), { LABEL: 'with' });
            this.SUBRULE3(this.additive, { LABEL: 'prefix' });
          },
        },
      ]);
    });
  });

  public additive = this.RULE('additive', () => {
    this.SUBRULE(this.multiplicative, { LABEL: 'operand' });
    this.MANY(() => {
      this.OR([
        { ALT: () => this.CONSUME(Plus, { LABEL: 'operator' }) },
        { ALT: () => this.CONSUME(Minus, { LABEL: 'operator' }) },
      ]);
      this.SUBRULE2(this.multiplicative, { LABEL: 'operand' });
    });
  });

  public multiplicative = this.RULE('multiplicative', () => {
    this.SUBRULE(this.unary, { LABEL: 'operand' });
    this.MANY(() => {
      this.OR([
        { ALT: () => this.CONSUME(Star, { LABEL: 'operator' }) },
        { ALT: () => this.CONSUME(Slash, { LABEL: 'operator' }) },
      ]);
      this.SUBRULE2(this.unary, { LABEL: 'operand' });
    });
  });

  public unary = this.RULE('unary', () => {
    this.OR([
      {
        ALT: () => {
          this.OR2([
            { ALT: () => this.CONSUME(Plus, { LABEL: 'sign' }) },
            { ALT: () => this.CONSUME(Minus, { LABEL: 'sign' }) },
          ]);
          this.SUBRULE(this.unary, { LABEL: 'operand' });
        },
      },
      { ALT: () => this.SUBRULE(this.primary, { LABEL: 'primary' }) },
    ]);
  });

  public primary = this.RULE('primary', () => {
    this.OR({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        { GATE: () => this.LA(2).tokenType === LParen, ALT: () => this.SUBRULE(this.aggregate) },
        { ALT: () => this.SUBRULE(this.reference) },
        { ALT: () => this.SUBRULE(this.literal) },
        { ALT: () => this.SUBRULE(this.paren) },
        { ALT: () => this.SUBRULE(this.list) },
      ],
    });
  });

  public aggregate = this.RULE('aggregate', () => {
    this.OR(AGGREGATES.map((token) => ({ ALT: () => this.CONSUME(token, { LABEL: 'fn' }) })));
    this.CONSUME(LParen, { LABEL: 'open' });
    this.OPTION(() => this.SUBRULE(this.expression, { LABEL: 'argument' }));
    this.OPTION2(() => {
      this.CONSUME(kw('where'), { LABEL: 'where' });
      this.SUBRULE2(this.expression, { LABEL: 'condition' });
    });
    this.CONSUME(RParen, { LABEL: 'close' });
  });

  public reference = this.RULE('reference', () => {
    this.CONSUME(NameToken, { LABEL: 'part' });
    this.MANY(() => {
      this.CONSUME(Dot);
      this.CONSUME2(NameToken, { LABEL: 'part' });
    });
  });

  public literal = this.RULE('literal', () => {
    this.OR(LITERALS.map((token) => ({ ALT: () => this.CONSUME(token, { LABEL: 'value' }) })));
  });

  public paren = this.RULE('paren', () => {
    this.CONSUME(LParen, { LABEL: 'open' });
    this.SUBRULE(this.expression, { LABEL: 'inner' });
    this.CONSUME(RParen, { LABEL: 'close' });
  });

  public list = this.RULE('list', () => {
    this.CONSUME(LBracket, { LABEL: 'open' });
    this.OPTION(() => {
      this.SUBRULE(this.expression, { LABEL: 'item' });
      this.MANY(() => {
        this.CONSUME(Comma);
        this.SUBRULE2(this.expression, { LABEL: 'item' });
      });
    });
    this.CONSUME(RBracket, { LABEL: 'close' });
  });

  /** The next token not yet consumed (EOF when the input is used up). */
  public peek(): IToken {
    return this.LA(1);
  }
}

let instance: HewittParser | undefined;

/** The shared parser, built on first use. */
export function theParser(): HewittParser {
  instance ??= new HewittParser();
  return instance;
}

/** A fresh parser with the grammar validations on: throws when the grammar has a definition error. */
export function validatedParser(): HewittParser {
  return new HewittParser(true);
}

export type { HewittParser };
