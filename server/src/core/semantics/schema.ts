// The one table of what each kind of declaration may and must contain.
//
// A member's key is the property key (`source`, `value per point`) or the clause keyword
// (`columns`, `category`, `from`, `by`, `stratify by`, `when`, `exclude when`).

import type { Member } from '../syntax/ast';
import type { ValueType } from './types';

/** What a member's value must be. Checked by ./properties.ts and the declaration checks. */
export type ValueSpec =
  | { readonly kind: 'text' }
  | { readonly kind: 'enum'; readonly noun: string; readonly values: readonly string[] }
  | { readonly kind: 'name'; readonly noun: string }
  | { readonly kind: 'function-code' }
  | { readonly kind: 'constant'; readonly type: ValueType }
  | { readonly kind: 'reference'; readonly symbol: 'measure' | 'classification' }
  | { readonly kind: 'expression' }
  | { readonly kind: 'range'; readonly type: ValueType; readonly separator: 'to' | '..' }
  | { readonly kind: 'change' }
  | { readonly kind: 'weight' }
  | { readonly kind: 'points' }
  | { readonly kind: 'clause' };

export interface MemberSpec {
  readonly key: string;
  readonly value: ValueSpec;
  readonly required?: boolean;
  /** May be given more than once (categories, `exclude when`). */
  readonly repeatable?: boolean;
}

export type SchemaKind = 'dataset' | 'classification' | 'category' | 'measure' | 'target' | 'metric' | 'funding';

const clause: ValueSpec = { kind: 'clause' };

export const LEVELS = ['primary', 'secondary', 'tertiary'] as const;
export const FUNCTION_CODES = ['HC.6.1', 'HC.6.2', 'HC.6.3', 'HC.6.4', 'HC.6.5', 'HC.6.6'] as const;
export const SCOPES = ['national', 'system', 'place'] as const;
export const CONTRACTS = ['gms', 'pms', 'apms', 'pcn_des', 'local', 'acute', 'community'] as const;
export const METRIC_KINDS = ['outcome', 'process', 'activity', 'experience'] as const;

export const SCHEMA: Readonly<Record<SchemaKind, readonly MemberSpec[]>> = {
  dataset: [
    // `source` (a file) or `table` (of an SQL engine): exactly one, checked by ./dataset-source.ts.
    { key: 'source', value: { kind: 'text' } },
    { key: 'table', value: { kind: 'text' } },
    { key: 'engine', value: { kind: 'name', noun: 'engine name from hewitt.config.json' } },
    { key: 'sheet', value: { kind: 'text' } },
    { key: 'owner', value: { kind: 'text' } },
    { key: 'columns', value: clause, required: true },
  ],
  classification: [
    { key: 'basis', value: { kind: 'text' } },
    { key: 'category', value: clause, required: true, repeatable: true },
    { key: 'exclude when', value: clause, repeatable: true },
  ],
  category: [
    { key: 'function', value: { kind: 'function-code' } },
    { key: 'level', value: { kind: 'enum', noun: 'level', values: LEVELS } },
    { key: 'when', value: clause, required: true },
    { key: 'weight', value: { kind: 'weight' } },
  ],
  measure: [
    { key: 'from', value: clause, required: true },
    { key: 'value', value: { kind: 'expression' }, required: true },
    { key: 'by', value: clause },
  ],
  target: [
    { key: 'measure', value: { kind: 'reference', symbol: 'measure' }, required: true },
    { key: 'baseline', value: { kind: 'constant', type: 'fiscal_year' }, required: true },
    { key: 'horizon', value: { kind: 'constant', type: 'fiscal_year' }, required: true },
    { key: 'change', value: { kind: 'change' }, required: true },
    { key: 'scope', value: { kind: 'enum', noun: 'scope', values: SCOPES }, required: true },
  ],
  metric: [
    { key: 'contract', value: { kind: 'enum', noun: 'contract', values: CONTRACTS }, required: true },
    { key: 'kind', value: { kind: 'enum', noun: 'metric kind', values: METRIC_KINDS }, required: true },
    { key: 'from', value: clause, required: true },
    { key: 'numerator', value: { kind: 'expression' }, required: true },
    { key: 'denominator', value: { kind: 'expression' }, required: true },
    { key: 'thresholds', value: { kind: 'range', type: 'percent', separator: 'to' }, required: true },
    { key: 'points', value: { kind: 'points' }, required: true },
    { key: 'value per point', value: { kind: 'constant', type: 'money' } },
    { key: 'by', value: clause },
    { key: 'stratify by', value: clause },
  ],
  funding: [
    { key: 'amount', value: { kind: 'constant', type: 'money' }, required: true },
    { key: 'period', value: { kind: 'range', type: 'fiscal_year', separator: '..' }, required: true },
    { key: 'recurrent', value: { kind: 'constant', type: 'bool' }, required: true },
    { key: 'purpose', value: { kind: 'reference', symbol: 'classification' } },
  ],
};

/** The key a member is known by in the schema. */
export function memberKey(member: Member): string {
  switch (member.kind) {
    case 'Property':
      return member.key;
    case 'Columns':
      return 'columns';
    case 'Category':
      return 'category';
    case 'From':
      return 'from';
    case 'By':
      return 'by';
    case 'Stratify':
      return 'stratify by';
    case 'When':
      return 'when';
    case 'Exclude':
      return 'exclude when';
  }
}

/** The span that names a member: a property's key, or a clause's leading keyword. */
export function memberKeySpan(member: Member): { start: number; end: number } {
  if (member.kind === 'Property') return member.keySpan;
  const word = memberKey(member).split(' ')[0];
  return { start: member.span.start, end: Math.min(member.span.end, member.span.start + word.length) };
}

export function findSpec(kind: SchemaKind, key: string): MemberSpec | undefined {
  return SCHEMA[kind].find((spec) => spec.key === key);
}
