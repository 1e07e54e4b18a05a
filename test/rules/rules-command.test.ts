import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../server/src/cli/args';
import { rulesCommand } from '../../server/src/cli/commands/rules';
import type { CliIo } from '../../server/src/cli/io';

/** Runs `hewitt rules …` in-process (the command is not yet listed in commands/index.ts). */
async function runRules(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv, rulesCommand.options, 'rules');
  if (parsed.kind !== 'parsed') throw new Error(parsed.message);
  return rulesCommand.run(parsed.args, io);
}
import { memoryIo, tempFolder } from '../cli/support';

describe('hewitt rules', () => {
  it('lists every rule with default and effective severity under the nearest configuration', async () => {
    const cwd = tempFolder({ 'hewitt.config.json': '{ "rules": { "hewitt/data-transparency": "off", "hewitt/qof-points-budget": ["error", { "max": 700 }] } }' });
    const io = memoryIo(cwd);
    expect(await runRules([], io)).toBe(0);
    expect(io.out()).toMatchInlineSnapshot(`
      "RULE                              DEFAULT  SEVERITY  REC   CHECKS
      hewitt/prevention-shift           warning  warning   H-01  Prevention share up by at least 1pp in five years
      hewitt/prevention-definition      warning  warning   H-02  Prevention definitions state their basis
      hewitt/no-double-count            warning  warning   H-02  Each row in one category
      hewitt/national-priorities-limit  warning  warning   H-10  No more than ten national priorities
      hewitt/local-priorities           info     info      H-11  Local priorities beside national ones
      hewitt/recurrent-funding          warning  warning   H-06  No small in-year funding pots
      hewitt/multi-year-horizon         info     info      H-07  Multi-year funding horizons
      hewitt/outcome-metrics            warning  warning   H-20  GP contracts pay for outcomes
      hewitt/stratify-inequalities      info     info      aim   Outcomes stratified by deprivation
      hewitt/data-transparency          info     off       H-14  Datasets name their owner
      hewitt/qof-points-budget          warning  error     H-20  Contract points within the QOF total
      "
    `);
  });

  it('prints JSON with --format json and reads --config', async () => {
    const cwd = tempFolder({ 'team.json': '{ "rules": { "hewitt/local-priorities": "warning" } }' });
    const io = memoryIo(cwd);
    expect(await runRules(['--format', 'json', '--config', 'team.json'], io)).toBe(0);
    const parsed = JSON.parse(io.out()) as { config: string; rules: { id: string; severity: string; defaultSeverity: string }[] };
    expect(parsed.config).toBe('team.json');
    expect(parsed.rules).toHaveLength(11);
    expect(parsed.rules.find((r) => r.id === 'hewitt/local-priorities')).toMatchObject({ defaultSeverity: 'info', severity: 'warning' });
  });
});
