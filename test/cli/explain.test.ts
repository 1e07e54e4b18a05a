// `hewitt eval --explain` in-process on a temporary folder holding the explorer tests' ledger.
import { describe, expect, it } from 'vitest';
import { evalCommand } from '../../server/src/cli/commands/eval';
import { runCommand } from '../../server/src/cli/run';
import { LEDGER, RULES } from '../explore/support';
import { memoryIo, tempFolder } from './support';

const FILES = { 'rules.hewitt': RULES.replace('"ledger.csv"', '"data/ledger.csv"'), 'data/ledger.csv': LEDGER, 'broken.hewitt': 'measure m "M" {\n  from nowhere\n  value: count()\n}\n' };

async function explain(argv: string[]) {
  const io = memoryIo(tempFolder(FILES));
  const code = await runCommand(evalCommand, argv, io);
  return { code, out: io.out(), err: io.err() };
}

describe('hewitt eval --explain', () => {
  it('prints the rows behind a group with where each fell and why', async () => {
    const { code, out, err } = await explain(['rules.hewitt', '--explain', 'share[icb = QHM]', '--rows', '3']);
    expect({ code, err }).toEqual({ code: 0, err: '' });
    expect(out).toMatchInlineSnapshot(`
      "share[icb = QHM]: 4 rows behind it, of 7 read from dataset ledger; the first 3.

      Row 1: icb QHM · year 2023/24 · programme SCR-BOWEL · cost_centre PH-T2W · amount 100.00
        counts in sum(amount where prevention), sum(amount)
        prevention → screening, because programme starts with "SCR-"; also matches weight

      Row 2: icb QHM · year 2023/24 · programme ACUTE · cost_centre ACU-ELEC · amount 900.00
        counts in sum(amount)
        prevention → unclassified (no category holds)

      Row 3: icb QHM · year 2023/24 · programme ACUTE · cost_centre PH-T2W · amount 50.00
        counts in sum(amount where prevention), sum(amount)
        prevention → weight at 50%, because cost_centre = "PH-T2W"
      "
    `);
  });

  it('writes JSON with --format json', async () => {
    const { code, out } = await explain(['rules.hewitt', '--explain', 'prevention.excluded', '--format', 'json']);
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json).toMatchObject({ version: 1, figure: 'prevention.excluded', total: 1, dataset: 'ledger' });
    expect(json.rows[0].attributions).toEqual([{ classification: 'prevention', outcome: { kind: 'excluded', condition: 'amount <= £0' } }]);
  });

  it.each([
    [['rules.hewitt', '--explain', 'nope'], "hewitt: --explain: there is no measure, metric or classification named 'nope' (there are: share, screened, prevention)\n"],
    [['rules.hewitt', '--explain', 'share[icb]'], expect.stringMatching(/^hewitt: --explain: '=' is expected after 'icb'/)],
    [['rules.hewitt', '--explain', 'share', '--rows', 'many'], "hewitt: --rows needs a whole number of rows, not 'many'\n"],
    [['rules.hewitt', '--explain', 'share', '--format', 'html'], 'hewitt: --explain writes text or JSON, not html\n'],
    [['rules.hewitt', '--rows', '5'], 'hewitt: --rows goes with --explain (see hewitt eval --help)\n'],
  ])('refuses %j with exit 2 and one line', async (argv, message) => {
    const { code, err } = await explain(argv);
    expect({ code, err }).toEqual({ code: 2, err: message });
  });

  it('does not evaluate a rule file with errors', async () => {
    const { code, err } = await explain(['broken.hewitt', '--explain', 'm']);
    expect({ code, err }).toEqual({ code: 1, err: 'hewitt: broken.hewitt has errors, so it was not evaluated (see hewitt check broken.hewitt)\n' });
  });
});
