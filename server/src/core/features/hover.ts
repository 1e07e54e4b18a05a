// Hover: what a name is (kind, title, doc comment, type or unit, dataset), the title of an SHA
// function code, and — when evaluation results are given — what was computed.

import type { EvalResult } from '../eval/result';
import type { SemanticModel, SemanticSymbol } from '../semantics/model';
import { datasetOf, symbolAt, unitOf } from '../semantics/lookups';
import { describeType } from '../semantics/types';
import type { CategoryDecl, Member } from '../syntax/ast';
import { aggregateSignature } from './signature-help';
import { nodePathAt } from './syntax-path';
import type { Hover } from './types';
import { formatPence, formatValue, plural, SHA_TITLES } from './words';

function titleOf(symbol: SemanticSymbol): string | undefined {
  const declaration = symbol.declaration;
  return declaration.kind === 'Column' ? undefined : declaration.title?.value;
}

function propertyWord(members: readonly Member[], key: string): string | undefined {
  for (const member of members) {
    if (member.kind !== 'Property' || member.key !== key || member.value === undefined) continue;
    const value = member.value;
    if (value.kind === 'Code') return value.raw;
    if (value.kind === 'Reference') return value.parts.map((p) => p.text).join('.');
  }
  return undefined;
}

function categoryFacts(category: CategoryDecl): string[] {
  const facts: string[] = [];
  const code = propertyWord(category.members, 'function');
  if (code !== undefined) facts.push(`SHA function ${code}${SHA_TITLES[code] ? ` — ${SHA_TITLES[code]}` : ''}`);
  const level = propertyWord(category.members, 'level');
  if (level !== undefined) facts.push(`${level} prevention`);
  return facts;
}

function typeFacts(model: SemanticModel, symbol: SemanticSymbol): string[] {
  const facts: string[] = [];
  if (symbol.kind === 'column' && symbol.columnType) {
    const words = describeType(symbol.columnType);
    facts.push(`type: ${symbol.columnType}${words === symbol.columnType ? '' : ` (${words})`}`);
  }
  if (symbol.kind === 'measure') facts.push(`unit: ${describeType(unitOf(model, symbol))}`);
  const dataset = datasetOf(model, symbol);
  if (dataset) facts.push(`${symbol.kind === 'classification' ? 'classifies' : 'reads'} \`${dataset.name}\``);
  if (symbol.kind === 'category' && symbol.declaration.kind === 'Category') facts.push(...categoryFacts(symbol.declaration));
  return facts;
}

function dataFacts(symbol: SemanticSymbol, data: EvalResult): string[] {
  switch (symbol.kind) {
    case 'dataset': {
      const result = data.datasets[symbol.name];
      return result ? [`${plural(result.rowsRead, 'row')} read, ${result.rowsRejected} rejected`] : [];
    }
    case 'classification': {
      const result = data.classifications[symbol.name];
      if (!result) return [];
      const rows = result.categories.reduce((total, c) => total + c.rows, 0);
      return [`${plural(rows, 'row')} classified, ${result.unclassifiedRows} unclassified, ${result.excludedRows} excluded`];
    }
    case 'category': {
      const result = symbol.parent ? data.classifications[symbol.parent.name]?.categories.find((c) => c.name === symbol.name) : undefined;
      if (!result) return [];
      return [`${plural(result.rows, 'row')}${result.amount !== null ? `, ${formatPence(result.amount)}` : ''}`];
    }
    case 'measure': {
      const result = data.measures[symbol.name];
      if (!result) return [];
      const first = result.rows.length === 1 ? ` = ${formatValue(result.rows[0].value, result.unit)}` : '';
      return [`${plural(result.rows.length, 'group')}${first}`];
    }
    case 'target': {
      const rows = data.targets[symbol.name]?.rows ?? [];
      const counts = new Map<string, number>();
      for (const row of rows) counts.set(row.status, (counts.get(row.status) ?? 0) + 1);
      return rows.length ? [[...counts].map(([status, n]) => `${n} ${status}`).join(', ')] : [];
    }
    case 'metric': {
      const result = data.metrics[symbol.name];
      if (!result) return [];
      return [`${plural(result.rows.length, 'group')}${result.gap !== null ? `, deprivation gap ${formatValue(result.gap, 'pp')}` : ''}`];
    }
    case 'funding': {
      const result = data.funding[symbol.name];
      return result && result.total !== null ? [`${formatPence(result.total)} over ${plural(result.years.length, 'year')}`] : [];
    }
    case 'column':
      return [];
  }
}

function symbolHover(model: SemanticModel, symbol: SemanticSymbol, data?: EvalResult): string {
  const owner = symbol.parent ? `${symbol.parent.name}.` : '';
  const title = titleOf(symbol);
  const lines = ['```hewitt', `${symbol.kind} ${owner}${symbol.name}${title ? ` "${title}"` : ''}`, '```'];
  const doc = symbol.declaration.doc;
  if (doc) lines.push('', doc);
  const facts = typeFacts(model, symbol);
  if (facts.length) lines.push('', ...facts.map((f) => `- ${f}`));
  const computed = data ? dataFacts(symbol, data) : [];
  if (computed.length) lines.push('', `**Data:** ${computed.join('; ')}`);
  return lines.join('\n');
}

export function hoverAt(model: SemanticModel, path: string, offset: number, data?: EvalResult): Hover | undefined {
  const occurrence = symbolAt(model, path, offset);
  if (occurrence) return { markdown: symbolHover(model, occurrence.symbol, data), span: occurrence.span };
  const file = model.files.get(path);
  if (file === undefined) return undefined;
  const node = nodePathAt(file.ast, offset).pop();
  if (node?.kind === 'Code') {
    const title = SHA_TITLES[node.raw];
    const text = title ? `**${node.raw}** — ${title} (SHA 2011, HC.6 preventive care)` : `**${node.raw}** is not an SHA 2011 HC.6 function code (HC.6.1 to HC.6.6).`;
    return { markdown: text, span: node.span };
  }
  if (node?.kind === 'Aggregate' && offset <= node.fnSpan.end) {
    const signature = aggregateSignature(node.fn);
    return { markdown: ['```hewitt', signature.label, '```', '', signature.documentation].join('\n'), span: node.fnSpan };
  }
  return undefined;
}
