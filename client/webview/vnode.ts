// A tiny virtual tree for the preview: the view builds it from data, dom.ts turns it into DOM
// nodes with createTextNode/setAttribute (never innerHTML), and toHtml prints it (escaped) for
// tests. Keeping the view pure means it is tested without a browser.

import type { FromWebview, Group } from './model';

/** What a control does when used: post a message to the extension, or change the view's state. */
export type UiAction =
  | { readonly kind: 'post'; readonly message: FromWebview }
  | { readonly kind: 'filter'; readonly target: string }
  | { readonly kind: 'sort'; readonly target: string }
  /** Sets a key of the view's state: to `value` when given (buttons), else to the control's value (inputs, selects). */
  | { readonly kind: 'set'; readonly key: string; readonly value?: string }
  | { readonly kind: 'explore'; readonly field: 'figure' | 'group' }
  /** Shows the rows behind a figure of the results: the explorer's `choice` for one group (see figure-cell.ts). */
  | { readonly kind: 'show-rows'; readonly choice: string; readonly group: Group };

export interface VText {
  readonly kind: 'text';
  readonly text: string;
}

export interface VElement {
  readonly kind: 'element';
  readonly svg: boolean;
  readonly tag: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly VNode[];
  /** On click (buttons), on change (selects) or on input (text boxes); a control's value completes the action. */
  readonly action?: UiAction;
}

export type VNode = VText | VElement;

type Child = VNode | string | null | undefined | false;

export function h(tag: string, attrs: Record<string, string> = {}, children: readonly Child[] = [], action?: UiAction): VElement {
  return { kind: 'element', svg: false, tag, attrs, children: normalise(children), ...(action === undefined ? {} : { action }) };
}

export function s(tag: string, attrs: Record<string, string> = {}, children: readonly Child[] = []): VElement {
  return { kind: 'element', svg: true, tag, attrs, children: normalise(children) };
}

export function text(value: string): VText {
  return { kind: 'text', text: value };
}

function normalise(children: readonly Child[]): VNode[] {
  const out: VNode[] = [];
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    out.push(typeof child === 'string' ? text(child) : child);
  }
  return out;
}

/** Attributes that could run or load something are never set, whatever the view asks. */
export function isSafeAttribute(name: string): boolean {
  const lower = name.toLowerCase();
  return !lower.startsWith('on') && lower !== 'href' && lower !== 'src' && lower !== 'xlink:href' && lower !== 'style' && lower !== 'srcdoc';
}

/** The tree as escaped HTML text, for tests and snapshots. */
export function toHtml(node: VNode): string {
  if (node.kind === 'text') return escapeText(node.text);
  const attrs = Object.entries(node.attrs)
    .filter(([name]) => isSafeAttribute(name))
    .map(([name, value]) => ` ${name}="${escapeText(value)}"`)
    .join('');
  return `<${node.tag}${attrs}>${node.children.map(toHtml).join('')}</${node.tag}>`;
}

/** Every text the tree shows, in order (for tests). */
export function textOf(node: VNode): string {
  return node.kind === 'text' ? node.text : node.children.map(textOf).join(' ');
}

function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
