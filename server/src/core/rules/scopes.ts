// Targets by scope across the workspace, in path then source order, for the priority rules.

import type { Span } from '../syntax/ast';
import type { FileFacts } from './facts';

export interface ScopedTarget {
  readonly path: string;
  readonly name: string;
  readonly scopeSpan: Span;
}

export function targetsByScope(facts: readonly FileFacts[], scope: string): ScopedTarget[] {
  const found: ScopedTarget[] = [];
  for (const file of facts) {
    for (const target of file.targets) {
      if (target.scope !== scope || target.scopeSpan === undefined) continue;
      found.push({ path: file.path, name: target.name, scopeSpan: target.scopeSpan });
    }
  }
  return found;
}
