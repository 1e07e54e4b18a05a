// The explorer requests over the real protocol, on a copy of the samples.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explainRequest, skeletonRequest, unclassifiedRequest } from '../../server/src/lsp/explore-protocol';
import { buildServer, startSession, tempWorkspace, uriOf, type Session } from './support';

let session: Session;
let untrusted: Session;
let root: string;

beforeAll(async () => {
  await buildServer();
  root = tempWorkspace({}, true);
  session = await startSession({ pull: true, root });
  untrusted = await startSession({ pull: true, root, initializationOptions: { trusted: false } });
});

afterAll(async () => {
  await session.stop();
  await untrusted.stop();
});

describe('explorer requests', () => {
  it("lists the sample's largest unclassified programmes", async () => {
    const found = await session.connection.sendRequest(unclassifiedRequest, { uri: uriOf(root, 'prevention.hewitt'), top: 3 });
    expect(found?.evaluated).toBe(true);
    const prevention = found?.classifications.find((c) => c.classification === 'prevention');
    expect(prevention?.unclassifiedRows).toBeGreaterThan(0);
    const programme = prevention?.columns.find((c) => c.column === 'programme');
    expect(programme?.byAmount[0]).toMatchObject({ value: 'ACUTE' });
    expect(programme?.byAmount[0].amount).toMatch(/^\d+\.\d\d$/);
  });

  it('lists the rows behind a figure, or says why not', async () => {
    const uri = uriOf(root, 'prevention.hewitt');
    const found = await session.connection.sendRequest(explainRequest, { uri, figure: 'prevention.screening[icb = QHM]', limit: 2 });
    expect(found).toMatchObject({ explanation: { figure: 'prevention.screening[icb = QHM]', dataset: 'ledger' } });
    expect(await session.connection.sendRequest(explainRequest, { uri, figure: 'nope' })).toMatchObject({ error: expect.stringContaining("named 'nope'") });
    expect(await untrusted.connection.sendRequest(explainRequest, { uri, figure: 'prevention' })).toMatchObject({ error: expect.stringContaining('trusted folder') });
  });

  it('reads nothing in an untrusted folder', async () => {
    expect(await untrusted.connection.sendRequest(unclassifiedRequest, { uri: uriOf(root, 'prevention.hewitt') })).toEqual({ evaluated: false, classifications: [] });
  });

  it('answers a category skeleton as an edit of the rule file', async () => {
    const uri = uriOf(root, 'prevention.hewitt');
    const found = await session.connection.sendRequest(skeletonRequest, { uri, classification: 'prevention', column: 'programme', value: 'ACUTE' });
    expect(found).toMatchObject({ category: 'acute' });
    const edits = found && 'edit' in found ? found.edit.changes?.[uri] : undefined;
    expect(edits?.[0].newText).toContain('when programme = "ACUTE"');
    expect(await session.connection.sendRequest(skeletonRequest, { uri, classification: 'prevention', column: 'amount', value: '1' })).toEqual({ error: "column 'amount' is not text: write a category on it by hand" });
  });
});
