// The rows behind a figure (`hewitt eval --explain`), as text for a terminal or as JSON. The text
// shows each row on one line, its cells as `column value`, then one line per classification: the
// category and weight with the `when` that matched, or the exclusion and its condition.

import type { Explanation, RowOutcome } from '../core/explore/explain';

export function formatExplanationText(explanation: Explanation): string {
  const { figure, dataset, total, rows, rowsRead } = explanation;
  const behind = total === 1 ? '1 row' : `${total} rows`;
  const lines = [`${figure}: ${behind} behind it, of ${rowsRead} read from dataset ${dataset}${rows.length < total ? `; the first ${rows.length}` : ''}.`];
  for (const row of rows) {
    lines.push('');
    lines.push(`Row ${row.row}: ${row.cells.map((cell, i) => `${explanation.columns[i]} ${cell === '' ? '(empty)' : cell}`).join(' · ')}`);
    if (row.countsIn.length > 0) lines.push(`  counts in ${row.countsIn.join(', ')}`);
    for (const a of row.attributions) lines.push(`  ${a.classification} → ${outcomeText(a.outcome)}`);
  }
  return lines.join('\n') + '\n';
}

export function outcomeText(outcome: RowOutcome): string {
  switch (outcome.kind) {
    case 'category': {
      const weight = outcome.weight === 100 ? '' : ` at ${outcome.weight}%`;
      const also = outcome.alsoMatched.length > 0 ? `; also matches ${outcome.alsoMatched.join(', ')}` : '';
      return `${outcome.category}${weight}, because ${outcome.condition}${also}`;
    }
    case 'excluded':
      return `excluded, because ${outcome.condition}`;
    case 'unclassified':
      return 'unclassified (no category holds)';
  }
}

export function formatExplanationJson(explanation: Explanation): string {
  return JSON.stringify({ version: 1, ...explanation }, null, 2) + '\n';
}
