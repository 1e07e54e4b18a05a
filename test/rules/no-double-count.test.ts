import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../server/src/core/diagnostics';
import type { EvalResult } from '../../server/src/core/eval/result';
import { parseFixture } from '../support/fixture';
import { checkRule, checkSource, config, findings } from './support';
import { withBase } from './prelude';

const RULE = 'hewitt/no-double-count';

const SOURCE = withBase(`
  classification smoking on ledger {
    basis: "Stop smoking services"
    category stop {
      level: primary
      when programme = "SMOK"
    }
    category nrt {
      level: primary
      when programme starts with "SM"
    }
  }
`);

/** A hand-built evaluation whose only finding is an overlap on category `nrt`. */
function evaluation(): { files: ReadonlyMap<string, string>; data: EvalResult; finding: Diagnostic } {
  const fixture = parseFixture(SOURCE);
  const start = fixture.files.get('/main.hewitt')!.indexOf('nrt');
  const finding: Diagnostic = {
    code: RULE,
    severity: 'warning',
    message: 'Category `nrt` of `smoking`: 12 rows also match the earlier category `stop` and are counted there only.',
    span: { start, end: start + 3 },
  };
  const data: EvalResult = {
    version: 1, datasets: {}, classifications: {}, measures: {}, targets: {}, metrics: {}, funding: {},
    diagnostics: new Map([['/main.hewitt', [finding, { code: 'data-cell', severity: 'error', message: 'A cell.', span: { start: 0, end: 1 } }]]]),
  };
  return { files: fixture.files, data, finding };
}

describe(RULE, () => {
  it('is silent without data', () => {
    checkRule(RULE, SOURCE);
  });

  it('with data: reports the evaluation\'s overlap finding on the later category', () => {
    const { files, data, finding } = evaluation();
    const found = findings(checkSource(files, { data }), RULE);
    expect(found.map((d) => [d.span, d.severity])).toEqual([[finding.span, 'warning']]);
  });

  it('with data: configured severity applies; off drops the finding but keeps other data diagnostics', () => {
    const { files, data } = evaluation();
    expect(findings(checkSource(files, { data, config: config({ [RULE]: 'error' }) }), RULE).map((d) => d.severity)).toEqual(['error']);
    const off = checkSource(files, { data, config: config({ [RULE]: 'off' }) });
    expect(findings(off, RULE)).toEqual([]);
    expect(findings(off, 'data-cell')).toHaveLength(1);
  });

  it('with data: a suppression on the category silences it', () => {
    const { data } = evaluation();
    const text = SOURCE.replace('  category nrt', '  // hewitt-ignore hewitt/no-double-count: nicotine replacement is also stop smoking\n  category nrt');
    const fixture = parseFixture(text);
    const start = fixture.files.get('/main.hewitt')!.indexOf('nrt {');
    const moved: EvalResult = { ...data, diagnostics: new Map([['/main.hewitt', [{ ...data.diagnostics.get('/main.hewitt')![0], span: { start, end: start + 3 } }]]]) };
    const report = checkSource(fixture.files, { data: moved }).find((r) => r.path === '/main.hewitt')!;
    expect(report.diagnostics.filter((d) => d.code.startsWith('hewitt/') || d.code.startsWith('suppression'))).toEqual([]);
    expect(report.suppressed?.map((s) => s.rule)).toEqual([RULE]);
  });
});
