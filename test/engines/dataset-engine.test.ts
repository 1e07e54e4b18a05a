// The `engine:` property of a dataset read from a table: checked as a name by hewitt check, and
// judged against the configured engines when evaluating, with the place of `table:` or `engine:`.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../server/src/core/host';
import { analyzeWorkspace } from '../../server/src/core/semantics';
import { evaluateOnEngine } from '../../server/src/node/engines/evaluate';
import { nodeHost } from '../../server/src/node/file-host';
import { tempFolder } from '../cli/support';

const dataset = (props: string): string => `dataset d {\n${props}\n  columns {\n    amount: money\n  }\n}\n\nmeasure total {\n  from: d\n  value: sum(amount)\n}\n`;

function problems(text: string): string[] {
  const model = analyzeWorkspace(['/r.hewitt'], memoryHost({ '/r.hewitt': text }));
  const file = model.files.get('/r.hewitt');
  return [...(file?.parseDiagnostics ?? []), ...(file?.semanticDiagnostics ?? [])].map((d) => `${d.code} ${text.slice(d.span.start, d.span.end)}: ${d.message}`);
}

describe('engine: on a dataset', () => {
  it('is a single name, beside a table', () => {
    expect(problems(dataset('  table: "finance.ledger"\n  engine: warehouse'))).toEqual([]);
    expect(problems(dataset('  table: "finance.ledger"\n  engine: "warehouse"'))).toEqual([expect.stringMatching(/^invalid-value "warehouse": .* is not an engine name/)]);
    expect(problems(dataset('  source: "d.csv"\n  engine: warehouse'))).toEqual([expect.stringMatching(/^invalid-value engine: .* names an `engine` but no `table`/)]);
  });

  async function evalError(props: string, engine: string, config?: object): Promise<string> {
    const cwd = tempFolder({ 'r.hewitt': dataset(props), ...(config ? { 'hewitt.config.json': JSON.stringify(config) } : {}) });
    const path = join(cwd, 'r.hewitt');
    const model = analyzeWorkspace([path], nodeHost(cwd));
    const error = await evaluateOnEngine(engine, model, [path], { cwd }).then(() => undefined, (e: unknown) => e);
    return error instanceof Error ? error.message.replace(cwd + '/', '') : 'no error';
  }

  it('a table with no engine configured is reported at `table`', async () => {
    expect(await evalError('  table: "finance.ledger"', 'duckdb')).toMatch(/^r\.hewitt:2:3: engine duckdb: dataset d is read from table 'finance\.ledger'; name an engine for it/);
  });

  it('a table on another engine than the one asked for is reported at `engine`', async () => {
    const config = { engines: { warehouse: { dialect: 'duckdb' }, lake: { dialect: 'duckdb' } } };
    expect(await evalError('  table: "finance.ledger"\n  engine: warehouse', 'lake', config)).toMatch(/^r\.hewitt:3:3: dataset d is read on engine warehouse, not lake; evaluate it with --engine warehouse/);
  });
});
