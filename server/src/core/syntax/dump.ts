// A readable, indented dump of the syntax tree, used by the parser's golden tests and handy when
// debugging. Every node shows its kind and its span as `[start..end)`; leaves also show the source
// text they cover. Fields the tree leaves out after an error are simply not shown.
//
//   (Measure [0..52)
//     name: (Name [8..13) `share`)
//     member: (From [16..27)
//       dataset: (Name [21..27) `ledger`)))

import type { Comment, Declaration, Expr, Member, Name, PropertyValue, SourceFile, Span } from './ast';

/** A node of the dump: a head line and labelled children. */
interface Row {
  readonly head: string;
  readonly children: readonly (readonly [string, Row])[];
}

type Child = readonly [string, Row | undefined];

function row(head: string, ...children: Child[]): Row {
  return { head, children: children.filter((c): c is readonly [string, Row] => c[1] !== undefined) };
}

function spanText(span: Span): string {
  return `[${span.start}..${span.end})`;
}

function shown(text: string): string {
  return `\`${text.replace(/\r/g, '\\r').replace(/\n/g, '\\n')}\``;
}

/** Dumps `file`, whose spans point into `text`. */
export function dumpTree(file: SourceFile, text: string): string {
  const source = (span: Span): string => shown(text.slice(span.start, span.end));
  const leaf = (kind: string, span: Span, extra = ''): Row => row(`${kind} ${spanText(span)} ${source(span)}${extra}`);
  const name = (n: Name | undefined): Row | undefined => (n ? leaf('Name', n.span) : undefined);
  const doc = (d: string | undefined): Row | undefined => (d === undefined ? undefined : row(`Doc ${JSON.stringify(d)}`));

  function expr(e: Expr | undefined): Row | undefined {
    if (!e) return undefined;
    const head = `${e.kind} ${spanText(e.span)}`;
    switch (e.kind) {
      case 'Number':
      case 'Percent':
      case 'Pp':
        return leaf(e.kind, e.span, ` = ${e.value}`);
      case 'Money':
        return leaf(e.kind, e.span, ` = ${e.pence}p`);
      case 'FiscalYear':
        return leaf(e.kind, e.span, ` = ${e.startYear}..${e.endYear}`);
      case 'Text':
        return leaf(e.kind, e.span, ` = ${JSON.stringify(e.value)}`);
      case 'Bool':
        return leaf(e.kind, e.span, ` = ${e.value}`);
      case 'Code':
        return leaf(e.kind, e.span);
      case 'Reference':
        return e.parts.length === 1 ? leaf(e.kind, e.span) : row(head, ...e.parts.map((p): Child => ['part', name(p)]));
      case 'Binary':
        return row(`${head} ${e.op}`, ['left', expr(e.left)], ['right', expr(e.right)]);
      case 'Unary':
        return row(`${head} ${e.op}`, ['operand', expr(e.operand)]);
      case 'Paren':
        return row(head, ['inner', expr(e.inner)]);
      case 'Comparison':
        return row(`${head} ${e.op}`, ['left', expr(e.left)], ['right', expr(e.right)]);
      case 'InList':
        return row(`${head}${e.negated ? ' not in' : ' in'}`, ['subject', expr(e.subject)], ['list', expr(e.list)]);
      case 'StartsWith':
        return row(head, ['subject', expr(e.subject)], ['prefix', expr(e.prefix)]);
      case 'Aggregate':
        return row(`${head} ${e.fn} fn${spanText(e.fnSpan)}`, ['argument', expr(e.argument)], ['where', expr(e.where)]);
      case 'List':
        return row(head, ...e.items.map((item): Child => ['item', expr(item)]));
    }
  }

  function value(v: PropertyValue | undefined): Row | undefined {
    if (!v) return undefined;
    switch (v.kind) {
      case 'Range':
        return row(`Range ${spanText(v.span)} ${v.separator}`, ['from', expr(v.from)], ['to', expr(v.to)]);
      case 'Change':
        return row(
          `Change ${spanText(v.span)} ${v.direction}${v.relative ? ` relative${spanText(v.relative)}` : ''}`,
          ['amount', expr(v.amount)],
        );
      default:
        return expr(v);
    }
  }

  function member(m: Member): Row {
    const head = `${m.kind} ${spanText(m.span)}`;
    switch (m.kind) {
      case 'Property':
        return row(`${head} key=${JSON.stringify(m.key)}${spanText(m.keySpan)}`, ['value', value(m.value)]);
      case 'Columns':
        return row(
          head,
          ...m.columns.map((c): Child => ['column', row(`Column ${spanText(c.span)}`, ['doc', doc(c.doc)], ['name', name(c.name)], ['type', name(c.type)])]),
        );
      case 'Category':
        return row(
          `${head}${m.bodySpan ? ` body${spanText(m.bodySpan)}` : ''}`,
          ['doc', doc(m.doc)],
          ['name', name(m.name)],
          ['title', expr(m.title)],
          ...m.members.map((x): Child => ['member', member(x)]),
        );
      case 'From':
        return row(head, ['dataset', name(m.dataset)]);
      case 'By':
        return row(head, ...m.columns.map((c): Child => ['column', name(c)]));
      case 'Stratify':
        return row(head, ['column', name(m.column)]);
      case 'When':
      case 'Exclude':
        return row(head, ['condition', expr(m.condition)]);
    }
  }

  function declaration(d: Declaration): Row {
    const head = `${d.kind} ${spanText(d.span)}`;
    switch (d.kind) {
      case 'Import':
        return row(head, ['doc', doc(d.doc)], ['path', expr(d.path)]);
      case 'Dataset':
      case 'Classification':
      case 'Measure':
      case 'Target':
      case 'Metric':
      case 'Funding':
        return row(
          `${head}${d.bodySpan ? ` body${spanText(d.bodySpan)}` : ''}`,
          ['doc', doc(d.doc)],
          ['name', name(d.name)],
          ['title', expr(d.title)],
          ['on', d.kind === 'Classification' ? name(d.dataset) : undefined],
          ...d.members.map((m): Child => ['member', member(m)]),
        );
    }
  }

  const comment = (c: Comment): Row => leaf(`Comment ${c.style}`, c.span);
  const root = row(
    `SourceFile ${spanText(file.span)}`,
    ...file.declarations.map((d): Child => ['declaration', declaration(d)]),
    ...file.comments.map((c): Child => ['comment', comment(c)]),
  );
  return render(root, '', '') + '\n';
}

function render(node: Row, indent: string, label: string): string {
  const open = `${indent}${label}(${node.head}`;
  if (node.children.length === 0) return `${open})`;
  const inner = node.children.map(([l, child]) => render(child, `${indent}  `, `${l}: `));
  return `${open}\n${inner.join('\n')})`;
}
