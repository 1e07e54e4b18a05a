// What the configuration, suppressions, documentation and reports need to know about a rule of
// the catalogue. Types only: the rules themselves live beside this file, one per file.

import type { Severity } from '../diagnostics';

/** A rule's severity as configured: one of the diagnostic severities, or `off` to turn it off. */
export type RuleSeverity = Severity | 'off';

export const RULE_SEVERITIES: readonly RuleSeverity[] = ['off', 'hint', 'info', 'warning', 'error'];

/**
 * The JSON type of an option. `money` is written as a number of pounds (`50000`) or a text such as
 * `"£50k"` and is resolved to integer pence (a `bigint`); `integer` is a whole number.
 */
export type OptionType = 'number' | 'integer' | 'boolean' | 'string' | 'money';

/** The value an option takes once resolved: money is held exactly, in pence. */
export type OptionValue = number | boolean | string | bigint;

export interface OptionSpec {
  /** The key in the configuration file, e.g. `max` or `minYears`. */
  readonly name: string;
  readonly type: OptionType;
  /** Used when the configuration does not set the option. Money defaults are in pence. */
  readonly default: OptionValue;
  /** One sentence a policy analyst understands; shown in the editor's completion. */
  readonly description: string;
  /** The smallest accepted value, for numeric options (for money: in pence). */
  readonly minimum?: number;
}

export interface RuleMeta {
  /** `hewitt/<name>`, a contract with users: never renamed. */
  readonly id: string;
  readonly defaultSeverity: Severity;
  /** A few words naming what the rule checks. */
  readonly title: string;
  /** The recommendation of the Hewitt Review the rule encodes, e.g. `{ id: 'H-10', summary: … }`. */
  readonly recommendation: { readonly id: string; readonly summary: string };
  readonly options: readonly OptionSpec[];
  /** The rule's documentation page, relative to the repository root, e.g. `docs/rules/prevention-shift.md`. */
  readonly docs: string;
}
