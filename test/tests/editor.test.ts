// Editor features inside tests, over the real sample rule files: completion of datasets, columns
// of a `given` header, measures and their keys; hover, definition and rename of names a test uses;
// semantic tokens and folding of tests.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { completionsAt, definitionAt, foldingRanges, hoverAt, renameAt, semanticTokens } from '../../server/src/core/features';
import { memoryHost } from '../../server/src/core/host';
import { analyzeWorkspace } from '../../server/src/core/semantics/analyze';
import { ROOT } from './support';

const TEST_PATH = 'samples/tests/editing.test.hewitt';

function workspace(source: string) {
  const offset = source.indexOf('$0');
  const text = source.replace('$0', '');
  const files = new Map<string, string>([
    ['samples/datasets.hewitt', readFileSync(join(ROOT, 'samples/datasets.hewitt'), 'utf8')],
    ['samples/prevention.hewitt', readFileSync(join(ROOT, 'samples/prevention.hewitt'), 'utf8')],
    [TEST_PATH, text],
  ]);
  return { model: analyzeWorkspace([...files.keys()], memoryHost(files)), offset, text };
}

const TEST = `import "../prevention.hewitt"

test shares "Shares" {
  given ledger {
    | icb   | year    | programme   | cost_centre | amount | recurrent |
    | "QE1" | 2023/24 | "SCR-BOWEL" | "A1"        | £100   | yes       |
  }
  expect prevention_share[icb = "QE1", year = 2023/24] = 100%
  expect prevention row 1 = screening
}
`;

function labelsAt(source: string): string[] {
  const { model, offset } = workspace(source);
  return completionsAt(model, TEST_PATH, offset).map((item) => item.label);
}

describe('completion in a test', () => {
  it.each([
    ['given and expect at the start of a line', 'import "../prevention.hewitt"\ntest t {\n  $0\n}\n', ['given', 'expect']],
    ['datasets after given', 'import "../prevention.hewitt"\ntest t {\n  given $0\n}\n', ['ledger', 'qof']],
    ['columns in the first row of a table', 'import "../prevention.hewitt"\ntest t {\n  given ledger {\n    | icb | $0\n  }\n}\n', ['amount', 'programme']],
    ['declarations after expect', 'import "../prevention.hewitt"\ntest t {\n  expect $0\n}\n', ['prevention_share', 'prevention_shift', 'prevention']],
    ['keys of a measure', 'import "../prevention.hewitt"\ntest t {\n  expect prevention_share[$0\n}\n', ['icb', 'year']],
    ['the remaining keys', 'import "../prevention.hewitt"\ntest t {\n  expect prevention_share[icb = "QE1", $0\n}\n', ['year']],
    ['words after a target', 'import "../prevention.hewitt"\ntest t {\n  expect prevention_shift[icb = "QE1"] $0\n}\n', ['status', 'change']],
    ['statuses', 'import "../prevention.hewitt"\ntest t {\n  expect prevention_shift[icb = "QE1"] status = $0\n}\n', ['met', 'on-track', 'no-data']],
    ['categories of a row', 'import "../prevention.hewitt"\ntest t {\n  expect prevention row 1 = $0\n}\n', ['screening', 'none', 'excluded']],
  ])('offers %s', (_name, source, expected) => {
    expect(labelsAt(source)).toEqual(expect.arrayContaining(expected));
  });

  it('offers no column already in the header', () => {
    const labels = labelsAt('import "../prevention.hewitt"\ntest t {\n  given ledger {\n    | icb | $0\n  }\n}\n');
    expect(labels).not.toContain('icb');
  });
});

describe('navigation in a test', () => {
  const { model, text } = workspace(TEST);
  const at = (needle: string, from = 0): number => text.indexOf(needle, from) + 1;

  it('goes to the definition of a column in a header, a measure and a key', () => {
    expect(definitionAt(model, TEST_PATH, at('amount')).map((l) => l.path)).toEqual(['samples/datasets.hewitt']);
    expect(definitionAt(model, TEST_PATH, at('prevention_share')).map((l) => l.path)).toEqual(['samples/prevention.hewitt']);
    expect(definitionAt(model, TEST_PATH, at('icb =')).map((l) => l.path)).toEqual(['samples/datasets.hewitt']);
    expect(definitionAt(model, TEST_PATH, at('screening')).map((l) => l.path)).toEqual(['samples/prevention.hewitt']);
  });

  it('shows a hover on a measure named in an expectation', () => {
    const hover = hoverAt(model, TEST_PATH, at('prevention_share'));
    expect(hover?.markdown).toContain('prevention_share');
  });

  it('renames a measure in the rule file and in the test', () => {
    const result = renameAt(model, TEST_PATH, at('prevention_share'), 'prevention_ratio');
    expect('edits' in result ? [...result.edits.keys()].sort() : result).toEqual(['samples/prevention.hewitt', TEST_PATH]);
  });

  it('renames a column used in a header', () => {
    const result = renameAt(model, 'samples/datasets.hewitt', model.files.get('samples/datasets.hewitt')!.text.indexOf('amount: money') + 1, 'cost');
    expect('edits' in result ? [...result.edits.keys()] : result).toContain(TEST_PATH);
  });
});

describe('presentation of a test', () => {
  const { model, text } = workspace(TEST);

  it('colours the soft keywords and the test name', () => {
    const tokens = semanticTokens(model, TEST_PATH).map((t) => `${t.type}:${text.slice(t.span.start, t.span.end)}`);
    expect(tokens).toEqual(expect.arrayContaining(['keyword:test', 'function:shares', 'keyword:given', 'keyword:expect', 'keyword:row', 'variable:prevention_share', 'property:icb', 'enumMember:screening']));
  });

  it('folds the test and its table', () => {
    const folds = foldingRanges(model.files.get(TEST_PATH)!.ast, text).map((f) => text.slice(f.start, f.start + 12));
    expect(folds).toEqual(['test shares ', 'given ledger']);
  });
});
