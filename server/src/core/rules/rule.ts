// A rule of the catalogue: its description (RuleMeta) and its check. A check reads the semantic
// model (and, for data rules, the evaluation result) and reports through its context; it never
// chooses its own severity — the catalogue applies the configured one.

import type { Fix } from '../diagnostics';
import type { EvalResult } from '../eval/result';
import type { FileModel, SemanticModel } from '../semantics/model';
import type { Span } from '../syntax/ast';
import type { FileFacts } from './facts';
import type { OptionValue, RuleMeta } from './meta';

/**
 * What a rule needs: `file` rules judge one file at a time, `workspace` rules count across every
 * file of the workspace (through each file's FileFacts), `data` rules need an evaluation result
 * and stay silent without one.
 */
export type RuleNeed = 'file' | 'workspace' | 'data';

/**
 * `main` findings take the rule's configured severity; `minor` ones (the softer half of a rule,
 * such as "a prevention share no target tracks") take that severity or `info`, whichever is lower.
 */
export type FindingWeight = 'main' | 'minor';

export interface RuleContext {
  readonly model: SemanticModel;
  /** The files to judge, in path order. */
  readonly files: readonly FileModel[];
  /** The rule's options, resolved from the configuration (defaults filled in). */
  readonly options: Readonly<Record<string, OptionValue>>;
  /** The evaluation result, only for rules that need data and only when data was evaluated. */
  readonly data?: EvalResult;
  report(path: string, span: Span, message: string, fixes?: readonly Fix[], weight?: FindingWeight): void;
}

/** What a workspace rule judges: the facts of every file of the workspace, in path order. */
export interface WorkspaceContext {
  readonly facts: readonly FileFacts[];
  readonly options: Readonly<Record<string, OptionValue>>;
  report(path: string, span: Span, message: string, fixes?: readonly Fix[], weight?: FindingWeight): void;
}

export interface Rule extends RuleMeta {
  readonly needs: readonly RuleNeed[];
  /** The judgement of each file on its own (and of its data). */
  check?(ctx: RuleContext): void;
  /** The judgement across the workspace (rules that need `workspace`). */
  checkWorkspace?(ctx: WorkspaceContext): void;
}

/** The documentation pages of the rules, as published. */
export const RULE_DOCS_BASE = 'https://github.com/hewitt-rules/hewitt-rules/blob/main/docs/rules/';

/** `hewitt/prevention-shift` → `prevention-shift`. */
export function ruleName(id: string): string {
  return id.slice(id.indexOf('/') + 1);
}

/** The repository-relative docs page of a rule, for RuleMeta.docs. */
export function docsPath(name: string): string {
  return `docs/rules/${name}.md`;
}

/** A numeric option as a number (options are resolved against their specs, so this is a safe read). */
export function numberOption(options: Readonly<Record<string, OptionValue>>, name: string, fallback: number): number {
  const value = options[name];
  return typeof value === 'number' ? value : fallback;
}

export function moneyOption(options: Readonly<Record<string, OptionValue>>, name: string, fallback: bigint): bigint {
  const value = options[name];
  return typeof value === 'bigint' ? value : fallback;
}

export function stringOption(options: Readonly<Record<string, OptionValue>>, name: string, fallback: string): string {
  const value = options[name];
  return typeof value === 'string' ? value : fallback;
}
