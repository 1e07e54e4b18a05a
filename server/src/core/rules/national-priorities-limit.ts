// hewitt/national-priorities-limit — Hewitt Review H-10: no more than ten national priorities (the
// 2023/24 planning guidance had 31 national objectives). Counts targets with `scope: national`
// across the workspace and reports the one that crosses the limit.

import { docsPath, numberOption, type Rule } from './rule';
import { count } from './syntax';
import { targetsByScope } from './scopes';

const NAME = 'national-priorities-limit';

export const nationalPrioritiesLimit: Rule = {
  id: `hewitt/${NAME}`,
  defaultSeverity: 'warning',
  title: 'No more than ten national priorities',
  recommendation: { id: 'H-10', summary: 'No more than 10 national priorities (the 2023/24 planning guidance had 31 national objectives).' },
  options: [{ name: 'max', type: 'integer', default: 10, minimum: 1, description: 'The most targets with `scope: national` the workspace may hold.' }],
  docs: docsPath(NAME),
  needs: ['workspace'],
  checkWorkspace(ctx) {
    const max = numberOption(ctx.options, 'max', 10);
    const national = targetsByScope(ctx.facts, 'national');
    const crossing = national[max];
    if (crossing === undefined) return;
    ctx.report(
      crossing.path,
      crossing.scopeSpan,
      `Target \`${crossing.name}\` is national target ${max + 1} of ${national.length} in the workspace; Hewitt recommendation H-10 asks for no more than ${count(max, 'national priority', 'national priorities')}: group targets under fewer priorities, or make some \`scope: system\` or \`scope: place\`.`,
    );
  },
};
