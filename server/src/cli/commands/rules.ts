// `hewitt rules`: lists the catalogue's rules with their default severity, the severity the current
// configuration gives them (the nearest hewitt.config.json from the current folder, or --config),
// and the recommendation of the Hewitt Review each encodes.

import type { ResolvedConfig } from '../../core/config/config';
import { CATALOGUE, ruleHelpUri, settingOf } from '../../core/rules/catalogue';
import type { ParsedArgs } from '../args';
import { configFileProblem, configLookup } from '../../node/config';
import { EXIT, usageFailure, type CliIo } from '../io';
import type { Command } from './command';

const FORMATS = ['table', 'json'] as const;

export interface RuleRow {
  readonly id: string;
  readonly defaultSeverity: string;
  readonly severity: string;
  readonly recommendation: string;
  readonly title: string;
  readonly docs: string;
}

export const rulesCommand: Command = {
  name: 'rules',
  summary: 'List the rules of the catalogue and their severities.',
  usage: 'hewitt rules [options]',
  description: [
    'Shows each rule id, its default severity, its severity under the configuration (the nearest hewitt.config.json above the current folder, or --config FILE) and the Hewitt Review recommendation it encodes.',
  ],
  options: [
    { kind: 'value', name: 'format', short: 'f', valueName: 'FORMAT', choices: FORMATS, defaultValue: 'table', description: 'Output format: table or json (default table).' },
    { kind: 'value', name: 'config', short: 'c', valueName: 'FILE', description: 'Use this configuration file (hewitt.config.json).' },
  ],
  run: (args, io) => runRules(args, io),
};

async function runRules(args: ParsedArgs, io: CliIo): Promise<number> {
  const configFile = args.values.get('config');
  const configProblem = configFile === undefined ? undefined : configFileProblem(io.cwd, configFile);
  if (configProblem !== undefined) return usageFailure(io, configProblem);
  const lookup = configLookup(io.cwd, CATALOGUE, configFile);
  const config = lookup.configFor('rules.hewitt');
  for (const report of lookup.reports()) {
    for (const d of report.diagnostics) io.stderr(`hewitt: ${report.path}: ${d.message}\n`);
  }
  const rows = ruleRows(config);
  io.stdout(args.values.get('format') === 'json' ? rulesJson(rows, config) : rulesTable(rows));
  return EXIT.ok;
}

export function ruleRows(config: ResolvedConfig): RuleRow[] {
  return CATALOGUE.map((rule) => ({
    id: rule.id,
    defaultSeverity: rule.defaultSeverity,
    severity: settingOf(config, rule).severity,
    recommendation: rule.recommendation.id,
    title: rule.title,
    docs: ruleHelpUri(rule),
  }));
}

export function rulesTable(rows: readonly RuleRow[]): string {
  const header: RuleRow = { id: 'RULE', defaultSeverity: 'DEFAULT', severity: 'SEVERITY', recommendation: 'REC', title: 'CHECKS', docs: '' };
  const all = [header, ...rows];
  const width = (pick: (r: RuleRow) => string): number => Math.max(...all.map((r) => pick(r).length));
  const w = [width((r) => r.id), width((r) => r.defaultSeverity), width((r) => r.severity), width((r) => r.recommendation)];
  const line = (r: RuleRow): string =>
    [r.id.padEnd(w[0]), r.defaultSeverity.padEnd(w[1]), r.severity.padEnd(w[2]), r.recommendation.padEnd(w[3]), r.title].join('  ').trimEnd();
  return all.map(line).join('\n') + '\n';
}

function rulesJson(rows: readonly RuleRow[], config: ResolvedConfig): string {
  return JSON.stringify({ config: config.path ?? null, rules: rows }, null, 2) + '\n';
}
