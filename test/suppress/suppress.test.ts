// Suppression comments. Each fixture's `^^^ code` markers are the diagnostics a rule produced
// (the input); the expectations list what is kept and what is silenced, as `code [text]`.
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../server/src/core/diagnostics';
import { parse } from '../../server/src/core/syntax/parse';
import { applySuppressions } from '../../server/src/core/suppress/suppress';
import { parseFixture } from '../support/fixture';

const KNOWN = new Set(['hewitt/recurrent-funding', 'hewitt/data-transparency', 'hewitt/prevention-definition']);

function suppress(source: string): { kept: string[]; suppressed: string[] } {
  const fixture = parseFixture(source);
  const text = [...fixture.files.values()][0] ?? '';
  const input: Diagnostic[] = fixture.expected.map((e) => ({
    code: e.code,
    severity: 'warning',
    message: e.messagePart || 'a problem',
    span: { start: e.start, end: e.end },
  }));
  const outcome = applySuppressions(parse(text).file, input, KNOWN);
  const show = (d: Diagnostic): string => `${d.code} [${text.slice(d.span.start, d.span.end)}]`;
  return {
    kept: outcome.kept.map((d) => (d.code.startsWith('suppression-') ? `${show(d)} ${d.message}` : show(d))),
    suppressed: outcome.suppressed.map((s) => `${show(s.diagnostic)} by [${text.slice(s.comment.start, s.comment.end)}] because "${s.reason}"`),
  };
}

describe('suppressions', () => {
  it('silence the named rule on the next declaration only', () => {
    expect(
      suppress(`
        // hewitt-ignore hewitt/recurrent-funding: one-off pilot agreed by the ICB board
        funding pilot "Pilot" { amount: £50k recurrent: no }
        //      ^^^^^ hewitt/recurrent-funding
        //                                   ^^^^^^^^^^^^^ hewitt/data-transparency
        funding other "Other" { amount: £50k recurrent: no }
        //      ^^^^^ hewitt/recurrent-funding
      `),
    ).toMatchInlineSnapshot(`
      {
        "kept": [
          "hewitt/data-transparency [recurrent: no]",
          "hewitt/recurrent-funding [other]",
        ],
        "suppressed": [
          "hewitt/recurrent-funding [pilot] by [// hewitt-ignore hewitt/recurrent-funding: one-off pilot agreed by the ICB board] because "one-off pilot agreed by the ICB board"",
        ],
      }
    `);
  });

  it('inside a body, cover the next category only', () => {
    expect(
      suppress(`
        classification prevention on ledger "Prevention" {
          basis: "x"
          category screening "Screening" { level: secondary }
          //       ^^^^^^^^^ hewitt/prevention-definition
          // hewitt-ignore hewitt/prevention-definition: the level is set nationally
          category vaccination "Vaccination" { }
          //       ^^^^^^^^^^^ hewitt/prevention-definition
        }
      `),
    ).toMatchInlineSnapshot(`
      {
        "kept": [
          "hewitt/prevention-definition [screening]",
        ],
        "suppressed": [
          "hewitt/prevention-definition [vaccination] by [// hewitt-ignore hewitt/prevention-definition: the level is set nationally] because "the level is set nationally"",
        ],
      }
    `);
  });

  it('without a reason silence nothing and are reported', () => {
    expect(
      suppress(`
        // hewitt-ignore hewitt/recurrent-funding
        funding pilot "Pilot" { amount: £50k recurrent: no }
        //      ^^^^^ hewitt/recurrent-funding
        // hewitt-ignore hewitt/recurrent-funding:
        funding other "Other" { amount: £50k recurrent: no }
      `),
    ).toMatchInlineSnapshot(`
      {
        "kept": [
          "hewitt/recurrent-funding [pilot]",
          "suppression-reason [// hewitt-ignore hewitt/recurrent-funding] This suppression of \`hewitt/recurrent-funding\` gives no reason, so it silences nothing; write the reason after a colon: \`// hewitt-ignore hewitt/recurrent-funding: <why this is acceptable>\`.",
          "suppression-reason [// hewitt-ignore hewitt/recurrent-funding:] This suppression of \`hewitt/recurrent-funding\` gives no reason, so it silences nothing; write the reason after a colon: \`// hewitt-ignore hewitt/recurrent-funding: <why this is acceptable>\`.",
        ],
        "suppressed": [],
      }
    `);
  });

  it('that silence nothing are reported', () => {
    expect(
      suppress(`
        // hewitt-ignore hewitt/data-transparency: owner is published elsewhere
        funding pilot "Pilot" { amount: £50k recurrent: no }
        //      ^^^^^ hewitt/recurrent-funding
        // hewitt-ignore hewitt/recurrent-funding: nothing after this
      `),
    ).toMatchInlineSnapshot(`
      {
        "kept": [
          "hewitt/recurrent-funding [pilot]",
          "suppression-unused [// hewitt-ignore hewitt/data-transparency: owner is published elsewhere] This suppression of \`hewitt/data-transparency\` silences nothing: the declaration after it has no such problem; remove the comment.",
          "suppression-unused [// hewitt-ignore hewitt/recurrent-funding: nothing after this] This suppression of \`hewitt/recurrent-funding\` silences nothing: nothing follows it to silence; remove the comment.",
        ],
        "suppressed": [],
      }
    `);
  });

  it('of an unknown rule or a structural check are reported and silence nothing', () => {
    expect(
      suppress(`
        // hewitt-ignore hewitt/recurent-funding: typo
        funding pilot "Pilot" { amount: £50k recurrent: no }
        //      ^^^^^ hewitt/recurrent-funding
        // hewitt-ignore type-mismatch: the units are fine
        measure m "M" { from ledger value: sum(icb) }
        //                                 ^^^^^^^^ type-mismatch
        // hewitt-ignore data-transparency: no prefix
        dataset d "D" { }
        // hewitt-ignore
        dataset e "E" { }
      `),
    ).toMatchInlineSnapshot(`
      {
        "kept": [
          "hewitt/recurrent-funding [pilot]",
          "type-mismatch [sum(icb)]",
          "suppression-unknown-rule [hewitt/recurent-funding] The checker has no rule \`hewitt/recurent-funding\` to suppress; did you mean \`hewitt/recurrent-funding\`?",
          "suppression-unknown-rule [type-mismatch] \`type-mismatch\` is a structural check and cannot be suppressed; correct the text instead. Only catalogue rules (\`hewitt/…\`) can be suppressed.",
          "suppression-unknown-rule [data-transparency] The checker has no rule \`data-transparency\` to suppress; did you mean \`hewitt/data-transparency\`?",
          "suppression-unknown-rule [// hewitt-ignore] This suppression names no rule; write \`// hewitt-ignore hewitt/<rule>: <reason>\`.",
        ],
        "suppressed": [],
      }
    `);
  });

  it('leave a file without suppressions untouched, and ignore other comments', () => {
    expect(
      suppress(`
        // hewitt-ignored is not a suppression; nor is /* hewitt-ignore x: y */
        /* hewitt-ignore hewitt/recurrent-funding: block comments do not count */
        funding pilot "Pilot" { amount: £50k recurrent: no }
        //      ^^^^^ hewitt/recurrent-funding
      `),
    ).toEqual({ kept: ['hewitt/recurrent-funding [pilot]'], suppressed: [] });
  });
});
