import { describe, expect, it } from 'vitest';
import { compactPounds } from '../../server/src/report/axis';

describe('axis labels', () => {
  it.each([
    [5_405_365_769.84, '£5.4bn'],
    [4_000_000_000, '£4bn'],
    [12_500_000, '£12.5m'],
    [250_000, '£250k'],
    [123_456, '£123k'],
    [40, '£40'],
    [0, '£0'],
    [-1_500_000, '−£1.5m'],
  ])('%d pounds is %s', (pounds, label) => {
    expect(compactPounds(pounds)).toBe(label);
  });
});
