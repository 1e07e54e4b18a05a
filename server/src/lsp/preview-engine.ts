// The `hewitt.engine` setting in the results preview: the figures computed on the engine it names,
// through the same path as `hewitt eval --engine`. An engine that fails (unknown, unreachable, an
// unset environment variable, a file it cannot run) is reported, never thrown.

import type { EvalResult } from '../core/eval/result';
import type { SemanticModel } from '../core/semantics/model';
import { EngineError } from '../node/engines/driver-error';
import { findEngine } from '../node/engines/config';
import { EMBEDDED, evaluateOnEngine } from '../node/engines/evaluate';
import type { PreviewEngine, PreviewEngineFailure } from './protocol';

export { EMBEDDED };

/** The embedded evaluator, as the preview names it. */
export const EMBEDDED_ENGINE: PreviewEngine = { name: EMBEDDED, dialect: EMBEDDED };

export interface EngineContext {
  /** The folder the configuration is found from. */
  readonly base: string;
  /** The environment the connection strings are read from. */
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** The engine name with its dialect: `duckdb` for the in-process one, `unknown` when it cannot be told. */
export function engineOf(name: string, path: string, context: EngineContext): PreviewEngine {
  if (name === EMBEDDED) return EMBEDDED_ENGINE;
  try {
    return { name, dialect: findEngine(name, path, context.base, undefined)?.engine.dialect ?? (name === 'duckdb' ? 'duckdb' : 'unknown') };
  } catch {
    return { name, dialect: 'unknown' };
  }
}

/** Evaluates on the named engine, as `hewitt eval --engine NAME` does. */
export function onEngine(name: string, context: EngineContext): (model: SemanticModel, paths: readonly string[]) => Promise<EvalResult> {
  return (model, paths) => evaluateOnEngine(name, model, paths, { cwd: context.base, env: context.env });
}

/** The failure of an engine for the preview, or undefined for an error that is not the engine's. */
export function engineFailure(error: unknown, engine: PreviewEngine): PreviewEngineFailure | undefined {
  if (!(error instanceof EngineError)) return undefined;
  const named = error.message.startsWith(`engine ${engine.name}`) ? error.message : `engine ${engine.name} (dialect ${engine.dialect}): ${error.message}`;
  return { ...engine, message: named };
}
