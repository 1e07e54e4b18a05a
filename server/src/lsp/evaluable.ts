// Which rule files the explorer reads data for: only in a trusted folder and only a rule file
// without errors, as for the preview. Shared by the explorer requests and the editor's offers of
// a category skeleton.

import { checkModel } from '../core/check';
import { CATALOGUE } from '../core/rules/catalogue';
import type { SemanticModel } from '../core/semantics/model';
import type { HandlerContext } from './handlers/context';
import { isRuleFile } from './uris';

/** The model of a rule file that may be evaluated, or undefined. */
export function evaluableModel(ctx: HandlerContext, uri: string): { readonly path: string; readonly model: SemanticModel } | undefined {
  const path = ctx.uris.pathOf(uri);
  if (!isRuleFile(path) || ctx.evaluations.data === undefined) return undefined;
  const model = ctx.workspace.modelOf([path]);
  const checked = checkModel(model, [...model.files.keys()], { configFor: (p) => ctx.config.configFor(p), catalogue: CATALOGUE });
  return checked.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? undefined : { path, model };
}
