// Links in a file: the paths of imports and of datasets' `source:`, resolved against the file.

import { resolveRelative } from '../host';
import type { SourceFile } from '../syntax/ast';
import type { DocumentLink } from './types';

export function documentLinks(file: SourceFile, path: string): DocumentLink[] {
  const links: DocumentLink[] = [];
  for (const declaration of file.declarations) {
    if (declaration.kind === 'Import') {
      if (declaration.path && declaration.path.value !== '') {
        links.push({ span: declaration.path.span, target: resolveRelative(path, declaration.path.value) });
      }
      continue;
    }
    if (declaration.kind !== 'Dataset') continue;
    for (const member of declaration.members) {
      if (member.kind === 'Property' && member.key === 'source' && member.value?.kind === 'Text' && member.value.value !== '') {
        links.push({ span: member.value.span, target: resolveRelative(path, member.value.value) });
      }
    }
  }
  return links;
}
