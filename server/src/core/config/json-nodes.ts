// What the readers of hewitt.config.json share: the span of a JSON node, an object's properties in
// order, a top-level entry of a configuration's text, and how a problem is reported.

import { parseTree, type Node } from 'jsonc-parser/lib/esm/main.js';
import type { Severity } from '../diagnostics';
import type { Span } from '../syntax/ast';
import type { ConfigCode } from './codes';

export type Report = (code: ConfigCode, severity: Severity, message: string, span: Span) => void;

export function spanOf(node: Node): Span {
  return { start: node.offset, end: node.offset + node.length };
}

/** The `[key, keyNode, valueNode]` of each property of an object node, in order. */
export function properties(object: Node): [string, Node, Node | undefined][] {
  const result: [string, Node, Node | undefined][] = [];
  for (const property of object.children ?? []) {
    const [keyNode, value] = property.children ?? [];
    if (keyNode === undefined) continue;
    result.push([String(keyNode.value), keyNode, value]);
  }
  return result;
}

/** The value of a top-level entry of a configuration's text, when the text is an object that has it. */
export function topLevelEntry(text: string, key: string): Node | undefined {
  const root = parseTree(text, [], { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true });
  return root?.type === 'object' ? properties(root).find(([name]) => name === key)?.[2] : undefined;
}
