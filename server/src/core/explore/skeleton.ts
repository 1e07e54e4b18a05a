// A category skeleton from an unclassified value: `category <name> "<value>" { level: … when
// <column> = "<value>" }`, inserted after the classification's last category (so comments above an
// `exclude when` stay where they are). The analyst then names the level or function it really has.

import type { TextEdit } from '../edits';
import type { SemanticModel, SemanticSymbol } from '../semantics/model';
import type { ClassificationDecl } from '../syntax/ast';
import { ALL_KEYWORDS } from '../syntax/keywords';

export interface SkeletonRequest {
  readonly classification: string;
  readonly column: string;
  readonly value: string;
}

export type SkeletonOutcome =
  | { readonly kind: 'edit'; readonly path: string; readonly edit: TextEdit; readonly category: string }
  | { readonly kind: 'error'; readonly message: string };

/** The edit that adds the category; an error outcome (never a throw) when it cannot be placed. */
export function categorySkeleton(model: SemanticModel, request: SkeletonRequest): SkeletonOutcome {
  const error = (message: string): SkeletonOutcome => ({ kind: 'error', message });
  const symbol = findClassification(model, request.classification);
  if (symbol === undefined || symbol.declaration.kind !== 'Classification') return error(`there is no classification named '${request.classification}'`);
  const dataset = model.datasets.get(symbol);
  const column = dataset?.members.get(request.column);
  if (column?.kind !== 'column') return error(`classification '${symbol.name}' has no column '${request.column}' in its dataset`);
  if (column.columnType !== 'text') return error(`column '${column.name}' is not text: write a category on it by hand`);
  if (request.value === '') return error('an empty cell cannot be matched by a category: write its `when` by hand');
  const declaration = symbol.declaration as ClassificationDecl;
  const text = model.files.get(symbol.path)?.text ?? '';
  const categories = declaration.members.filter((m) => m.kind === 'Category');
  const last = categories[categories.length - 1];
  const body = declaration.bodySpan;
  if (body === undefined || text[body.end - 1] !== '}') return error(`classification '${symbol.name}' has no closing brace to add a category before`);
  const indent = last === undefined ? '  ' : indentationAt(text, last.span.start);
  const name = uniqueName(nameFor(request.value), new Set(symbol.members.keys()));
  const quoted = `"${request.value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
  const lines = [
    `${indent}category ${name} ${quoted} {`,
    `${indent}  level: primary  // primary, secondary or tertiary; or a function: HC.6.1 … HC.6.6`,
    `${indent}  when ${column.name} = ${quoted}`,
    `${indent}}`,
  ];
  if (last !== undefined) {
    const at = last.span.end;
    return { kind: 'edit', path: symbol.path, category: name, edit: { span: { start: at, end: at }, newText: `\n\n${lines.join('\n')}` } };
  }
  const at = lineStart(text, body.end - 1);
  return { kind: 'edit', path: symbol.path, category: name, edit: { span: { start: at, end: at }, newText: `${lines.join('\n')}\n` } };
}

function findClassification(model: SemanticModel, name: string): SemanticSymbol | undefined {
  for (const file of model.files.values()) {
    const found = file.symbols.get(name);
    if (found?.kind === 'classification') return found;
  }
  return undefined;
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function indentationAt(text: string, offset: number): string {
  const start = lineStart(text, offset);
  return /^[ \t]*/.exec(text.slice(start, offset))?.[0] ?? '  ';
}

/** An identifier from a cell value: `SCR-BOWEL` → `scr_bowel`, `2024 pilot` → `c_2024_pilot`. */
export function nameFor(value: string): string {
  let name = value.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
  if (name === '' || /^[0-9]/.test(name)) name = `c_${name}`.replace(/_$/, '');
  if (ALL_KEYWORDS.includes(name)) name = `${name}_category`;
  return name.slice(0, 60);
}

function uniqueName(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}_${n}`)) return `${base}_${n}`;
}
