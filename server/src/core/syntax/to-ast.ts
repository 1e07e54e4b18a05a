// CST → AST. Every accessor is optional: after a syntax error, parts are missing and are left
// out, never invented. Each node's span covers its children.

import type { CstNode, IToken } from 'chevrotain';
import type * as A from './ast';
import { diagnostic, type Diagnostic } from '../diagnostics';
import { cover, nodeOf, nodesOf, spanOf, tokenOf, tokenSpan, tokensOf } from './cst';
import { toExpr, toName, toText } from './to-ast-expr';
import { Colon, Word } from './tokens';

export interface AstContext {
  readonly docs: ReadonlyMap<number, string>;
  readonly diagnostics: Diagnostic[];
}

const MEMBER_HINT = 'a property such as `source: "data.csv"` or a clause such as `from`, `by`, `when` or `category`';

export function toDeclaration(node: CstNode, ctx: AstContext): A.Declaration | undefined {
  const importNode = nodeOf(node, 'importDecl');
  if (importNode) return toImport(importNode, ctx);
  const block = nodeOf(node, 'blockDecl');
  return block ? toBlockDecl(block, ctx) : undefined;
}

function withDoc(ctx: AstContext, token: IToken | undefined): { doc?: string } {
  const doc = token ? ctx.docs.get(token.startOffset) : undefined;
  return doc === undefined ? {} : { doc };
}

function toImport(node: CstNode, ctx: AstContext): A.ImportDecl | undefined {
  const keyword = tokenOf(node, 'keyword');
  if (!keyword) return undefined;
  const path = toText(tokenOf(node, 'path'));
  const span = cover(tokenSpan(keyword), path?.span) ?? tokenSpan(keyword);
  return { kind: 'Import', span, ...withDoc(ctx, keyword), ...(path ? { path } : {}) };
}

interface Body {
  readonly members: A.Member[];
  readonly bodySpan?: A.Span;
}

function toBody(node: CstNode | undefined, ctx: AstContext): Body {
  if (!node) return { members: [] };
  const members: A.Member[] = [];
  const memberNodes = nodesOf(node, 'member');
  // Tokens that fit no member come in runs; one message per run and line is enough.
  let runLine: number | undefined;
  memberNodes.forEach((memberNode, index) => {
    const stray = tokenOf(memberNode, 'stray');
    if (!stray) {
      runLine = undefined;
      const member = toMember(memberNode, ctx);
      if (member) members.push(member);
      return;
    }
    const line = stray.startLine ?? 0;
    if (runLine === line) return;
    const run = [stray];
    for (let i = index + 1; i < memberNodes.length; i++) {
      const next = memberNodes[i];
      const token = next ? tokenOf(next, 'stray') : undefined;
      if (!token) break;
      run.push(token);
      if (token.startLine !== line) break;
    }
    const message = strayMessage(run);
    ctx.diagnostics.push(diagnostic('syntax', 'error', message.text, message.span));
    runLine = message.endLine;
  });
  const open = tokenOf(node, 'open');
  const close = tokenOf(node, 'close');
  const bodySpan = open ? cover(tokenSpan(open), ...members.map((m) => m.span), spanOf(close)) : undefined;
  return bodySpan ? { members, bodySpan } : { members };
}

function isWord(token: IToken): boolean {
  return token.tokenType.CATEGORIES?.includes(Word) === true;
}

interface StrayMessage {
  readonly text: string;
  readonly span: A.Span;
  /** The last line the message accounts for. */
  readonly endLine: number | undefined;
}

/**
 * What to say about tokens that start no member: `run` is the first of them, then the ones after
 * it on its line, then at most one from a later line. Words followed by a value on their line
 * are a property missing its `:`; words followed by a `:` on the next line, one split in two.
 */
function strayMessage(run: readonly IToken[]): StrayMessage {
  const first = run[0] as IToken;
  const line = first.startLine;
  let words = 0;
  while (words < run.length && isWord(run[words] as IToken) && run[words]?.startLine === line) words++;
  const after = run[words];
  const key = run.slice(0, words).map((t) => t.image).join(' ');
  const keySpan = cover(...run.slice(0, words).map(tokenSpan)) ?? tokenSpan(first);
  if (words > 0 && after && after.startLine === line && after.tokenType !== Colon) {
    return {
      text: `Expected \`:\` after \`${shortImage(key)}\`, as in \`${shortImage(key)}: …\`, but found \`${shortImage(after.image)}\`.`,
      span: keySpan,
      endLine: line,
    };
  }
  if (words > 0 && after?.tokenType === Colon) {
    return {
      text: `Expected \`:\` on the same line as \`${shortImage(key)}\`: a property's name and its \`:\` are written on one line.`,
      span: keySpan,
      endLine: after.startLine,
    };
  }
  return { text: `Expected ${MEMBER_HINT}, but found \`${shortImage(first.image)}\`.`, span: tokenSpan(first), endLine: line };
}

function missing(ctx: AstContext, message: string, span: A.Span): void {
  ctx.diagnostics.push(diagnostic('syntax', 'error', message, span));
}

function shortImage(image: string): string {
  return image.length > 30 ? `${image.slice(0, 29)}…` : image;
}

function toBlockDecl(node: CstNode, ctx: AstContext): A.NamedDeclaration | undefined {
  const keyword = tokenOf(node, 'keyword');
  if (!keyword) return undefined;
  const name = toName(tokenOf(node, 'name'));
  const title = toText(tokenOf(node, 'title'));
  const on = tokenOf(node, 'on');
  const dataset = toName(tokenOf(node, 'dataset'));
  const body = toBody(nodeOf(node, 'body'), ctx);
  const span =
    cover(tokenSpan(keyword), name?.span, title?.span, spanOf(on), dataset?.span, body.bodySpan, ...body.members.map((m) => m.span)) ??
    tokenSpan(keyword);
  const base = {
    span,
    ...withDoc(ctx, keyword),
    ...(name ? { name } : {}),
    ...(title ? { title } : {}),
    members: body.members,
    ...(body.bodySpan ? { bodySpan: body.bodySpan } : {}),
  };
  if (on && keyword.image !== 'classification') {
    ctx.diagnostics.push(
      diagnostic(
        'syntax',
        'error',
        `Only a classification names its dataset with \`on\`; a ${keyword.image} takes its dataset from \`from\` inside its body.`,
        tokenSpan(on),
      ),
    );
  }
  switch (keyword.image) {
    case 'dataset':
      return { kind: 'Dataset', ...base };
    case 'classification':
      return { kind: 'Classification', ...base, ...(dataset ? { dataset } : {}) };
    case 'measure':
      return { kind: 'Measure', ...base };
    case 'target':
      return { kind: 'Target', ...base };
    case 'metric':
      return { kind: 'Metric', ...base };
    case 'funding':
      return { kind: 'Funding', ...base };
    default:
      return undefined;
  }
}

function toMember(node: CstNode, ctx: AstContext): A.Member | undefined {
  const child = Object.values(node.children)[0]?.[0];
  if (!child || 'tokenType' in child) return undefined;
  switch (child.name) {
    case 'property':
      return toProperty(child);
    case 'columnsBlock':
      return toColumns(child, ctx);
    case 'category':
      return toCategory(child, ctx);
    case 'fromClause': {
      const keyword = tokenOf(child, 'keyword');
      const dataset = toName(tokenOf(child, 'name'));
      if (keyword && !dataset) missing(ctx, 'Expected the name of a dataset after `from`, as in `from ledger`.', tokenSpan(keyword));
      const span = cover(spanOf(keyword), dataset?.span);
      return span ? { kind: 'From', span, ...(dataset ? { dataset } : {}) } : undefined;
    }
    case 'byClause': {
      const keyword = tokenOf(child, 'keyword');
      const columns = tokensOf(child, 'name').map((t) => toName(t)).filter((n): n is A.Name => n !== undefined);
      if (keyword && columns.length === 0) missing(ctx, 'Expected one or more column names after `by`, as in `by icb, year`.', tokenSpan(keyword));
      const span = cover(spanOf(keyword), ...columns.map((c) => c.span));
      return span ? { kind: 'By', span, columns } : undefined;
    }
    case 'stratifyClause': {
      const column = toName(tokenOf(child, 'name'));
      const by = tokenOf(child, 'by');
      const keyword = tokenOf(child, 'keyword');
      if (keyword && (!by || !column)) {
        const where = cover(tokenSpan(keyword), spanOf(by)) ?? tokenSpan(keyword);
        missing(ctx, `Expected ${by ? 'a column name' : '`by` and a column name'} after \`${by ? 'stratify by' : 'stratify'}\`, as in \`stratify by imd_quintile\`.`, where);
      }
      const span = cover(spanOf(keyword), spanOf(by), column?.span);
      return span ? { kind: 'Stratify', span, ...(column ? { column } : {}) } : undefined;
    }
    case 'whenClause':
    case 'excludeClause': {
      const conditionNode = nodeOf(child, 'condition');
      const condition = conditionNode ? toExpr(conditionNode) : undefined;
      const keyword = tokenOf(child, 'keyword');
      const when = tokenOf(child, 'when');
      const exclude = child.name === 'excludeClause';
      if (keyword && exclude && !when && conditionNode) {
        missing(ctx, 'Expected `when` after `exclude`, as in `exclude when programme = "ACUTE"`.', tokenSpan(keyword));
      } else if (keyword && !conditionNode) {
        const expected = exclude && !when ? '`when` and a condition' : 'a condition';
        const after = exclude ? (when ? 'exclude when' : 'exclude') : 'when';
        const example = exclude ? '`exclude when programme = "ACUTE"`' : '`when programme = "DPP"`';
        missing(ctx, `Expected ${expected} after \`${after}\`, as in ${example}.`, cover(tokenSpan(keyword), spanOf(when)) ?? tokenSpan(keyword));
      }
      const span = cover(spanOf(keyword), spanOf(when), condition?.span);
      if (!span) return undefined;
      const kind = child.name === 'whenClause' ? 'When' : 'Exclude';
      return { kind, span, ...(condition ? { condition } : {}) };
    }
    default:
      return undefined;
  }
}

function toProperty(node: CstNode): A.Property | undefined {
  const keys = tokensOf(node, 'key');
  const keySpan = cover(...keys.map(tokenSpan));
  if (!keySpan) return undefined;
  const valueNode = nodeOf(node, 'propertyValue');
  const value = valueNode ? toPropertyValue(valueNode) : undefined;
  const span = cover(keySpan, spanOf(tokenOf(node, 'colon')), value?.span) ?? keySpan;
  return { kind: 'Property', span, key: keys.map((k) => k.image).join(' '), keySpan, ...(value ? { value } : {}) };
}

function toPropertyValue(node: CstNode): A.PropertyValue | undefined {
  const changeNode = nodeOf(node, 'change');
  if (changeNode) return toChange(changeNode);
  const fromNode = nodeOf(node, 'from');
  const from = fromNode ? toExpr(fromNode) : undefined;
  const separator = tokenOf(node, 'separator');
  if (!separator) return from;
  const toNode = nodeOf(node, 'to');
  const to = toNode ? toExpr(toNode) : undefined;
  const span = cover(from?.span, tokenSpan(separator), to?.span) ?? tokenSpan(separator);
  return {
    kind: 'Range',
    span,
    separator: separator.image === 'to' ? 'to' : '..',
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  };
}

function toChange(node: CstNode): A.ChangeValue | undefined {
  const words = tokensOf(node, 'direction');
  const direction = words.map((w) => w.image).join(' ');
  if (direction !== 'at least' && direction !== 'at most' && direction !== 'exactly') return undefined;
  const amountNode = nodeOf(node, 'amount');
  const amount = amountNode ? toExpr(amountNode) : undefined;
  const relative = spanOf(tokenOf(node, 'relative'));
  const span = cover(...words.map(tokenSpan), amount?.span, relative);
  if (!span) return undefined;
  return { kind: 'Change', span, direction, ...(amount ? { amount } : {}), ...(relative ? { relative } : {}) };
}

function toColumns(node: CstNode, ctx: AstContext): A.ColumnsBlock | undefined {
  const columns: A.ColumnDecl[] = [];
  for (const columnNode of nodesOf(node, 'columnDecl')) {
    const nameToken = tokenOf(columnNode, 'name');
    const name = toName(nameToken);
    if (!name) continue;
    const typeNode = nodeOf(columnNode, 'columnType');
    const type = typeNode ? toName(tokenOf(typeNode, 'type')) : undefined;
    const colon = tokenOf(columnNode, 'colon');
    const bad = typeNode ? tokenOf(typeNode, 'bad') : undefined;
    if (bad) {
      missing(ctx, `Expected a column type such as money or text, but found \`${shortImage(bad.image)}\`.`, tokenSpan(bad));
    } else if (!type && colon) {
      missing(ctx, `Expected a column type such as money or text after \`${name.text}:\`.`, tokenSpan(colon));
    }
    const span = cover(name.span, spanOf(colon), type?.span, spanOf(bad)) ?? name.span;
    columns.push({ kind: 'Column', span, ...withDoc(ctx, nameToken), name, ...(type ? { type } : {}) });
  }
  const span = cover(
    spanOf(tokenOf(node, 'keyword')),
    spanOf(tokenOf(node, 'open')),
    ...columns.map((c) => c.span),
    spanOf(tokenOf(node, 'close')),
  );
  return span ? { kind: 'Columns', span, columns } : undefined;
}

function toCategory(node: CstNode, ctx: AstContext): A.CategoryDecl | undefined {
  const keyword = tokenOf(node, 'keyword');
  if (!keyword) return undefined;
  const name = toName(tokenOf(node, 'name'));
  if (!name) missing(ctx, 'Expected a name after `category`, as in `category screening "Early disease detection" { … }`.', tokenSpan(keyword));
  const title = toText(tokenOf(node, 'title'));
  const body = toBody(nodeOf(node, 'body'), ctx);
  const span =
    cover(tokenSpan(keyword), name?.span, title?.span, body.bodySpan, ...body.members.map((m) => m.span)) ?? tokenSpan(keyword);
  return {
    kind: 'Category',
    span,
    ...withDoc(ctx, keyword),
    ...(name ? { name } : {}),
    ...(title ? { title } : {}),
    members: body.members,
    ...(body.bodySpan ? { bodySpan: body.bodySpan } : {}),
  };
}

