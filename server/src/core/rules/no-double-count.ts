// hewitt/no-double-count — a definition of prevention (Hewitt Review H-02) only gives a baseline
// if each pound is counted once. With data, rows that more than one category matches are counted
// for the first only; the evaluation reports them, with their count, on the later category
// (core/eval/findings.ts). This rule declares the id, its severity and its documentation; the
// catalogue applies the configured severity to those findings.

import { docsPath, type Rule } from './rule';

const NAME = 'no-double-count';

export const noDoubleCount: Rule = {
  id: `hewitt/${NAME}`,
  defaultSeverity: 'warning',
  title: 'Each row in one category',
  recommendation: { id: 'H-02', summary: 'Agree a simple definition of prevention and have each system report a baseline.' },
  options: [],
  docs: docsPath(NAME),
  needs: ['data'],
  check() {
    // Findings come from the evaluation (EvalResult.diagnostics); nothing to add here.
  },
};
