// The pieces completion offers: declared names, columns, categories, enum values, SHA codes,
// fiscal years, column types, member keywords and declaration snippets.

import type { SemanticSymbol, SymbolKind } from '../semantics/model';
import { CONTRACTS, LEVELS, METRIC_KINDS, SCHEMA, SCOPES, type SchemaKind } from '../semantics/schema';
import { AGGREGATE_FUNCTIONS, COLUMN_TYPES } from '../syntax/keywords';
import { aggregateSignature } from './signature-help';
import type { CompletionItem } from './types';
import { SHA_TITLES } from './words';

export function symbolItem(symbol: SemanticSymbol): CompletionItem {
  const declaration = symbol.declaration;
  const title = declaration.kind === 'Column' ? undefined : declaration.title?.value;
  const detail = symbol.kind === 'column' ? `column: ${symbol.columnType ?? 'unknown'}` : `${symbol.kind}${title ? ` "${title}"` : ''}`;
  const kind = symbol.kind === 'column' ? 'column' : symbol.kind === 'category' ? 'category' : 'declaration';
  return { label: symbol.name, kind, detail, ...(declaration.doc ? { documentation: declaration.doc } : {}) };
}

export function symbolsOfKind(scope: ReadonlyMap<string, SemanticSymbol>, kinds: readonly SymbolKind[]): CompletionItem[] {
  return [...scope.values()].filter((s) => kinds.includes(s.kind)).map(symbolItem);
}

const ENUMS: Readonly<Record<string, readonly string[]>> = {
  level: LEVELS,
  scope: SCOPES,
  contract: CONTRACTS,
  kind: METRIC_KINDS,
  recurrent: ['yes', 'no'],
};

export function enumItems(key: string): CompletionItem[] | undefined {
  const values = ENUMS[key];
  return values?.map((value) => ({ label: value, kind: 'value', detail: key }));
}

export function codeItems(): CompletionItem[] {
  return Object.entries(SHA_TITLES).map(([code, title]) => ({ label: code, kind: 'code', detail: title, documentation: `SHA 2011 ${code}: ${title}` }));
}

/** Fiscal years 2015/16 to 2039/40, in order. */
export function yearItems(): CompletionItem[] {
  const items: CompletionItem[] = [];
  for (let year = 2015; year < 2040; year++) {
    const label = `${year}/${String((year + 1) % 100).padStart(2, '0')}`;
    items.push({ label, kind: 'year', detail: `1 April ${year} – 31 March ${year + 1}`, sortText: String(year) });
  }
  return items;
}

export function typeItems(): CompletionItem[] {
  return COLUMN_TYPES.map((type) => ({ label: type, kind: 'type' }));
}

export function aggregateItems(): CompletionItem[] {
  return AGGREGATE_FUNCTIONS.map((fn) => {
    const signature = aggregateSignature(fn);
    return { label: fn, kind: 'keyword', detail: signature.label, documentation: signature.documentation, insertText: `${fn}($1)`, isSnippet: true };
  });
}

export function wordItems(words: readonly string[]): CompletionItem[] {
  return words.map((word) => ({ label: word, kind: 'keyword' }));
}

/** Member keywords and properties a declaration kind allows, less those already given once. */
export function memberItems(kind: SchemaKind, present: ReadonlySet<string>): CompletionItem[] {
  const items: CompletionItem[] = [];
  for (const spec of SCHEMA[kind]) {
    if (present.has(spec.key) && !spec.repeatable) continue;
    const clause = spec.value.kind === 'clause';
    const sortText = `${spec.required ? '0' : '1'}${spec.key}`;
    const detail = spec.required ? 'required' : 'optional';
    if (!clause) items.push({ label: spec.key, kind: 'property', detail, insertText: `${spec.key}: `, sortText });
    else if (spec.key === 'columns') items.push({ label: 'columns', kind: 'keyword', detail, insertText: 'columns {\n\t$1\n}', isSnippet: true, sortText });
    else if (spec.key === 'category') {
      items.push({ label: 'category', kind: 'snippet', detail, insertText: 'category ${1:name} "${2:Title}" {\n\tlevel: ${3|primary,secondary,tertiary|}\n\twhen $4\n}', isSnippet: true, sortText });
    } else items.push({ label: spec.key, kind: 'keyword', detail, insertText: `${spec.key} `, sortText });
  }
  return items;
}

const SNIPPETS: readonly { label: string; body: string; documentation: string }[] = [
  { label: 'import', body: 'import "${1:shared.hewitt}"', documentation: 'Bring the declarations of another file into scope.' },
  {
    label: 'dataset',
    body: 'dataset ${1:name} "${2:Title}" {\n\tsource: "${3:data/file.csv}"\n\towner: "${4:Team}"\n\tcolumns {\n\t\t${5:column}: ${6|text,number,money,percent,fiscal_year,date,bool|}\n\t}\n}',
    documentation: 'A CSV file and its typed columns.',
  },
  {
    label: 'classification',
    body: 'classification ${1:name} "${2:Title}" on ${3:dataset} {\n\tcategory ${4:category} "${5:Title}" {\n\t\tlevel: ${6|primary,secondary,tertiary|}\n\t\twhen $7\n\t}\n}',
    documentation: 'Which rows of a dataset count as prevention, in categories.',
  },
  { label: 'measure', body: 'measure ${1:name} "${2:Title}" {\n\tfrom ${3:dataset}\n\tvalue: ${4:sum(amount)}\n\tby ${5:year}\n}', documentation: 'A value computed from a dataset, per group.' },
  {
    label: 'target',
    body: 'target ${1:name} "${2:Title}" {\n\tmeasure: ${3:measure}\n\tbaseline: ${4:2023/24}\n\thorizon: ${5:2028/29}\n\tchange: ${6|at least,at most,exactly|} ${7:+1pp}\n\tscope: ${8|system,national,place|}\n}',
    documentation: 'A change a measure should make between two fiscal years.',
  },
  {
    label: 'metric',
    body: 'metric ${1:name} "${2:Title}" {\n\tcontract: ${3|gms,pms,apms,pcn_des,local,acute,community|}\n\tkind: ${4|outcome,process,activity,experience|}\n\tfrom ${5:dataset}\n\tnumerator: ${6:sum(achieved)}\n\tdenominator: ${7:sum(eligible)}\n\tthresholds: ${8:40%} to ${9:80%}\n\tpoints: ${10:10}\n}',
    documentation: 'A contract metric on the sliding scale of points.',
  },
  {
    label: 'funding',
    body: 'funding ${1:name} "${2:Title}" {\n\tamount: ${3:£250k}\n\tperiod: ${4:2024/25} .. ${5:2025/26}\n\trecurrent: ${6|no,yes|}\n}',
    documentation: 'Money set aside for a purpose over a period.',
  },
];

/** Declaration keywords, and a snippet for each whole declaration. */
export function topLevelItems(): CompletionItem[] {
  return SNIPPETS.flatMap(({ label, body, documentation }) => [
    { label, kind: 'keyword' as const, insertText: `${label} `, sortText: `0${label}` },
    { label: `${label} …`, kind: 'snippet' as const, detail: `New ${label}`, documentation, insertText: body, isSnippet: true, sortText: `1${label}` },
  ]);
}
