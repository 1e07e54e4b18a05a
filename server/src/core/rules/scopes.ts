// Targets by scope across files, in path then source order, for the workspace-wide priority rules.

import type { FileModel } from '../semantics/model';
import type { Span } from '../syntax/ast';
import { declarationsOf, propertyOf, wordOf } from './syntax';

export interface ScopedTarget {
  readonly path: string;
  readonly name: string;
  readonly scopeSpan: Span;
}

export function targetsByScope(files: readonly FileModel[], scope: string): ScopedTarget[] {
  const found: ScopedTarget[] = [];
  for (const file of files) {
    for (const target of declarationsOf(file, 'Target')) {
      const property = propertyOf(target.members, 'scope');
      if (property?.value === undefined || wordOf(property.value) !== scope) continue;
      found.push({ path: file.path, name: target.name?.text ?? 'target', scopeSpan: property.value.span });
    }
  }
  return found;
}
