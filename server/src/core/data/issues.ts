// Problems found while loading, kept apart from where they are shown: an issue is anchored to the
// dataset's `source:` or to one of its declared columns by index, and only becomes a diagnostic
// (with a span in the rule file) when placed. Cached loads keep issues, so that a rule file
// edited since the file was read still gets diagnostics at the right places.

import type { Diagnostic, Severity } from '../diagnostics';
import type { DatasetShape } from './shape';

export type IssueAnchor = { readonly kind: 'source' } | { readonly kind: 'column'; readonly index: number };

export interface DataIssue {
  readonly code: 'data-file' | 'data-cell';
  readonly severity: Severity;
  readonly message: string;
  readonly anchor: IssueAnchor;
}

/** The most cell diagnostics listed one by one for a dataset; the rest are counted in a summary. */
export const MAX_CELL_DIAGNOSTICS = 20;

export function placeIssues(issues: readonly DataIssue[], shape: DatasetShape, ruleFile: string): Diagnostic[] {
  return issues.map((issue) => {
    switch (issue.anchor.kind) {
      case 'source':
        return { code: issue.code, severity: issue.severity, message: issue.message, span: shape.sourceSpan };
      case 'column': {
        const column = shape.columns[issue.anchor.index];
        const span = column ? column.span : shape.sourceSpan;
        if (issue.code === 'data-cell') return { code: issue.code, severity: issue.severity, message: issue.message, span };
        const related = [{ path: ruleFile, span: shape.sourceSpan, message: 'The data file is named here.' }];
        return { code: issue.code, severity: issue.severity, message: issue.message, span, related };
      }
    }
  });
}

/** Shows a cell's value in a message: quoted, on one line, shortened when long. */
export function showValue(raw: string): string {
  const flat = raw.replace(/\r\n|\r|\n/g, ' ');
  return `'${flat.length > 40 ? flat.slice(0, 39) + '…' : flat}'`;
}

export function fileIssue(message: string, anchor: IssueAnchor = { kind: 'source' }): DataIssue {
  return { code: 'data-file', severity: 'error', message, anchor };
}

export function cellIssue(message: string, column: number): DataIssue {
  return { code: 'data-cell', severity: 'warning', message, anchor: { kind: 'column', index: column } };
}
