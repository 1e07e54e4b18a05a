// Where a dataset's property is written (`file:line:column`), for the messages of
// `hewitt eval --engine` about a dataset's `table:` or `engine:`; the semantic check cannot judge
// these, since it does not see the configured engines.

import { property } from '../../core/eval/bindings';
import type { SemanticModel, SemanticSymbol } from '../../core/semantics/model';
import { memberKeySpan } from '../../core/semantics/schema';
import { LineIndex } from '../../core/text/line-index';

/** `path:line:column` of the dataset's `key` property (else of its declaration). */
export function placeOf(model: SemanticModel | undefined, dataset: SemanticSymbol, key: string): string {
  const declaration = dataset.declaration;
  const members = declaration.kind === 'Dataset' ? declaration.members : [];
  const member = members.find((m) => m.kind === 'Property' && m.key === key);
  const start = member ? memberKeySpan(member).start : declaration.span.start;
  const at = new LineIndex(model?.files.get(dataset.path)?.text ?? '').position(start);
  return `${dataset.path}:${at.line + 1}:${at.character + 1}`;
}

/** The engine a dataset's `engine:` names, when it names one. */
export function engineOf(dataset: SemanticSymbol): string | undefined {
  const members = dataset.declaration.kind === 'Dataset' ? dataset.declaration.members : [];
  const value = property(members, 'engine');
  return value?.kind === 'Reference' && value.parts.length === 1 ? value.parts[0]?.text : undefined;
}
