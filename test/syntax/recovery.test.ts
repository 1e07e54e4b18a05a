// Recovery: a broken declaration does not hide the declarations after it, and what could be read
// of the broken one is kept.

import { describe, expect, it } from 'vitest';
import type { Declaration } from '../../server/src/core/syntax/ast';
import { parse } from '../../server/src/core/syntax/parse';
import { readCase } from './support';

function outline(declaration: Declaration): string {
  if (declaration.kind === 'Import') return `Import ${declaration.path?.value ?? '?'}`;
  const members = declaration.members.map((m) => (m.kind === 'Property' ? m.key : m.kind)).join(', ');
  return `${declaration.kind} ${declaration.name?.text ?? '?'} {${members}}`;
}

const EXPECTED: Readonly<Record<string, readonly string[]>> = {
  'broken-then-valid.hewitt': ['Dataset ledger {Columns}', 'Measure share {From, value}'],
  'missing-close-before-next.hewitt': ['Measure share {From, value}', 'Measure total {From}'],
  'top-level-garbage.hewitt': ['Measure share {From}'],
  'unterminated-text.hewitt': ['Dataset ledger {source}', 'Measure share {From}'],
  'missing-names.hewitt': ['Measure ? {From}', 'Classification prevention {Category}'],
  'missing-column-type.hewitt': ['Dataset ledger {Columns}'],
  'broken-properties.hewitt': ['Target shift {change}', 'Import ?'],
};

describe('recovery after a syntax error', () => {
  it.each(Object.entries(EXPECTED))('%s keeps the declarations', (name, expected) => {
    const { file } = parse(readCase('invalid', name));
    expect(file.declarations.map(outline)).toEqual(expected);
  });

  it('keeps the columns around a column without a type', () => {
    const { file } = parse(readCase('invalid', 'missing-column-type.hewitt'));
    const columns = file.declarations[0]?.kind === 'Dataset' ? file.declarations[0].members[0] : undefined;
    expect(columns?.kind === 'Columns' ? columns.columns.map((c) => `${c.name.text}: ${c.type?.text ?? '?'}`) : []).toEqual([
      'icb: text',
      'amount: ?',
      'year: fiscal_year',
    ]);
  });

  it('reads the declaration after an error in a deeply indented body', () => {
    const text = 'classification c on ledger {\n  category a {\n    when x = \n  }\n}\nmeasure m {\n  from ledger\n}\n';
    const { file, diagnostics } = parse(text);
    expect(diagnostics.map((d) => d.code)).toEqual(['syntax']);
    expect(file.declarations.map(outline)).toEqual(['Classification c {Category}', 'Measure m {From}']);
  });
});
