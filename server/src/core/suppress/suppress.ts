// Suppressions: `// hewitt-ignore <rule>: <reason>` silences one catalogue rule on the next
// declaration (or, inside a body, on the next category, column or member). A suppression must
// give a reason and must silence something; problems with suppressions are warnings themselves.

import { STRUCTURAL_CODES, type Diagnostic } from '../diagnostics';
import type { SourceFile, Span } from '../syntax/ast';
import { CONFIG_CODES } from '../config/codes';
import { closestName } from '../semantics/suggest';
import { readSuppressions, type SuppressionComment } from './read';
import { suppressionTarget } from './target';

export interface Suppressed {
  readonly diagnostic: Diagnostic;
  readonly rule: string;
  readonly reason: string;
  readonly comment: Span;
}

export interface SuppressionOutcome {
  readonly kept: Diagnostic[];
  readonly suppressed: Suppressed[];
}

/**
 * Splits `diagnostics` (all of one file) into those silenced by a suppression comment and those
 * kept; problems with the suppressions themselves are added to `kept`. `knownRules` are the ids
 * that may be suppressed: the catalogue's.
 */
export function applySuppressions(file: SourceFile, diagnostics: readonly Diagnostic[], knownRules: ReadonlySet<string>): SuppressionOutcome {
  const comments = readSuppressions(file.comments);
  if (comments.length === 0) return { kept: [...diagnostics], suppressed: [] };

  const problems: Diagnostic[] = [];
  const active: { readonly comment: SuppressionComment; readonly target?: Span; used: boolean }[] = [];
  for (const comment of comments) {
    const problem = checkComment(comment, knownRules);
    if (problem !== undefined) problems.push(problem);
    else active.push({ comment, target: suppressionTarget(file, comment.span), used: false });
  }

  const kept: Diagnostic[] = [];
  const suppressed: Suppressed[] = [];
  for (const diagnostic of diagnostics) {
    const by = active.find(
      (s) => s.target !== undefined && s.comment.rule === diagnostic.code && covers(s.target, diagnostic.span),
    );
    if (by === undefined) {
      kept.push(diagnostic);
      continue;
    }
    by.used = true;
    suppressed.push({ diagnostic, rule: by.comment.rule, reason: by.comment.reason, comment: by.comment.span });
  }
  for (const s of active) {
    if (s.used) continue;
    const where = s.target === undefined ? 'nothing follows it to silence' : 'the declaration after it has no such problem';
    problems.push({
      code: 'suppression-unused',
      severity: 'warning',
      message: `This suppression of \`${s.comment.rule}\` silences nothing: ${where}; remove the comment.`,
      span: s.comment.span,
    });
  }
  return { kept: [...kept, ...problems], suppressed };
}

/** A problem that makes the comment silence nothing, or undefined when it is a valid suppression. */
function checkComment(comment: SuppressionComment, knownRules: ReadonlySet<string>): Diagnostic | undefined {
  if (comment.rule === '') {
    return {
      code: 'suppression-unknown-rule',
      severity: 'warning',
      message: 'This suppression names no rule; write `// hewitt-ignore hewitt/<rule>: <reason>`.',
      span: comment.span,
    };
  }
  if (!knownRules.has(comment.rule)) {
    return { code: 'suppression-unknown-rule', severity: 'warning', message: unknownRuleMessage(comment.rule, knownRules), span: comment.ruleSpan };
  }
  if (comment.reason === '') {
    return {
      code: 'suppression-reason',
      severity: 'warning',
      message: `This suppression of \`${comment.rule}\` gives no reason, so it silences nothing; write the reason after a colon: \`// hewitt-ignore ${comment.rule}: <why this is acceptable>\`.`,
      span: comment.span,
    };
  }
  return undefined;
}

function unknownRuleMessage(rule: string, knownRules: ReadonlySet<string>): string {
  if (rule in STRUCTURAL_CODES || rule in CONFIG_CODES) {
    return `\`${rule}\` is a structural check and cannot be suppressed; correct the text instead. Only catalogue rules (\`hewitt/…\`) can be suppressed.`;
  }
  const ids = [...knownRules];
  const hint = closestName(rule, ids) ?? (knownRules.has(`hewitt/${rule}`) ? `hewitt/${rule}` : undefined);
  return `The checker has no rule \`${rule}\` to suppress${hint ? `; did you mean \`${hint}\`?` : '; rule ids look like `hewitt/prevention-shift`.'}`;
}

/** Whether a diagnostic starting at `span.start` lies in `target`. */
function covers(target: Span, span: Span): boolean {
  return span.start >= target.start && span.start < Math.max(target.end, target.start + 1);
}
