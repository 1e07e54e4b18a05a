// The explorer requests: convert in, call the core explorer, convert out. Data is read only in a
// trusted folder and only for a rule file without errors, as for the preview.

import type { Connection } from 'vscode-languageserver';
import { explainFigure } from '../core/explore/explain';
import { parseFigureRef } from '../core/explore/figure-ref';
import { categorySkeleton } from '../core/explore/skeleton';
import { exploreUnclassified, type ValueTally } from '../core/explore/unclassified';
import { formatPounds } from '../report/money';
import { indexed, toTextEdit } from './convert';
import { evaluableModel } from './evaluable';
import { explainRequest, skeletonRequest, unclassifiedRequest, type ValueTallyJson } from './explore-protocol';
import { guardRequest, type Log } from './guard';
import type { HandlerContext } from './handlers/context';
import { isRuleFile } from './uris';

export function registerExplore(connection: Connection, ctx: HandlerContext, log: Log): void {
  const evaluable = (uri: string) => evaluableModel(ctx, uri);

  connection.onRequest(
    unclassifiedRequest,
    guardRequest(log, unclassifiedRequest.method, async (params) => {
      const found = evaluable(params.uri);
      const data = ctx.evaluations.data;
      if (found === undefined || data === undefined) return { evaluated: false, classifications: [] };
      const views = await exploreUnclassified(found.model, [found.path], data.host, { cache: data.cache, ...(params.top === undefined ? {} : { top: params.top }) });
      const tally = (t: ValueTally): ValueTallyJson => ({ value: t.value, rows: t.rows, amount: t.amount === null ? null : formatPounds(t.amount) });
      return {
        evaluated: true,
        classifications: views.map((v) => ({
          classification: v.classification,
          ...(v.title === undefined ? {} : { title: v.title }),
          dataset: v.dataset,
          rowsRead: v.rowsRead,
          unclassifiedRows: v.unclassifiedRows,
          unclassifiedAmount: v.unclassifiedAmount === null ? null : formatPounds(v.unclassifiedAmount),
          columns: v.columns.map((c) => ({ column: c.column, byAmount: c.byAmount.map(tally), byRows: c.byRows.map(tally), complete: c.complete })),
        })),
      };
    }),
  );

  connection.onRequest(
    explainRequest,
    guardRequest(log, explainRequest.method, async (params) => {
      const parsed = parseFigureRef(params.figure);
      if (parsed.kind === 'error') return { error: parsed.message };
      const found = evaluable(params.uri);
      const data = ctx.evaluations.data;
      if (found === undefined || data === undefined) return { error: 'the rows are read only in a trusted folder, from a rule file without errors' };
      const outcome = await explainFigure(found.model, [found.path], data.host, { figure: parsed.ref, ...(params.limit === undefined ? {} : { limit: params.limit }) }, { cache: data.cache });
      return outcome.kind === 'error' ? { error: outcome.message } : { explanation: { ...outcome.explanation } };
    }),
  );

  connection.onRequest(
    skeletonRequest,
    guardRequest(log, skeletonRequest.method, (params) => {
      const path = ctx.uris.pathOf(params.uri);
      if (!isRuleFile(path)) return null;
      const outcome = categorySkeleton(ctx.workspace.modelOf([path]), params);
      if (outcome.kind === 'error') return { error: outcome.message };
      const text = ctx.workspace.host.readFile(outcome.path) ?? '';
      const uri = ctx.uris.uriOf(outcome.path);
      return { category: outcome.category, edit: { changes: { [uri]: [toTextEdit(indexed(text).index, outcome.edit)] } } };
    }),
  );
}
