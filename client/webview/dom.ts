// Turns the preview's virtual tree into DOM nodes. Text only ever goes through createTextNode and
// values only through setAttribute with a safe name, so nothing from a rule or data file can
// become markup or script.

import { isSafeAttribute, type UiAction, type VNode } from './vnode';

const SVG_NS = 'http://www.w3.org/2000/svg';

export type Dispatch = (action: UiAction, value: string) => void;

export function createNode(node: VNode, dispatch: Dispatch): Node {
  if (node.kind === 'text') return document.createTextNode(node.text);
  const element = node.svg ? document.createElementNS(SVG_NS, node.tag) : document.createElement(node.tag);
  for (const [name, value] of Object.entries(node.attrs)) {
    if (isSafeAttribute(name) && value !== '') element.setAttribute(name, value);
    else if (isSafeAttribute(name) && name === 'selected') element.setAttribute(name, '');
  }
  for (const child of node.children) element.appendChild(createNode(child, dispatch));
  const action = node.action;
  if (action !== undefined) {
    if (element instanceof HTMLSelectElement) element.addEventListener('change', () => dispatch(action, element.value));
    else if (element instanceof HTMLInputElement) element.addEventListener('input', () => dispatch(action, element.value));
    else element.addEventListener('click', () => dispatch(action, ''));
  }
  return element;
}

/** Replaces the root's content, keeping focus on the control with the same id when there is one. */
export function render(root: HTMLElement, node: VNode, dispatch: Dispatch): void {
  const focusedId = document.activeElement instanceof HTMLElement ? document.activeElement.id : '';
  root.replaceChildren(createNode(node, dispatch));
  if (focusedId === '') return;
  const focused = document.getElementById(focusedId);
  focused?.focus();
  if (focused instanceof HTMLInputElement && focused.type === 'search') focused.setSelectionRange(focused.value.length, focused.value.length);
}
