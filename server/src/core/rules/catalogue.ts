// The catalogue: every rule the checker ships, and running them over a workspace with the
// severities and options each file's configuration gives. A rule set to `off` is not run.

import { registerCodes, type CodeInfo } from '../codes';
import type { ResolvedConfig, RuleSetting } from '../config/config';
import { severityRank, type Diagnostic, type Fix, type Severity } from '../diagnostics';
import type { EvalResult } from '../eval/result';
import type { SemanticModel } from '../semantics/model';
import type { Span } from '../syntax/ast';
import { dataTransparency } from './data-transparency';
import { factsOf, type FileFacts } from './facts';
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
 * the findings in its own files. Workspace rules judge the facts of every file: the model's own
 * files, plus `workspace` (facts of the other files of the workspace, from earlier analyses).
 * Findings in the evaluation result (`data`) with a catalogue code take the configured severity
 * too (or are dropped when their rule is off); its other diagnostics (data cells, data files) are
 * kept as they are. `rules` limits the run (and the evaluation's findings kept) to some rules.
 * Returns the diagnostics of every file of the model, unsorted.
 */
export function runCatalogue(
  model: SemanticModel,
  configFor: (path: string) => ResolvedConfig,
  data?: EvalResult,
  rules: readonly Rule[] = CATALOGUE,
  workspace?: ReadonlyMap<string, FileFacts>,
): Map<string, Diagnostic[]> {
  const files = filesInOrder(model);
  const out = new Map<string, Diagnostic[]>(files.map((f) => [f.path, []]));
  for (const [config, governed] of groupByConfig(files, configFor)) {
    const paths = new Set(governed.map((f) => f.path));
    for (const rule of rules) {
      const setting = settingOf(config, rule);
      if (setting.severity === 'off' || rule.check === undefined) continue;
      const dataOnly = rule.needs.every((need) => need === 'data');
      if (dataOnly && data === undefined) continue;
      rule.check({
        model,
        files: governed,
        options: setting.options,
        ...(data !== undefined && rule.needs.includes('data') ? { data } : {}),
        report: reporter(rule, setting.severity, paths, out),
      });
    }
  }
  if (rules.some((rule) => rule.checkWorkspace !== undefined)) {
    const facts = new Map(workspace);
    for (const file of files) facts.set(file.path, factsOf(model, file));
    for (const [path, found] of workspaceFindings(facts, configFor, rules)) out.get(path)?.push(...found);
  }
  if (data !== undefined) mergeEvaluation(data, configFor, out, new Set(rules));
  return out;
}

/**
 * The findings of the workspace rules over the facts of every file of a workspace, by path: only
 * files with findings are listed. Cheap (no analysis), so the language server runs it after every
 * change to learn which other files' diagnostics a change affects.
 */
export function workspaceFindings(
  facts: ReadonlyMap<string, FileFacts>,
  configFor: (path: string) => ResolvedConfig,
  rules: readonly Rule[] = CATALOGUE,
): Map<string, Diagnostic[]> {
  const all = [...facts.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const out = new Map<string, Diagnostic[]>(all.map((f) => [f.path, []]));
  for (const [config, governed] of groupByConfig(all, configFor)) {
    const paths = new Set(governed.map((f) => f.path));
    for (const rule of rules) {
      const setting = settingOf(config, rule);
      if (setting.severity === 'off' || rule.checkWorkspace === undefined) continue;
      rule.checkWorkspace({ facts: all, options: setting.options, report: reporter(rule, setting.severity, paths, out) });
    }
  }
  for (const [path, list] of out) if (list.length === 0) out.delete(path);
  return out;
}

function groupByConfig<T extends { readonly path: string }>(files: readonly T[], configFor: (path: string) => ResolvedConfig): Map<ResolvedConfig, T[]> {
  const groups = new Map<ResolvedConfig, T[]>();
  for (const file of files) {
    const config = configFor(file.path);
    const group = groups.get(config);
    if (group === undefined) groups.set(config, [file]);
    else group.push(file);
  }
  return groups;
}

/** Reports a rule's finding, with its configured severity, when it lies in one of `paths`. */
function reporter(rule: Rule, severity: Severity, paths: ReadonlySet<string>, out: Map<string, Diagnostic[]>) {
  return (path: string, span: Span, message: string, fixes?: readonly Fix[], weight: FindingWeight = 'main'): void => {
    if (!paths.has(path)) return;
    out.get(path)?.push({
      code: rule.id,
      severity: weight === 'minor' ? lower(severity, 'info') : severity,
      message,
      span,
      ...(fixes !== undefined && fixes.length > 0 ? { fixes } : {}),
    });
  };
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
