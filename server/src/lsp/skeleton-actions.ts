// The code actions "Add a category for <column> = "<value>"" on a classification's header: the
// largest values its unclassified rows hold, each inserting the skeleton the preview's "Add
// category" button inserts, as one workspace edit. Offered only once the rule file has an
// evaluation (a trusted folder, no errors); the values are tallied once per evaluation and text,
// and kept until either changes.

import * as lsp from 'vscode-languageserver';
import { classificationAt, namesTestedBy, skeletonOffers } from '../core/explore/skeleton-offers';
import { exploreUnclassified, type UnclassifiedView } from '../core/explore/unclassified';
import type { EvalResult } from '../core/eval/result';
import { indexed, toOffset, toTextEdit } from './convert';
import { evaluableModel } from './evaluable';
import { ruleDoc, type HandlerContext } from './handlers/context';

/** How many values of each text column are tallied for the offers. */
const TALLIED = 10;

interface Tallies {
  readonly result: EvalResult;
  readonly text: string;
  readonly views: Promise<readonly UnclassifiedView[]>;
}

export type SkeletonActions = (params: lsp.CodeActionParams) => Promise<lsp.CodeAction[]>;

/** The handler, with its tallies kept per rule file. */
export function skeletonActions(ctx: HandlerContext): SkeletonActions {
  const tallies = new Map<string, Tallies>();

  const viewsOf = (uri: string, path: string, text: string, result: EvalResult): Promise<readonly UnclassifiedView[]> => {
    const kept = tallies.get(path);
    if (kept !== undefined && kept.result === result && kept.text === text) return kept.views;
    const found = evaluableModel(ctx, uri);
    const data = ctx.evaluations.data;
    const read = found === undefined || data === undefined ? Promise.resolve([]) : exploreUnclassified(found.model, [found.path], data.host, { cache: data.cache, top: TALLIED });
    // A data file that cannot be read now offers nothing, and is tried again next time.
    const entry: Tallies = {
      result,
      text,
      views: read.catch((): UnclassifiedView[] => {
        if (tallies.get(path) === entry) tallies.delete(path);
        return [];
      }),
    };
    tallies.set(path, entry);
    return entry.views;
  };

  return async (params) => {
    const only = params.context.only;
    if (only !== undefined && !only.some((kind) => lsp.CodeActionKind.Refactor.startsWith(kind))) return [];
    const doc = ruleDoc(ctx, params.textDocument.uri);
    if (doc === undefined) return [];
    const declaration = classificationAt(doc.file.ast, toOffset(doc.index, params.range.start));
    const result = ctx.evaluations.latest(doc.path);
    if (declaration?.name === undefined || result === undefined) return [];
    const name = declaration.name.text;
    const view = (await viewsOf(doc.uri, doc.path, doc.text, result)).find((v) => v.classification === name && v.path === doc.path);
    if (view === undefined) return [];
    return skeletonOffers(doc.model, view, { columns: namesTestedBy(declaration) }).map((offer) => {
      const text = offer.path === doc.path ? doc.text : (ctx.workspace.host.readFile(offer.path) ?? '');
      return {
        title: offer.title,
        kind: lsp.CodeActionKind.Refactor,
        edit: { changes: { [ctx.uris.uriOf(offer.path)]: [toTextEdit(indexed(text).index, offer.edit)] } },
      };
    });
  };
}
