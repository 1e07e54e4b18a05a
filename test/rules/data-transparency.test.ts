import { describe, expect, it } from 'vitest';
import { applyFix, checkRule, config, severitiesOf } from './support';
import { withBase } from './prelude';

const RULE = 'hewitt/data-transparency';
const NO_OWNER = withBase(`
  dataset uptake {
    source: "data/uptake.csv"
    columns {
      icb: text
    }
  }
`);

describe(RULE, () => {
  it('fires on a dataset without an owner, on its name', () => {
    checkRule(RULE, withBase(`
      dataset uptake {
              ^^^^^^ hewitt/data-transparency H-14
        source: "data/uptake.csv"
        columns {
          icb: text
        }
      }
    `));
  });

  it('does not fire when the owner is named', () => {
    checkRule(RULE, withBase('dataset uptake {\n  source: "u.csv"\n  owner: "Screening team"\n  columns {\n    icb: text\n  }\n}'));
  });

  it('info by default; severity; off', () => {
    expect(severitiesOf(RULE, NO_OWNER)).toEqual(['info']);
    expect(severitiesOf(RULE, NO_OWNER, config({ [RULE]: 'warning' }))).toEqual(['warning']);
    expect(severitiesOf(RULE, NO_OWNER, config({ [RULE]: 'off' }))).toEqual([]);
  });

  it('quick fix: adds an owner line after the source', () => {
    expect(applyFix(NO_OWNER, RULE, 'Add an owner')).toContain('  source: "data/uptake.csv"\n  owner: "…"\n  columns {');
  });
});
