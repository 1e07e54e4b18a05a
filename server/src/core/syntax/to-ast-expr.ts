// CST → AST for expressions and literals.

import type { CstNode, IToken } from 'chevrotain';
import type * as A from './ast';
import { cover, nodeOf, nodesOf, spanOf, tokenOf, tokenSpan, tokensOf } from './cst';
import { readFiscalYear, readMoney, readNumber, readPercent, readPp, readText } from './literals';

export function toName(token: IToken | undefined): A.Name | undefined {
  return token ? { kind: 'Name', text: token.image, span: tokenSpan(token) } : undefined;
}

export function toText(token: IToken | undefined): A.TextLiteral | undefined {
  if (!token || token.tokenType.name !== 'Text') return undefined;
  return { kind: 'Text', span: tokenSpan(token), raw: token.image, value: readText(token.image).value };
}

type BinaryRule = 'expression' | 'andExpr' | 'additive' | 'multiplicative';

/** Any expression-level CST node to an expression. */
export function toExpr(node: CstNode): A.Expr | undefined {
  switch (node.name) {
    case 'expression':
    case 'andExpr':
    case 'additive':
    case 'multiplicative':
      return foldBinary(node, node.name);
    case 'notExpr':
      return toNot(node);
    case 'comparison':
      return toComparison(node);
    case 'unary':
      return toUnary(node);
    case 'primary':
      return toPrimary(node);
    default:
      return undefined;
  }
}

function sub(node: CstNode, label: string): A.Expr | undefined {
  const child = nodeOf(node, label);
  return child ? toExpr(child) : undefined;
}

function foldBinary(node: CstNode, _rule: BinaryRule): A.Expr | undefined {
  const operands = nodesOf(node, 'operand');
  const operators = tokensOf(node, 'operator');
  const first = operands[0];
  let result = first ? toExpr(first) : undefined;
  for (let i = 0; i < operators.length; i++) {
    const operator = operators[i];
    if (!operator) continue;
    const rightNode = operands[i + 1];
    const right = rightNode ? toExpr(rightNode) : undefined;
    const span = cover(result?.span, tokenSpan(operator), right?.span) ?? tokenSpan(operator);
    const op = operator.image as A.BinaryOp;
    result = { kind: 'Binary', span, op, ...(result ? { left: result } : {}), ...(right ? { right } : {}) };
  }
  return result;
}

function toNot(node: CstNode): A.Expr | undefined {
  const not = tokenOf(node, 'not');
  if (!not) return sub(node, 'comparison');
  const operand = sub(node, 'operand');
  const span = cover(tokenSpan(not), operand?.span) ?? tokenSpan(not);
  return { kind: 'Unary', span, op: 'not', ...(operand ? { operand } : {}) };
}

function toComparison(node: CstNode): A.Expr | undefined {
  const left = sub(node, 'left');
  const operator = tokenOf(node, 'operator');
  if (operator) {
    const right = sub(node, 'right');
    const span = cover(left?.span, tokenSpan(operator), right?.span) ?? tokenSpan(operator);
    const op = operator.image as A.ComparisonOp;
    return { kind: 'Comparison', span, op, ...(left ? { left } : {}), ...(right ? { right } : {}) };
  }
  const inToken = tokenOf(node, 'in');
  if (inToken) {
    const not = tokenOf(node, 'not');
    const listNode = nodeOf(node, 'list');
    const list = listNode ? toList(listNode) : undefined;
    const span = cover(left?.span, spanOf(not), tokenSpan(inToken), list?.span) ?? tokenSpan(inToken);
    return { kind: 'InList', span, negated: not !== undefined, ...(left ? { subject: left } : {}), ...(list ? { list } : {}) };
  }
  const starts = tokenOf(node, 'starts');
  if (starts) {
    const prefix = sub(node, 'prefix');
    const span = cover(left?.span, tokenSpan(starts), spanOf(tokenOf(node, 'with')), prefix?.span) ?? tokenSpan(starts);
    return { kind: 'StartsWith', span, ...(left ? { subject: left } : {}), ...(prefix ? { prefix } : {}) };
  }
  return left;
}

function toUnary(node: CstNode): A.Expr | undefined {
  const sign = tokenOf(node, 'sign');
  if (!sign) return sub(node, 'primary');
  const operand = sub(node, 'operand');
  const span = cover(tokenSpan(sign), operand?.span) ?? tokenSpan(sign);
  return { kind: 'Unary', span, op: sign.image === '-' ? '-' : '+', ...(operand ? { operand } : {}) };
}

function toPrimary(node: CstNode): A.Expr | undefined {
  const child = Object.values(node.children)[0]?.[0];
  if (!child || 'tokenType' in child) return undefined;
  switch (child.name) {
    case 'aggregate':
      return toAggregate(child);
    case 'reference':
      return toReference(child);
    case 'literal':
      return toLiteral(tokenOf(child, 'value'));
    case 'paren': {
      const inner = sub(child, 'inner');
      const span = cover(spanOf(tokenOf(child, 'open')), inner?.span, spanOf(tokenOf(child, 'close')));
      return span ? { kind: 'Paren', span, ...(inner ? { inner } : {}) } : undefined;
    }
    case 'list':
      return toList(child);
    default:
      return undefined;
  }
}

function toAggregate(node: CstNode): A.Aggregate | undefined {
  const fnToken = tokenOf(node, 'fn');
  if (!fnToken) return undefined;
  const argument = sub(node, 'argument');
  const where = sub(node, 'condition');
  const span =
    cover(tokenSpan(fnToken), spanOf(tokenOf(node, 'open')), argument?.span, spanOf(tokenOf(node, 'where')), where?.span, spanOf(tokenOf(node, 'close'))) ??
    tokenSpan(fnToken);
  return {
    kind: 'Aggregate',
    span,
    fn: fnToken.image as A.AggregateFn,
    fnSpan: tokenSpan(fnToken),
    ...(argument ? { argument } : {}),
    ...(where ? { where } : {}),
  };
}

function toReference(node: CstNode): A.Reference | undefined {
  const parts = tokensOf(node, 'part')
    .map((t) => toName(t))
    .filter((n): n is A.Name => n !== undefined);
  const span = cover(...parts.map((p) => p.span));
  return span ? { kind: 'Reference', span, parts } : undefined;
}

export function toList(node: CstNode): A.ListExpr | undefined {
  const items = nodesOf(node, 'item')
    .map((n) => toExpr(n))
    .filter((e): e is A.Expr => e !== undefined);
  const span = cover(spanOf(tokenOf(node, 'open')), ...items.map((i) => i.span), spanOf(tokenOf(node, 'close')));
  return span ? { kind: 'List', span, items } : undefined;
}

/** A literal token to its node; nothing when its text cannot be read (reported by the lexer pass). */
export function toLiteral(token: IToken | undefined): A.Literal | undefined {
  if (!token) return undefined;
  const span = tokenSpan(token);
  const raw = token.image;
  switch (token.tokenType.name) {
    case 'Number': {
      const read = readNumber(raw);
      return read.ok ? { kind: 'Number', span, raw, value: read.value } : undefined;
    }
    case 'Percent': {
      const read = readPercent(raw);
      return read.ok ? { kind: 'Percent', span, raw, value: read.value } : undefined;
    }
    case 'Pp': {
      const read = readPp(raw);
      return read.ok ? { kind: 'Pp', span, raw, value: read.value } : undefined;
    }
    case 'Money': {
      const read = readMoney(raw);
      return read.ok ? { kind: 'Money', span, raw, pence: read.value } : undefined;
    }
    case 'FiscalYear': {
      const read = readFiscalYear(raw);
      return read.ok ? { kind: 'FiscalYear', span, raw, startYear: read.value.startYear, endYear: read.value.endYear } : undefined;
    }
    case 'Text':
      return toText(token);
    case 'Keyword_yes':
      return { kind: 'Bool', span, value: true };
    case 'Keyword_no':
      return { kind: 'Bool', span, value: false };
    case 'Code':
      return { kind: 'Code', span, raw };
    default:
      return undefined;
  }
}
