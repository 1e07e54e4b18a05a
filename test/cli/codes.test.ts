// Code descriptions: structural codes, registered families (the catalogue's rules), unknown codes.
import { describe, expect, it } from 'vitest';
import { describeCode, knownCodes, registerCodes } from '../../server/src/core/codes';
import { STRUCTURAL_CODES } from '../../server/src/core/diagnostics';
import { buildResult } from '../../server/src/cli/report/model';
import { toSarif } from '../../server/src/cli/report/sarif';
import { CONTEXT, sarifSchemaErrors } from './support';

describe('describeCode', () => {
  it('describes every structural code', () => {
    expect(describeCode('import-cycle')).toEqual({ id: 'import-cycle', title: 'Import cycle', description: 'Files import each other in a cycle.' });
    expect(knownCodes().slice(0, Object.keys(STRUCTURAL_CODES).length).map((c) => c.id)).toEqual(Object.keys(STRUCTURAL_CODES));
  });

  it('gives an unknown code a generic description', () => {
    expect(describeCode('hewitt/not-yet')).toEqual({ id: 'hewitt/not-yet', title: 'Not yet', description: 'A problem reported with the code `hewitt/not-yet`.' });
  });

  it('uses what a family of codes registers, and SARIF shows its help page', () => {
    registerCodes([
      { id: 'hewitt/test-rule', title: 'Test rule', description: 'A rule registered by a test.', helpUri: 'https://example.org/rules/test-rule' },
    ]);
    expect(describeCode('hewitt/test-rule').helpUri).toBe('https://example.org/rules/test-rule');
    expect(knownCodes().map((c) => c.id)).toContain('hewitt/test-rule');
    const result = buildResult([
      { path: 'a.hewitt', text: 'x', diagnostics: [{ code: 'hewitt/test-rule', severity: 'warning', message: 'M.', span: { start: 0, end: 1 } }] },
    ]);
    const log = toSarif(result, CONTEXT) as { runs: { tool: { driver: { rules: unknown[] } } }[] };
    expect(log.runs[0].tool.driver.rules[0]).toEqual({
      id: 'hewitt/test-rule',
      shortDescription: { text: 'Test rule' },
      fullDescription: { text: 'A rule registered by a test.' },
      help: { text: 'A rule registered by a test. See https://example.org/rules/test-rule' },
      helpUri: 'https://example.org/rules/test-rule',
    });
    expect(sarifSchemaErrors(log)).toEqual([]);
  });
});
