import { describe, expect, it } from 'vitest';
import { applyFix } from './support';
import { withBase } from './prelude';

const SOURCE = withBase(`
  target up {
    measure: prevention_share
    baseline: 2023/24
    horizon: 2028/29
    change: at least +1%
    scope: place
  }
`);

describe('ambiguous-percent-change quick fixes', () => {
  it('write +1pp', () => {
    expect(applyFix(SOURCE, 'ambiguous-percent-change', 'Write +1pp')).toContain('  change: at least +1pp\n');
  });

  it('write +1% relative', () => {
    expect(applyFix(SOURCE, 'ambiguous-percent-change', 'Write +1% relative')).toContain('  change: at least +1% relative\n');
  });
});
