// A misspelt name is reported with its closest match, and the quick fix that writes the match
// leaves a file without the problem.
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../server/src/core/edits';
import { memoryHost } from '../../server/src/core/host';
import { analyzeWorkspace } from '../../server/src/core/semantics';

const DATASET = 'dataset ledger "L" {\n  source: "l.csv"\n  columns {\n    programme: text\n    amount: money\n  }\n}\n';

function unknownNames(text: string) {
  const model = analyzeWorkspace(['a.hewitt'], memoryHost({ 'a.hewitt': text }));
  return model.files.get('a.hewitt')!.semanticDiagnostics.filter((d) => d.code === 'unknown-name');
}

describe('unknown names', () => {
  it.each([
    ['a column', `${DATASET}measure m "M" {\n  from ledger\n  value: sum(amount where programe = "FLU")\n}\n`, 'programe', 'programme'],
    ['a dataset', `${DATASET}measure m "M" {\n  from ledgr\n  value: sum(amount)\n}\n`, 'ledgr', 'ledger'],
  ])('%s: "did you mean", with a preferred fix that removes the problem', (_, text, wrong, right) => {
    const [problem] = unknownNames(text);
    expect(problem.message).toContain(`did you mean \`${right}\`?`);
    expect(problem.span).toEqual({ start: text.indexOf(wrong), end: text.indexOf(wrong) + wrong.length });
    expect(problem.fixes).toEqual([{ title: `Change to \`${right}\``, edits: [{ span: problem.span, newText: right }], preferred: true }]);
    expect(unknownNames(applyEdits(text, problem.fixes![0].edits))).toEqual([]);
  });

  it('offers no fix when nothing is close', () => {
    const [problem] = unknownNames(`${DATASET}measure m "M" {\n  from ledger\n  value: sum(amount where region = "X")\n}\n`);
    expect(problem.message).toBe('Unknown column `region` in dataset `ledger`.');
    expect(problem.fixes).toBeUndefined();
  });
});
