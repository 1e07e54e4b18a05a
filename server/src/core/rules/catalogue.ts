// The catalogue: every rule the checker ships, and running them over a workspace with the
// severities and options each file's configuration gives. A rule set to `off` is not run.

import { registerCodes, type CodeInfo } from '../codes';
import type { ResolvedConfig, RuleSetting } from '../config/config';
import { severityRank, type Diagnostic, type Fix, type Severity } from '../diagnostics';
import type { EvalResult } from '../eval/result';
import type { FileModel, SemanticModel } from '../semantics/model';
import type { Span } from '../syntax/ast';
import { dataTransparency } from './data-transparency';
import { localPriorities } from './local-priorities';
import { multiYearHorizon } from './multi-year-horizon';
import { nationalPrioritiesLimit } from './national-priorities-limit';
import { noDoubleCount } from './no-double-count';
import { outcomeMetrics } from './outcome-metrics';
import { preventionDefinition } from './prevention-definition';
import { preventionShift } from './prevention-shift';
import { qofPointsBudget } from './qof-points-budget';
import { recurrentFunding } from './recurrent-funding';
import { RULE_DOCS_BASE, ruleName, type FindingWeight, type Rule } from './rule';
import { filesInOrder } from './syntax';
import { stratifyInequalities } from './stratify-inequalities';

export const CATALOGUE: readonly Rule[] = [
  preventionShift,
  preventionDefinition,
  noDoubleCount,
  nationalPrioritiesLimit,
  localPriorities,
  recurrentFunding,
  multiYearHorizon,
  outcomeMetrics,
  stratifyInequalities,
  dataTransparency,
  qofPointsBudget,
];

/** The ids a suppression comment may name. */
export const CATALOGUE_IDS: ReadonlySet<string> = new Set(CATALOGUE.map((rule) => rule.id));

/** The published documentation page of a rule. */
export function ruleHelpUri(rule: Rule): string {
  return `${RULE_DOCS_BASE}${ruleName(rule.id)}.md`;
}

/** Describes every rule's code for reports that list rules (SARIF, help); harmless to repeat. */
export function registerCatalogueCodes(): void {
  const infos: CodeInfo[] = CATALOGUE.map((rule) => ({
    id: rule.id,
    title: rule.title,
    description: `Hewitt Review ${rule.recommendation.id}: ${rule.recommendation.summary}`,
    helpUri: ruleHelpUri(rule),
  }));
  registerCodes(infos);
}

registerCatalogueCodes();

/** A rule's setting under a configuration, its defaults when the configuration does not know it. */
export function settingOf(config: ResolvedConfig, rule: Rule): RuleSetting {
  return (
    config.rules.get(rule.id) ?? {
      severity: rule.defaultSeverity,
      options: Object.fromEntries(rule.options.map((o) => [o.name, o.default])),
    }
  );
}

function lower(a: Severity, b: Severity): Severity {
  return severityRank(a) <= severityRank(b) ? a : b;
}

/**
 * Runs every rule that is not off over the model. Files are grouped by the configuration that
 * governs them; each group runs each rule once with that configuration's options, and keeps only
 * the findings in its own files. Findings in the evaluation result (`data`) with a catalogue code
 * take the configured severity too (or are dropped when their rule is off); its other diagnostics
 * (data cells, data files) are kept as they are. `rules` limits the run (and the evaluation's
 * findings kept) to some rules. Returns the diagnostics of every file, unsorted.
 */
export function runCatalogue(
  model: SemanticModel,
  configFor: (path: string) => ResolvedConfig,
  data?: EvalResult,
  rules: readonly Rule[] = CATALOGUE,
): Map<string, Diagnostic[]> {
  const files = filesInOrder(model);
  const out = new Map<string, Diagnostic[]>(files.map((f) => [f.path, []]));
  const groups = new Map<ResolvedConfig, FileModel[]>();
  for (const file of files) {
    const config = configFor(file.path);
    groups.set(config, [...(groups.get(config) ?? []), file]);
  }
  for (const [config, governed] of groups) {
    const paths = new Set(governed.map((f) => f.path));
    for (const rule of rules) {
      const setting = settingOf(config, rule);
      if (setting.severity === 'off') continue;
      const severity = setting.severity;
      const dataOnly = rule.needs.every((need) => need === 'data');
      if (dataOnly && data === undefined) continue;
      const report = (path: string, span: Span, message: string, fixes?: readonly Fix[], weight: FindingWeight = 'main'): void => {
        if (!paths.has(path)) return;
        const found: Diagnostic = {
          code: rule.id,
          severity: weight === 'minor' ? lower(severity, 'info') : severity,
          message,
          span,
          ...(fixes !== undefined && fixes.length > 0 ? { fixes } : {}),
        };
        out.get(path)?.push(found);
      };
      rule.check({
        model,
        files: rule.needs.includes('workspace') ? files : governed,
        options: setting.options,
        ...(data !== undefined && rule.needs.includes('data') ? { data } : {}),
        report,
      });
    }
  }
  if (data !== undefined) mergeEvaluation(data, configFor, out, new Set(rules));
  return out;
}

const BY_ID = new Map(CATALOGUE.map((rule) => [rule.id, rule]));

function mergeEvaluation(data: EvalResult, configFor: (path: string) => ResolvedConfig, out: Map<string, Diagnostic[]>, running: ReadonlySet<Rule>): void {
  for (const [path, diagnostics] of data.diagnostics) {
    const list = out.get(path) ?? [];
    out.set(path, list);
    for (const d of diagnostics) {
      const rule = BY_ID.get(d.code);
      if (rule === undefined) {
        list.push(d);
        continue;
      }
      const setting = settingOf(configFor(path), rule);
      if (running.has(rule) && setting.severity !== 'off') list.push({ ...d, severity: setting.severity });
    }
  }
}
