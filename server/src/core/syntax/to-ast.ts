// CST → AST. Every accessor is optional: after a syntax error, parts are missing and are left
// out, never invented. Each node's span covers its children.

import type { CstNode, IToken } from 'chevrotain';
import type * as A from './ast';
import { diagnostic, type Diagnostic } from '../diagnostics';
import { cover, nodeOf, nodesOf, spanOf, tokenOf, tokenSpan, tokensOf } from './cst';
import { toExpr, toName, toText } from './to-ast-expr';

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
  let previousStray = false;
  for (const memberNode of nodesOf(node, 'member')) {
    const stray = tokenOf(memberNode, 'stray');
    if (stray) {
      if (!previousStray) {
        ctx.diagnostics.push(
          diagnostic('syntax', 'error', `Expected ${MEMBER_HINT}, but found \`${shortImage(stray.image)}\`.`, tokenSpan(stray)),
        );
      }
      previousStray = true;
      continue;
    }
    previousStray = false;
    const member = toMember(memberNode, ctx);
    if (member) members.push(member);
  }
  const open = tokenOf(node, 'open');
  const close = tokenOf(node, 'close');
  const bodySpan = open ? cover(tokenSpan(open), ...members.map((m) => m.span), spanOf(close)) : undefined;
  return bodySpan ? { members, bodySpan } : { members };
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
      const span = cover(spanOf(keyword), dataset?.span);
      return span ? { kind: 'From', span, ...(dataset ? { dataset } : {}) } : undefined;
    }
    case 'byClause': {
      const keyword = tokenOf(child, 'keyword');
      const columns = tokensOf(child, 'name').map((t) => toName(t)).filter((n): n is A.Name => n !== undefined);
      const span = cover(spanOf(keyword), ...columns.map((c) => c.span));
      return span ? { kind: 'By', span, columns } : undefined;
    }
    case 'stratifyClause': {
      const column = toName(tokenOf(child, 'name'));
      const span = cover(spanOf(tokenOf(child, 'keyword')), spanOf(tokenOf(child, 'by')), column?.span);
      return span ? { kind: 'Stratify', span, ...(column ? { column } : {}) } : undefined;
    }
    case 'whenClause':
    case 'excludeClause': {
      const conditionNode = nodeOf(child, 'condition');
      const condition = conditionNode ? toExpr(conditionNode) : undefined;
      const span = cover(spanOf(tokenOf(child, 'keyword')), spanOf(tokenOf(child, 'when')), condition?.span);
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
    const span = cover(name.span, spanOf(tokenOf(columnNode, 'colon')), type?.span) ?? name.span;
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

