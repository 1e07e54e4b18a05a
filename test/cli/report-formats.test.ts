// Every output format of `hewitt check`, on the same synthetic results (in-process, no checker needed).
import { describe, expect, it } from 'vitest';
import { formatGithub, githubStepSummary, workflowCommand } from '../../server/src/cli/report/github';
import { formatJson } from '../../server/src/cli/report/json';
import { formatJunit } from '../../server/src/cli/report/junit';
import { buildResult, reachesFailLevel, summaryLine } from '../../server/src/cli/report/model';
import { formatPretty } from '../../server/src/cli/report/pretty';
import { FINGERPRINT_KEY, toSarif } from '../../server/src/cli/report/sarif';
import { at, CONTEXT, MEASURE, REPORTS, sarifSchemaErrors, xmlProblems } from './support';

const result = buildResult(REPORTS);

describe('the results model', () => {
  it('sorts files by path and counts each severity', () => {
    expect(result.files.map((f) => f.path)).toEqual(['rules/clean.hewitt', 'rules/funding.hewitt', 'rules/measure.hewitt']);
    expect(result.summary).toEqual({ files: 3, errors: 1, warnings: 1, infos: 1, hints: 1 });
  });

  it('keeps only what the filter accepts (for --quiet)', () => {
    const quiet = buildResult(REPORTS, (severity) => reachesFailLevel(severity, 'warning'));
    expect(quiet.summary).toEqual({ files: 3, errors: 1, warnings: 1, infos: 0, hints: 0 });
  });

  it.each([
    [{ files: 3, errors: 2, warnings: 1, infos: 0, hints: 0 }, '2 errors, 1 warning in 3 files'],
    [{ files: 1, errors: 0, warnings: 0, infos: 1, hints: 2 }, '1 info, 2 hints in 1 file'],
    [{ files: 3, errors: 0, warnings: 0, infos: 0, hints: 0 }, 'No problems in 3 files.'],
    [{ files: 0, errors: 0, warnings: 0, infos: 0, hints: 0 }, 'No problems in 0 files.'],
  ])('summarises %o as %s', (summary, line) => {
    expect(summaryLine(summary)).toBe(line);
  });
});

describe('pretty', () => {
  it('shows each problem with its source line and carets, then a summary', () => {
    expect(formatPretty(result, CONTEXT)).toMatchInlineSnapshot(`
      "rules/funding.hewitt:1:1 hint hewitt/hinted A hint.
        1 | funding f "F" {
          | ^~~~~~~

      rules/funding.hewitt:2:10 info invalid-value Line one, 50% done:
        line two
        2 | 	amount: £250k
          | 	        ^~~~~

      rules/measure.hewitt:2:8 error unknown-name The name \`nowhere\` is not declared.
        2 |   from nowhere
          |        ^~~~~~~

      rules/measure.hewitt:3:10 warning hewitt/example Counts need a 100% "where" <check> & review.
        3 |   value: count()
          |          ^~~~~~~

      1 error, 1 warning, 1 info, 1 hint in 3 files
      "
    `);
  });

  it('colours only when asked to', () => {
    expect(formatPretty(result, CONTEXT)).not.toContain('\u001b[');
    const coloured = formatPretty(result, { ...CONTEXT, color: true });
    expect(coloured).toContain('\u001b[31merror\u001b[39m');
    expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(formatPretty(result, CONTEXT));
  });

  it('says so when there are no problems, and can leave the summary out', () => {
    const clean = buildResult([REPORTS[1]]);
    expect(formatPretty(clean, CONTEXT)).toBe('No problems in 1 file.\n');
    expect(formatPretty(clean, CONTEXT, { omitSummary: true })).toBe('');
  });

  it('underlines an empty range with one caret and a multi-line range to the end of its first line', () => {
    const text = 'ab\ncd\n';
    const empty = buildResult([{ path: 'x.hewitt', text, diagnostics: [{ code: 'syntax', severity: 'error', message: 'M.', span: { start: 1, end: 1 } }] }]);
    const long = buildResult([{ path: 'x.hewitt', text, diagnostics: [{ code: 'syntax', severity: 'error', message: 'M.', span: { start: 0, end: 5 } }] }]);
    expect(formatPretty(empty, CONTEXT, { omitSummary: true }).split('\n')[2]).toBe('    |  ^');
    expect(formatPretty(long, CONTEXT, { omitSummary: true }).split('\n')[2]).toBe('    | ^~');
  });
});

describe('json', () => {
  it('has exactly the documented shape, 0-based UTF-16 positions, clean files included', () => {
    const json = JSON.parse(formatJson(result));
    expect(Object.keys(json)).toEqual(['version', 'files', 'summary']);
    expect(json.files[0]).toEqual({ path: 'rules/clean.hewitt', diagnostics: [] });
    expect(json.files[2].diagnostics[0]).toEqual({
      code: 'unknown-name',
      severity: 'error',
      message: 'The name `nowhere` is not declared.',
      range: { start: { line: 1, character: 7 }, end: { line: 1, character: 14 } },
    });
    expect(Object.keys(json.files[2].diagnostics[0])).toEqual(['code', 'severity', 'message', 'range']);
    expect(json.summary).toEqual({ files: 3, errors: 1, warnings: 1, infos: 1, hints: 1 });
  });

  it('counts characters in UTF-16 code units', () => {
    const text = 'x "🙂" nowhere';
    const json = JSON.parse(formatJson(buildResult([{ path: 'u.hewitt', text, diagnostics: [at(text, 'nowhere', 'unknown-name', 'error', 'M.')] }])));
    expect(json.files[0].diagnostics[0].range.start).toEqual({ line: 0, character: 7 });
  });
});

describe('sarif', () => {
  const log = toSarif(result, CONTEXT) as any;
  const run = log.runs[0];

  it('is valid against the SARIF 2.1.0 schema', () => {
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(sarifSchemaErrors(toSarif(buildResult([]), CONTEXT))).toEqual([]);
  });

  it('describes the tool and only the rules its results use, with stable ids', () => {
    expect(run.tool.driver).toMatchObject({ name: 'hewitt', version: '0.1.0', informationUri: 'https://example.org/hewitt' });
    expect(run.tool.driver.rules.map((r: any) => r.id)).toEqual(['hewitt/example', 'hewitt/hinted', 'invalid-value', 'unknown-name']);
    expect(run.tool.driver.rules[3]).toEqual({
      id: 'unknown-name',
      shortDescription: { text: 'Unknown name' },
      fullDescription: { text: 'A name that is not declared in this file or an imported file.' },
      help: { text: 'A name that is not declared in this file or an imported file.' },
    });
  });

  it('locates results relative to %SRCROOT% with 1-based regions and maps severities to levels', () => {
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///work/project/' } });
    expect(run.artifacts.map((a: any) => a.location.uri)).toEqual(['rules/clean.hewitt', 'rules/funding.hewitt', 'rules/measure.hewitt']);
    const unknown = run.results.find((r: any) => r.ruleId === 'unknown-name');
    expect(unknown).toMatchObject({
      ruleIndex: 3,
      level: 'error',
      message: { text: 'The name `nowhere` is not declared.' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'rules/measure.hewitt', uriBaseId: '%SRCROOT%', index: 2 },
            region: { startLine: 2, startColumn: 8, endLine: 2, endColumn: 15 },
          },
        },
      ],
    });
    expect(run.results.map((r: any) => r.level)).toEqual(['note', 'note', 'error', 'warning']);
  });

  it('fingerprints on code, path, line text and message, not on line numbers', () => {
    const moved = '\n\n' + MEASURE;
    const movedLog = toSarif(buildResult([{ path: 'rules/measure.hewitt', text: moved, diagnostics: [at(moved, 'nowhere', 'unknown-name', 'error', 'The name `nowhere` is not declared.')] }]), CONTEXT) as any;
    const before = run.results.find((r: any) => r.ruleId === 'unknown-name').partialFingerprints[FINGERPRINT_KEY];
    expect(movedLog.runs[0].results[0].partialFingerprints[FINGERPRINT_KEY]).toBe(before);
    const hashes = run.results.map((r: any) => r.partialFingerprints[FINGERPRINT_KEY]);
    expect(new Set(hashes).size).toBe(hashes.length);
  });

  it('percent-encodes artifact paths', () => {
    const spaced = toSarif(buildResult([{ path: 'my rules/a#1.hewitt', text: '', diagnostics: [] }]), CONTEXT) as any;
    expect(spaced.runs[0].artifacts[0].location.uri).toBe('my%20rules/a%231.hewitt');
  });
});

describe('github', () => {
  it('writes one workflow command per problem', () => {
    expect(formatGithub(result)).toMatchInlineSnapshot(`
      "::notice file=rules/funding.hewitt,line=1,col=1,endLine=1,endColumn=7,title=hewitt/hinted::A hint.
      ::notice file=rules/funding.hewitt,line=2,col=10,endLine=2,endColumn=14,title=invalid-value::Line one, 50%25 done:%0Aline two
      ::error file=rules/measure.hewitt,line=2,col=8,endLine=2,endColumn=14,title=unknown-name::The name \`nowhere\` is not declared.
      ::warning file=rules/measure.hewitt,line=3,col=10,endLine=3,endColumn=16,title=hewitt/example::Counts need a 100%25 "where" <check> & review.
      "
    `);
  });

  it('escapes data and properties as GitHub documents', () => {
    const d = { code: 'a:b,c', severity: 'error' as const, message: '100% sure\r\nnext', start: { line: 0, character: 0 }, end: { line: 0, character: 3 }, lineText: 'abc' };
    expect(workflowCommand('dir,x/y:z%.hewitt', d)).toBe(
      '::error file=dir%2Cx/y%3Az%25.hewitt,line=1,col=1,endLine=1,endColumn=3,title=a%3Ab%2Cc::100%25 sure%0D%0Anext',
    );
  });

  it('writes a Markdown job summary with counts and the problems', () => {
    expect(githubStepSummary(result)).toMatchInlineSnapshot(`
      "### Hewitt Rules check

      | Files | Errors | Warnings | Infos | Hints |
      | ---: | ---: | ---: | ---: | ---: |
      | 3 | 1 | 1 | 1 | 1 |

      | Severity | Where | Code | Message |
      | --- | --- | --- | --- |
      | hint | rules/funding.hewitt:1:1 | hewitt/hinted | A hint. |
      | info | rules/funding.hewitt:2:10 | invalid-value | Line one, 50% done: line two |
      | error | rules/measure.hewitt:2:8 | unknown-name | The name \`nowhere\` is not declared. |
      | warning | rules/measure.hewitt:3:10 | hewitt/example | Counts need a 100% "where" <check> & review. |

      "
    `);
    expect(githubStepSummary(buildResult([]))).toContain('No problems found.');
  });
});

describe('junit', () => {
  it('has a testsuite per file and a failing testcase per problem at the fail level', () => {
    expect(formatJunit(result, CONTEXT)).toMatchInlineSnapshot(`
      "<?xml version="1.0" encoding="UTF-8"?>
      <testsuites name="hewitt" tests="3" failures="1" errors="0">
        <testsuite name="rules/clean.hewitt" tests="1" failures="0" errors="0" skipped="0">
          <testcase classname="rules/clean.hewitt" name="rules/clean.hewitt"/>
        </testsuite>
        <testsuite name="rules/funding.hewitt" tests="1" failures="0" errors="0" skipped="0">
          <testcase classname="rules/funding.hewitt" name="rules/funding.hewitt"/>
        </testsuite>
        <testsuite name="rules/measure.hewitt" tests="1" failures="1" errors="0" skipped="0">
          <testcase classname="rules/measure.hewitt" name="2:8 unknown-name">
            <failure type="unknown-name" message="The name \`nowhere\` is not declared.">error rules/measure.hewitt:2:8 unknown-name: The name \`nowhere\` is not declared.</failure>
          </testcase>
        </testsuite>
      </testsuites>
      "
    `);
  });

  it('is checked by a well-formedness test that does find broken XML', () => {
    expect(xmlProblems('<?xml version="1.0" encoding="UTF-8"?>\n<a><b></a>')).not.toEqual([]);
    expect(xmlProblems('<?xml version="1.0" encoding="UTF-8"?>\n<a x="1">R & D</a>')).not.toEqual([]);
    expect(xmlProblems(formatJunit(buildResult([]), CONTEXT))).toEqual([]);
  });

  it('fails warnings too at --fail-level warning', () => {
    const xml = formatJunit(result, { ...CONTEXT, failLevel: 'warning' });
    expect(xml).toContain('<testsuites name="hewitt" tests="4" failures="2" errors="0">');
    expect(xml).toContain('message="Counts need a 100% &quot;where&quot; &lt;check&gt; &amp; review."');
    expect(xmlProblems(xml)).toEqual([]);
  });
});
