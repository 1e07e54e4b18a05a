// When the conditions of a classification's categories cannot both hold for one row
// (plan/disjoint.ts): literals of one text column, none shared, none beginning with another's prefix.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../server/src/core/plan/build';
import { categoriesDisjoint } from '../../server/src/core/plan/disjoint';
import { errorsOf, modelOf } from '../engines/support';

function disjoint(...conditions: string[]): boolean {
  const dir = mkdtempSync(join(tmpdir(), 'hewitt-disjoint-'));
  const path = join(dir, 'rules.hewitt');
  const categories = conditions.map((when, i) => `  category c${i} "C${i}" {\n    level: primary\n    when ${when}\n  }`).join('\n');
  writeFileSync(path, `dataset t "T" {\n  source: "t.csv"\n  owner: "O"\n  columns {\n    code: text\n    other: text\n    n: number\n  }\n}\n\nclassification k "K" on t {\n${categories}\n}\n`);
  const model = modelOf(path);
  expect(errorsOf(model)).toEqual([]);
  const plan = buildPlan(model, [path]);
  const [classification] = plan.classifications.values();
  return categoriesDisjoint(classification, plan.bindings, plan.datasets[0].columns);
}

describe('categories that cannot overlap', () => {
  it.each([
    [['code in ["IMMS", "FLU"]', 'code starts with "SCR-"', 'code in ["NHSHC", "SMOK"]'], true],
    [['code = "A"', 'code = "B" or code starts with "C"'], true],
    [['(code in ["A"])', 'code starts with "AB"'], true],
    [['code = "A"'], true],
  ])('%j are disjoint', (conditions, expected) => expect(disjoint(...conditions)).toBe(expected));

  it.each([
    [['code in ["A", "B"]', 'code = "B"']],
    [['code in ["SCR-1"]', 'code starts with "SCR-"']],
    [['code starts with "SCR"', 'code starts with "SCR-"']],
    [['code starts with ""', 'code = "A"']],
    [['code = "A"', 'other = "B"']],
    [['code not in ["A"]', 'code = "B"']],
    [['code = "A" and other = "B"', 'code = "C"']],
    [['n >= 1', 'code = "C"']],
  ])('%j may overlap', (conditions) => expect(disjoint(...conditions)).toBe(false));
});
