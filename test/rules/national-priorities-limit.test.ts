import { describe, expect, it } from 'vitest';
import { parseFixture } from '../support/fixture';
import { checkRule, checkSource, config, findings, severitiesOf } from './support';
import { BASE } from './prelude';

const RULE = 'hewitt/national-priorities-limit';

const national = (name: string): string =>
  `target ${name} {\n  measure: spend\n  baseline: 2023/24\n  horizon: 2025/26\n  change: at least +£1\n  scope: national\n}\n`;

/** `count` national targets spread over two files, a.hewitt and b.hewitt. */
function workspace(count: number): string {
  const names = Array.from({ length: count }, (_, i) => `t${i + 1}`);
  const half = Math.ceil(count / 2);
  return [
    `//- /base.hewitt\n${BASE}`,
    `//- /a.hewitt\nimport "base.hewitt"\n${names.slice(0, half).map(national).join('')}`,
    `//- /b.hewitt\nimport "base.hewitt"\n${names.slice(half).map(national).join('')}`,
  ].join('\n');
}

describe(RULE, () => {
  it('fires once, on the scope of the national target that crosses the limit, across files', () => {
    const reports = checkSource(parseFixture(workspace(12)).files);
    const found = findings(reports, RULE);
    expect(found.map((d) => [d.path, d.message.slice(0, 45)])).toEqual([['/b.hewitt', 'Target `t11` is national target 11 of 12 in t']]);
    const text = reports.find((r) => r.path === '/b.hewitt')!.text;
    expect(text.slice(found[0].span.start, found[0].span.end)).toBe('national');
  });

  it('does not fire at the limit', () => {
    checkRule(RULE, workspace(10));
  });

  it('option max; severity; off', () => {
    expect(severitiesOf(RULE, workspace(4), config({ [RULE]: ['warning', { max: 3 }] }))).toEqual(['warning']);
    expect(severitiesOf(RULE, workspace(11), config({ [RULE]: 'error' }))).toEqual(['error']);
    expect(severitiesOf(RULE, workspace(11), config({ [RULE]: 'off' }))).toEqual([]);
  });
});
