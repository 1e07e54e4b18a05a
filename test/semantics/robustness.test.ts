// checkFiles never throws on user input, keeps diagnostics inside the text, and is fast.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkFiles } from '../../server/src/core/check';
import { memoryHost } from '../../server/src/core/host';
import { LEDGER } from '../support/workspace';

describe('robustness', () => {
  it('survives random edits of a valid workspace', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: LEDGER.length }), fc.integer({ min: 0, max: 40 }), fc.string({ maxLength: 12 }), (at, cut, insert) => {
        const text = LEDGER.slice(0, at) + insert + LEDGER.slice(Math.min(LEDGER.length, at + cut));
        const [report] = checkFiles(['/a.hewitt'], memoryHost({ '/a.hewitt': text, '/b.hewitt': 'import "a.hewitt"' }));
        for (const d of report.diagnostics) {
          expect(d.span.start).toBeGreaterThanOrEqual(0);
          expect(d.span.end).toBeLessThanOrEqual(text.length);
          expect(d.span.start).toBeLessThanOrEqual(d.span.end);
        }
      }),
      { numRuns: 300, seed: 20240401 },
    );
  });

  it('checks a 200-file, 100,000-line workspace with no diagnostic', () => {
    const files: Record<string, string> = {};
    const paths: string[] = [];
    for (let f = 0; f < 200; f++) {
      const lines: string[] = [f > 0 ? `import "f${f - 1}.hewitt"` : ''];
      lines.push(`dataset d${f} {`, '  source: "d.csv"', '  columns {');
      for (let c = 0; c < 40; c++) lines.push(`    c${c}: ${c % 2 ? 'money' : 'text'}`, `    y${c}: fiscal_year`);
      lines.push('  }', '}');
      let m = 0;
      while (lines.length < 500) {
        lines.push(
          `measure m${f}_${m} {`,
          `  from d${f}`,
          `  value: sum(c1 where c0 = "A" and y${m % 40} >= 2023/24) / sum(c3)`,
          `  by c0, y0`,
          '}',
        );
        m++;
      }
      const path = `/w/f${f}.hewitt`;
      files[path] = lines.join('\n');
      paths.push(path);
    }
    const host = memoryHost(files);
    // How fast is the benchmark's business (bench/run.mjs, docs/performance.md), not a test's.
    const reports = checkFiles(paths, host);
    expect(reports).toHaveLength(200);
    expect(reports.flatMap((r) => r.diagnostics)).toEqual([]);
  });
});
