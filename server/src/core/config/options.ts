// Reading one rule option from the configuration file: its JSON value checked against the
// option's type and minimum. Money is written in pounds (`50000`) or as a text (`"£50k"`) and
// held in pence.

import type { Node } from 'jsonc-parser/lib/esm/main.js';
import { readMoney } from '../syntax/literals';
import type { OptionSpec, OptionValue } from '../rules/meta';

export type OptionRead = { readonly ok: true; readonly value: OptionValue } | { readonly ok: false; readonly problem: string };

/** Reads `node` as the value of `spec` for the rule `ruleId`; a problem names the option and says what is expected. */
export function readOption(ruleId: string, spec: OptionSpec, node: Node): OptionRead {
  const read = readByType(spec, node);
  if (!read.ok) return { ok: false, problem: `The option \`${spec.name}\` of rule \`${ruleId}\` ${read.problem}` };
  if (spec.minimum !== undefined && belowMinimum(read.value, spec.minimum)) {
    return {
      ok: false,
      problem: `The option \`${spec.name}\` of rule \`${ruleId}\` must be at least ${showMinimum(spec)}.`,
    };
  }
  return read;
}

function readByType(spec: OptionSpec, node: Node): OptionRead {
  switch (spec.type) {
    case 'number':
      return node.type === 'number' ? { ok: true, value: node.value as number } : wrong('a number', node);
    case 'integer':
      return node.type === 'number' && Number.isInteger(node.value) ? { ok: true, value: node.value as number } : wrong('a whole number', node);
    case 'boolean':
      return node.type === 'boolean' ? { ok: true, value: node.value as boolean } : wrong('true or false', node);
    case 'string':
      return node.type === 'string' ? { ok: true, value: node.value as string } : wrong('a text in quotes', node);
    case 'money':
      return readMoneyOption(node);
  }
}

function readMoneyOption(node: Node): OptionRead {
  const expected = 'an amount of money: a number of pounds such as 50000, or a text such as "£50k"';
  if (node.type === 'number') {
    const pounds = node.value as number;
    const pence = Math.round(pounds * 100);
    if (!Number.isFinite(pounds) || Math.abs(pounds * 100 - pence) > 1e-6) {
      return { ok: false, problem: `has a fraction of a penny; money is counted in whole pence.` };
    }
    return { ok: true, value: BigInt(pence) };
  }
  if (node.type === 'string') {
    const raw = String(node.value).trim();
    const read = readMoney(raw.startsWith('£') ? raw : `£${raw}`);
    return read.ok ? { ok: true, value: read.value } : { ok: false, problem: `must be ${expected}, not "${raw}".` };
  }
  return wrong(expected, node);
}

function wrong(expected: string, node: Node): OptionRead {
  return { ok: false, problem: `must be ${expected}, not ${describe(node)}.` };
}

function describe(node: Node): string {
  switch (node.type) {
    case 'object':
      return 'an object';
    case 'array':
      return 'a list';
    case 'property':
      return 'a property';
    case 'string':
      return `the text "${String(node.value)}"`;
    case 'number':
      return `the number ${String(node.value)}`;
    case 'boolean':
      return String(node.value);
    case 'null':
      return 'null';
  }
}

function belowMinimum(value: OptionValue, minimum: number): boolean {
  if (typeof value === 'bigint') return value < BigInt(Math.ceil(minimum));
  if (typeof value === 'number') return value < minimum;
  return false;
}

/** The minimum as the user writes it: pounds for money. */
function showMinimum(spec: OptionSpec): string {
  if (spec.type !== 'money' || spec.minimum === undefined) return String(spec.minimum);
  return `£${formatPounds(BigInt(Math.ceil(spec.minimum)))}`;
}

/** Pence → `1,250` or `12.50`. */
export function formatPounds(pence: bigint): string {
  const negative = pence < 0n;
  const abs = negative ? -pence : pence;
  const pounds = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const rest = abs % 100n;
  return `${negative ? '-' : ''}${pounds}${rest === 0n ? '' : `.${rest.toString().padStart(2, '0')}`}`;
}
