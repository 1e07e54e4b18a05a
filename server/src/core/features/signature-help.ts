// Signature help inside an aggregate's parentheses: `sum(column where condition)`. Works on the
// text, so it helps while the call is still unfinished and does not parse.

import type { SemanticModel } from '../semantics/model';
import type { AggregateFn } from '../syntax/ast';
import { AGGREGATE_FUNCTIONS } from '../syntax/keywords';
import type { SignatureHelp } from './types';

const WHERE = { label: 'where condition', documentation: 'Optional: only the rows where the condition holds, e.g. `where prevention` or `where recurrent = no`.' };

export function aggregateSignature(fn: AggregateFn): Omit<SignatureHelp, 'activeParameter'> {
  switch (fn) {
    case 'count':
      return { label: 'count(where condition)', documentation: 'The number of rows (member rows as they are; weights do not apply).', parameters: [WHERE] };
    case 'sum':
      return {
        label: 'sum(column where condition)',
        documentation: 'The total of a money or number column. `where` a classification applies its category weights.',
        parameters: [{ label: 'column', documentation: 'A money or number column of the dataset in `from`.' }, WHERE],
      };
    case 'mean':
      return {
        label: 'mean(column where condition)',
        documentation: 'The average of a money, number or percent column.',
        parameters: [{ label: 'column', documentation: 'A money, number or percent column of the dataset in `from`.' }, WHERE],
      };
    case 'min':
    case 'max':
      return {
        label: `${fn}(column where condition)`,
        documentation: `The ${fn === 'min' ? 'smallest' : 'largest'} value of an ordered column.`,
        parameters: [{ label: 'column', documentation: 'A number, money, percent, fiscal year or date column.' }, WHERE],
      };
  }
}

const FUNCTIONS: ReadonlySet<string> = new Set(AGGREGATE_FUNCTIONS);

/** The aggregate whose open parenthesis encloses the offset: its name and the `(` offset. */
export function enclosingCall(text: string, offset: number): { fn: AggregateFn; open: number } | undefined {
  let depth = 0;
  const from = Math.min(Math.max(0, offset), text.length) - 1;
  for (let i = from; i >= 0 && i > from - 2000; i--) {
    const ch = text[i];
    if (ch === ')') depth++;
    else if (ch === '(') {
      if (depth === 0) {
        const word = /([A-Za-z_][A-Za-z0-9_]*)\s*$/.exec(text.slice(Math.max(0, i - 40), i))?.[1];
        return word !== undefined && FUNCTIONS.has(word) ? { fn: word as AggregateFn, open: i } : undefined;
      }
      depth--;
    } else if (ch === '{' || ch === '}') return undefined;
  }
  return undefined;
}

export function signatureHelpAt(model: SemanticModel, path: string, offset: number): SignatureHelp | undefined {
  const text = model.files.get(path)?.text;
  if (text === undefined) return undefined;
  const call = enclosingCall(text, offset);
  if (call === undefined) return undefined;
  const signature = aggregateSignature(call.fn);
  const typed = text.slice(call.open + 1, offset);
  const active = call.fn === 'count' || /\bwhere\b/.test(typed) ? signature.parameters.length - 1 : 0;
  return { ...signature, activeParameter: active };
}
