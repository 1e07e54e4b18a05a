// hewitt/data-transparency — Hewitt Review H-14: timely, transparent data. Reports a dataset that
// does not name its `owner`, the team that answers for the data.

import { insertMemberFix } from './fixes';
import { docsPath, type Rule } from './rule';
import { declarationsOf, propertyOf } from './syntax';

const NAME = 'data-transparency';

export const dataTransparency: Rule = {
  id: `hewitt/${NAME}`,
  defaultSeverity: 'info',
  title: 'Datasets name their owner',
  recommendation: { id: 'H-14', summary: 'Timely, transparent data, with less duplicative reporting.' },
  options: [],
  docs: docsPath(NAME),
  needs: ['file'],
  check(ctx) {
    for (const file of ctx.files) {
      for (const dataset of declarationsOf(file, 'Dataset')) {
        if (dataset.name === undefined || propertyOf(dataset.members, 'owner') !== undefined) continue;
        const source = propertyOf(dataset.members, 'source');
        const fixes =
          dataset.bodySpan === undefined
            ? []
            : [
                source === undefined
                  ? insertMemberFix('Add an owner', file.text, dataset.span.start, dataset.bodySpan, 'owner: "…"', 'first', true)
                  : { ...afterLine(file.text, source.span.end, 'owner: "…"'), title: 'Add an owner', preferred: true },
              ];
        ctx.report(
          file.path,
          dataset.name.span,
          `Dataset \`${dataset.name.text}\` does not name its owner; Hewitt recommendation H-14 asks for transparent data: add \`owner: "…"\` naming the team that answers for it.`,
          fixes,
        );
      }
    }
  },
};

/** Inserts `line` on a new line after the line that ends at or after `offset`, at that line's indentation. */
function afterLine(text: string, offset: number, line: string): { edits: { span: { start: number; end: number }; newText: string }[] } {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart))![0];
  const lineEnd = text.indexOf('\n', offset);
  const at = lineEnd < 0 ? text.length : lineEnd;
  return { edits: [{ span: { start: at, end: at }, newText: `\n${indent}${line}` }] };
}
