// The rule catalogue as the server uses it: for resolving configuration files, for the check
// options (the same as `hewitt check` uses) and for the `hewitt/rules` request.

import type { CheckOptions } from '../core/check';
import type { ResolvedConfig } from '../core/config/config';
import { CATALOGUE } from '../core/rules/catalogue';
import type { RuleMeta } from '../core/rules/meta';
import type { FileFacts } from '../core/rules/facts';
import type { RuleInfo } from './protocol';

/** The catalogue's rules, which a configuration file may set. */
export const RULES: readonly RuleMeta[] = CATALOGUE;

/**
 * The options of every check the server runs: the same catalogue and configuration as `hewitt
 * check`, and the facts of every file of the workspace for the workspace-wide rules.
 */
export function checkOptions(configFor: (path: string) => ResolvedConfig, workspace: ReadonlyMap<string, FileFacts>): CheckOptions {
  return { configFor, catalogue: CATALOGUE, workspace };
}

export function ruleInfos(rules: readonly RuleMeta[]): RuleInfo[] {
  return rules.map((rule) => ({
    id: rule.id,
    title: rule.title,
    defaultSeverity: rule.defaultSeverity,
    recommendation: { id: rule.recommendation.id, summary: rule.recommendation.summary },
    docs: rule.docs,
    options: rule.options.map((option) => ({ name: option.name, type: option.type, description: option.description })),
  }));
}
