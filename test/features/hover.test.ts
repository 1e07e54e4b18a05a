import { describe, expect, it } from 'vitest';
import type { EvalResult } from '../../server/src/core/eval/result';
import { hoverAt } from '../../server/src/core/features';
import { rangedFixture } from '../support/ranges';
import { withLedger } from '../support/workspace';

function hover(body: string, data?: EvalResult): string | undefined {
  const f = rangedFixture(withLedger(body));
  const result = hoverAt(f.model, f.cursor.path, f.cursor.offset, data);
  if (result === undefined) return undefined;
  return `[${f.text.slice(result.span.start, result.span.end)}]\n${result.markdown}`;
}

const EMPTY: EvalResult = { version: 1, datasets: {}, classifications: {}, measures: {}, targets: {}, metrics: {}, funding: {}, diagnostics: new Map() };

describe('hoverAt', () => {
  it('shows a column with its resolved type', () => {
    expect(hover('measure m {\n  from ledger\n  value: sum(amo$0unt)\n}')).toMatchInlineSnapshot(`
      "[amount]
      \`\`\`hewitt
      column ledger.amount
      \`\`\`

      - type: money"
    `);
  });

  it('shows a measure with its doc comment, unit and dataset', () => {
    expect(hover('/// Spend per ICB.\nmeasure m$0 {\n  from ledger\n  value: sum(amount)\n}')).toMatchInlineSnapshot(`
      "[m]
      \`\`\`hewitt
      measure m
      \`\`\`

      Spend per ICB.

      - unit: money
      - reads \`ledger\`"
    `);
  });

  it('shows a category with its SHA function title', () => {
    expect(hover('measure m {\n  from ledger\n  value: sum(amount where prevention.immun$0isation)\n}')).toContain('SHA function HC.6.2 — Immunisation programmes');
  });

  it('explains an SHA code', () => {
    const f = rangedFixture(withLedger('classification c on ledger {\n  category x {\n    function: HC.6$0.3\n    when amount > £0\n  }\n}'));
    expect(hoverAt(f.model, f.cursor.path, f.cursor.offset)?.markdown).toBe('**HC.6.3** — Early disease detection programmes (SHA 2011, HC.6 preventive care)');
  });

  it('shows computed values when data is given', () => {
    const data: EvalResult = { ...EMPTY, measures: { m: { unit: 'percent', rows: [{ group: {}, value: 4.125 }] } } };
    expect(hover('measure m$0 {\n  from ledger\n  value: sum(amount where prevention) / sum(amount)\n}', data)).toContain('**Data:** 1 group = 4.1%');
  });

  it('explains aggregates', () => {
    expect(hover('measure m {\n  from ledger\n  value: s$0um(amount)\n}')).toContain('sum(column where condition)');
  });

  it('is empty on punctuation and past the end', () => {
    expect(hover('measure m {\n  from ledger\n  value: sum(amount)$0\n}\n')).toBeUndefined();
    const f = rangedFixture(withLedger('measure m {\n}'));
    expect(hoverAt(f.model, '/main.hewitt', 10_000)).toBeUndefined();
  });
});
