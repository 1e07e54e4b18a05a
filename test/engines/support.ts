// Evaluating rule files on the embedded evaluator and on SQL engines, for differential tests.

import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate } from '../../server/src/core/eval/evaluate';
import type { EvalResult } from '../../server/src/core/eval/result';
import { analyzeWorkspace } from '../../server/src/core/semantics';
import type { SemanticModel } from '../../server/src/core/semantics/model';
import { nodeDataHost } from '../../server/src/node/data-host';
import { evaluateOnEngine } from '../../server/src/node/engines/evaluate';
import { nodeHost } from '../../server/src/node/file-host';

export const ROOT = join(__dirname, '..', '..');

/** Every rule file under a folder (recursively), skipping `broken/`. */
export function ruleFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return name === 'broken' ? [] : ruleFiles(path);
    return name.endsWith('.hewitt') ? [path] : [];
  });
}

export function modelOf(path: string): SemanticModel {
  return analyzeWorkspace([path], nodeHost(ROOT));
}

export function hasErrors(model: SemanticModel): boolean {
  return [...model.files.values()].some((f) => [...f.parseDiagnostics, ...f.semanticDiagnostics].some((d) => d.severity === 'error'));
}

export function evaluateEmbedded(model: SemanticModel, path: string): Promise<EvalResult> {
  return evaluate(model, [path], nodeDataHost(ROOT));
}

export function evaluateDuckDb(model: SemanticModel, path: string): Promise<EvalResult> {
  return evaluateOnEngine('duckdb', model, [path], { cwd: ROOT });
}

/** The error messages of a model, to show why a generated file is not valid. */
export function errorsOf(model: SemanticModel): string[] {
  return [...model.files.values()].flatMap((f) => [...f.parseDiagnostics, ...f.semanticDiagnostics].filter((d) => d.severity === 'error').map((d) => d.message));
}
