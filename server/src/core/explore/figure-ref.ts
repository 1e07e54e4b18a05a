// A figure named on the command line or by the preview: `NAME`, `NAME[column = value, …]`, and
// for a classification `NAME.category[…]` (or `NAME.unclassified`, `NAME.excluded`). Values may
// be quoted ("North East", with \" and \\ inside); unquoted values are trimmed.

export interface KeyPart {
  readonly column: string;
  readonly value: string;
}

export interface FigureRef {
  readonly name: string;
  /** After a dot: a category (or `unclassified`, `excluded`) of a classification. */
  readonly part?: string;
  readonly key: readonly KeyPart[];
}

export type FigureRefParse = { readonly kind: 'ok'; readonly ref: FigureRef } | { readonly kind: 'error'; readonly message: string };

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*/;

export function parseFigureRef(input: string): FigureRefParse {
  const text = input.trim();
  const error = (message: string): FigureRefParse => ({ kind: 'error', message: `${message} (write NAME or NAME[column = value, …], e.g. prevention_share[icb = QHM, year = 2023/24])` });
  const head = IDENT.exec(text);
  if (head === null) return error(`'${input}' does not start with a declaration name`);
  let at = head[0].length;
  let part: string | undefined;
  if (text[at] === '.') {
    const sub = IDENT.exec(text.slice(at + 1));
    if (sub === null) return error(`a category name must follow '${head[0]}.'`);
    part = sub[0];
    at += 1 + sub[0].length;
  }
  const rest = text.slice(at).trim();
  if (rest === '') return { kind: 'ok', ref: { name: head[0], ...(part ? { part } : {}), key: [] } };
  if (!rest.startsWith('[') || !rest.endsWith(']')) return error(`unexpected '${rest}' after '${text.slice(0, at)}'`);
  const key = parseKey(rest.slice(1, -1));
  if (typeof key === 'string') return error(key);
  return { kind: 'ok', ref: { name: head[0], ...(part ? { part } : {}), key } };
}

/** `a = 1, b = "x, y"` as parts, or a message. */
function parseKey(body: string): KeyPart[] | string {
  const parts: KeyPart[] = [];
  let i = 0;
  const skip = (): void => {
    while (i < body.length && /\s/.test(body[i])) i++;
  };
  skip();
  if (i === body.length) return parts;
  while (i < body.length) {
    skip();
    const column = IDENT.exec(body.slice(i));
    if (column === null) return `a column name is expected at '${body.slice(i)}'`;
    i += column[0].length;
    skip();
    if (body[i] !== '=') return `'=' is expected after '${column[0]}'`;
    i++;
    skip();
    let value = '';
    if (body[i] === '"') {
      i++;
      let closed = false;
      while (i < body.length) {
        const c = body[i++];
        if (c === '\\' && i < body.length) value += body[i++];
        else if (c === '"') {
          closed = true;
          break;
        } else value += c;
      }
      if (!closed) return `the quoted value of '${column[0]}' is not closed`;
      skip();
    } else {
      const start = i;
      while (i < body.length && body[i] !== ',') i++;
      value = body.slice(start, i).trim();
    }
    if (parts.some((p) => p.column === column[0])) return `column '${column[0]}' is given twice`;
    parts.push({ column: column[0], value });
    if (i < body.length && body[i] !== ',') return `',' or ']' is expected at '${body.slice(i)}'`;
    i++;
  }
  return parts;
}

/** A figure written back as text, values quoted when they need it. */
export function figureText(ref: FigureRef): string {
  const name = ref.part === undefined ? ref.name : `${ref.name}.${ref.part}`;
  if (ref.key.length === 0) return name;
  const quote = (v: string): string => (/^[^\s",\]\\][^",\]\\]*$/.test(v) && v.trim() === v ? v : `"${v.replace(/["\\]/g, (c) => `\\${c}`)}"`);
  return `${name}[${ref.key.map((k) => `${k.column} = ${quote(k.value)}`).join(', ')}]`;
}
