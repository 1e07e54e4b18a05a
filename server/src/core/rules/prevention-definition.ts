// hewitt/prevention-definition — Hewitt Review H-02: agree a simple definition of prevention and
// report a baseline. With no national definition, each classification must say what it is based
// on (`basis`). (A category's `level` or `function` is required by the language itself: a
// category with neither is a `missing-property` error, not this rule's.)

import { insertMemberFix } from './fixes';
import { docsPath, type Rule } from './rule';
import { declarationsOf, propertyOf } from './syntax';

const NAME = 'prevention-definition';

export const preventionDefinition: Rule = {
  id: `hewitt/${NAME}`,
  defaultSeverity: 'warning',
  title: 'Prevention definitions state their basis',
  recommendation: { id: 'H-02', summary: 'Agree a simple definition of prevention and have each system report a baseline.' },
  options: [],
  docs: docsPath(NAME),
  needs: ['file'],
  check(ctx) {
    for (const file of ctx.files) {
      for (const classification of declarationsOf(file, 'Classification')) {
        const name = classification.name;
        if (name === undefined) continue;
        if (propertyOf(classification.members, 'basis') === undefined) {
          const fixes =
            classification.bodySpan === undefined
              ? []
              : [insertMemberFix('Add a `basis` stating the definition used', file.text, classification.span.start, classification.bodySpan, 'basis: "…"', 'first', true)];
          ctx.report(
            file.path,
            name.span,
            `Classification \`${name.text}\` does not say what its definition of prevention is based on; Hewitt recommendation H-02 asks for a stated definition: add \`basis: "…"\`, for example "SHA 2011 HC.6".`,
            fixes,
          );
        }
      }
    }
  },
};
