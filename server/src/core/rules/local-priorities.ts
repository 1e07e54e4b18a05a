// hewitt/local-priorities — Hewitt Review H-11: local priorities carry equal weight to national
// ones. Reports, on the first national target, a workspace with national targets but no target
// with `scope: system` or `scope: place`.

import { docsPath, type Rule } from './rule';
import { targetsByScope } from './scopes';

const NAME = 'local-priorities';

export const localPriorities: Rule = {
  id: `hewitt/${NAME}`,
  defaultSeverity: 'info',
  title: 'Local priorities beside national ones',
  recommendation: { id: 'H-11', summary: 'Local priorities should carry equal weight to national ones.' },
  options: [],
  docs: docsPath(NAME),
  needs: ['workspace'],
  checkWorkspace(ctx) {
    const national = targetsByScope(ctx.facts, 'national');
    if (national.length === 0) return;
    if (targetsByScope(ctx.facts, 'system').length > 0 || targetsByScope(ctx.facts, 'place').length > 0) return;
    const first = national[0];
    ctx.report(
      first.path,
      first.scopeSpan,
      `The workspace has ${national.length === 1 ? 'a national target' : `${national.length} national targets`} but no system or place target; Hewitt recommendation H-11 asks for local priorities to carry equal weight: add targets with \`scope: system\` or \`scope: place\`.`,
    );
  },
};
