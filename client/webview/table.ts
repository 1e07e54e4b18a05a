// Accessible tables for the preview: a caption, column headers with scope, the first cell of a
// row a row header. A row whose name can be revealed gets a button that opens the declaration.

import { h, type VElement, type VNode } from './vnode';

export interface Column {
  readonly title: string;
  /** Numbers are right-aligned. */
  readonly numeric?: boolean;
}

export type Cell = string | VNode;

export function table(caption: string, columns: readonly Column[], rows: readonly (readonly Cell[])[]): VElement {
  return h('table', {}, [
    h('caption', {}, [caption]),
    h('thead', {}, [h('tr', {}, columns.map((column) => h('th', { scope: 'col', class: column.numeric === true ? 'num' : '' }, [column.title])))]),
    h(
      'tbody',
      {},
      rows.map((cells) =>
        h(
          'tr',
          {},
          cells.map((cell, index) => {
            const attrs = { class: columns[index]?.numeric === true ? 'num' : '' };
            return index === 0 ? h('th', { ...attrs, scope: 'row' }, [cell]) : h('td', attrs, [cell]);
          }),
        ),
      ),
    ),
  ]);
}

/** A button that reveals a declaration by name in the editor. */
export function revealButton(label: string, name: string): VElement {
  return h('button', { type: 'button', class: 'link', title: `Go to ${name}` }, [label], { kind: 'post', message: { kind: 'reveal-declaration', name } });
}

/** A button that reveals a place in a rule file. */
export function locationButton(label: string, path: string, line: number, character: number): VElement {
  return h('button', { type: 'button', class: 'link', title: `Go to ${path}:${line + 1}:${character + 1}` }, [label], {
    kind: 'post',
    message: { kind: 'reveal-location', path, line, character },
  });
}
