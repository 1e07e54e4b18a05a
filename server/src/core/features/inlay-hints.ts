// Inlay hints: the type of each computed expression (`value`, `numerator`, `denominator`) at its
// end, and the unit of the measure a target names.

import type { SemanticModel } from '../semantics/model';
import { typeOfExpr, unitOf } from '../semantics/lookups';
import type { Member, Span } from '../syntax/ast';
import type { InlayHint } from './types';

const COMPUTED: ReadonlySet<string> = new Set(['value', 'numerator', 'denominator']);

function overlaps(span: Span, range: Span): boolean {
  return span.end >= range.start && span.start <= range.end;
}

export function inlayHintsIn(model: SemanticModel, path: string, range: Span): InlayHint[] {
  const file = model.files.get(path);
  if (file === undefined) return [];
  const hints: InlayHint[] = [];
  const visit = (members: readonly Member[]): void => {
    for (const member of members) {
      if (member.kind === 'Category') visit(member.members);
      if (member.kind !== 'Property' || member.value === undefined || !overlaps(member.span, range)) continue;
      const value = member.value;
      if (COMPUTED.has(member.key) && value.kind !== 'Range' && value.kind !== 'Change') {
        const type = typeOfExpr(model, value);
        if (type !== 'unknown') hints.push({ offset: value.span.end, label: `: ${type}`, kind: 'type' });
      }
      if (member.key === 'measure' && value.kind === 'Reference') {
        const head = value.parts[0];
        const symbol = file.references.find((r) => r.name === head)?.symbol;
        const unit = symbol?.kind === 'measure' ? unitOf(model, symbol) : 'unknown';
        if (unit !== 'unknown') hints.push({ offset: value.span.end, label: `: ${unit}`, kind: 'type' });
      }
    }
  };
  for (const declaration of file.ast.declarations) {
    if (declaration.kind !== 'Import' && overlaps(declaration.span, range)) visit(declaration.members);
  }
  return hints.filter((h) => h.offset >= range.start && h.offset <= range.end).sort((a, b) => a.offset - b.offset);
}
