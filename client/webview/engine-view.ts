// The preview header's engine lines: which engine computed the figures and, when the engine of the
// `hewitt.engine` setting failed, what failed (the figures below are then the last ones computed).

import type { EngineFailureJson, EngineJson } from './model';
import { h, type VElement } from './vnode';

/** "Computed by the embedded evaluator" or "Computed on warehouse (postgres)". */
export function engineLabel(engine: EngineJson): string {
  if (engine.name === 'embedded') return 'Computed by the embedded evaluator';
  return `Computed on ${engine.name} (${engine.dialect})`;
}

export function engineLines(engine: EngineJson | undefined, failure: EngineFailureJson | undefined): VElement[] {
  const lines: VElement[] = [];
  if (failure !== undefined) {
    const kept = engine === undefined ? 'No results have been computed yet.' : `The results below are the last ones, ${engineLabel(engine).replace('Computed', 'computed')}.`;
    lines.push(h('p', { class: 'error', role: 'alert' }, [`The figures could not be computed on ${failure.name}. ${failure.message.startsWith(`engine ${failure.name}`) ? '' : `engine ${failure.name} (dialect ${failure.dialect}): `}${failure.message}`]));
    lines.push(h('p', { class: 'warning', role: 'status' }, [kept]));
  }
  if (engine !== undefined) lines.push(h('p', { class: 'muted engine' }, [`${engineLabel(engine)}.`]));
  return lines;
}
