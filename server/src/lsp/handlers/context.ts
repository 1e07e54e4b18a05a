// What every feature handler reads: the workspace, the URI map and the evaluations, and the
// conversion of a request's document into the core's terms.

import type * as lsp from 'vscode-languageserver';
import type { Location } from '../../core/features';
import type { FileModel, SemanticModel } from '../../core/semantics';
import type { LineIndex } from '../../core/text/line-index';
import type { ServerConfig } from '../config';
import { indexed, toRange } from '../convert';
import type { Evaluations } from '../evaluation';
import { isRuleFile, type UriMap } from '../uris';
import type { Workspace } from '../workspace';

export interface HandlerContext {
  readonly workspace: Workspace;
  readonly uris: UriMap;
  readonly evaluations: Evaluations;
  readonly config: ServerConfig;
}

/** A rule file as a request sees it: its text, line index and analysed model. */
export interface RuleDoc {
  readonly uri: string;
  readonly path: string;
  readonly text: string;
  readonly index: LineIndex;
  readonly model: SemanticModel;
  readonly file: FileModel;
}

/** The rule file a request is about, or undefined for other documents (hewitt.config.json). */
export function ruleDoc(ctx: HandlerContext, uri: string): RuleDoc | undefined {
  const path = ctx.uris.pathOf(uri);
  if (!isRuleFile(path)) return undefined;
  const found = ctx.workspace.fileModel(path);
  if (found === undefined) return undefined;
  const { text } = found.file;
  return { uri, path, text, index: indexed(text).index, model: found.model, file: found.file };
}

/** The protocol location of a core location; undefined when the file cannot be read. */
export function toLocation(ctx: HandlerContext, location: Location): lsp.Location | undefined {
  const text = ctx.workspace.host.readFile(location.path);
  if (text === undefined) return undefined;
  return { uri: ctx.uris.uriOf(location.path), range: toRange(indexed(text).index, location.span) };
}

export function toLocations(ctx: HandlerContext, locations: readonly Location[]): lsp.Location[] {
  return locations.flatMap((location) => toLocation(ctx, location) ?? []);
}
