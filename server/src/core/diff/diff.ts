// `diffRevisions`: the whole diff of two revisions, from their semantic models and evaluation
// results to the DiffReport every renderer draws from. Figures are compared only when both
// revisions were evaluated; the definitions, the checklist and the diagnostics always are.

import type { DataHost } from '../data/data-host';
import type { DataCache } from '../data/load-dataset';
import type { SemanticModel } from '../semantics/model';
import { diffDefinitions } from './definitions';
import { diffChecklist, diffClassifications, diffDiagnostics, diffMeasures, diffMetrics, diffTargets, type RevisionFigures } from './figures';
import type { ChangeKind, ClassificationDiff, DiffReport, DiffSummary, RevisionInfo } from './model';
import { classificationMovements } from './movement';

export interface DiffSide {
  readonly rev: string;
  readonly commit?: string;
  readonly model: SemanticModel;
  readonly figures: RevisionFigures;
  /** Whether data was evaluated (false when a file has errors or there is no evaluation). */
  readonly evaluated: boolean;
  readonly notes: readonly string[];
}

export interface DiffOptions {
  /** How many groups to list per measure and metric. */
  readonly top: number;
  /** The data both revisions read, for row movement; without it movement is left out. */
  readonly data?: DataHost;
  readonly cache?: DataCache;
  readonly signal?: AbortSignal;
}

export const DEFAULT_TOP = 10;

export async function diffRevisions(base: DiffSide, head: DiffSide, options: DiffOptions): Promise<DiffReport> {
  const declarations = diffDefinitions(base.model, head.model);
  const both = base.evaluated && head.evaluated;
  const a = base.figures.result;
  const b = head.figures.result;
  let classifications: Record<string, ClassificationDiff> = both ? diffClassifications(a, b) : {};
  if (both && options.data !== undefined) {
    const names = Object.entries(classifications).flatMap(([name, diff]) => (diff.presence === 'both' ? [name] : []));
    const moved = await classificationMovements(base.model, head.model, names, options.data, {
      ...(options.cache ? { cache: options.cache } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    });
    classifications = Object.fromEntries(
      Object.entries(classifications).map(([name, diff]) => {
        const found = moved.get(name);
        if (found === undefined) return [name, diff];
        return [name, found.kind === 'moved' ? { ...diff, movements: found.movements } : { ...diff, movementNote: found.note }];
      }),
    );
  }
  const measures = both ? diffMeasures(a, b, options.top) : {};
  const targets = both ? diffTargets(a, b) : {};
  const metrics = both ? diffMetrics(a, b, options.top) : {};
  const checklist = diffChecklist(base.figures, head.figures);
  const diagnostics = diffDiagnostics(base.figures, head.figures);
  const counts: Record<ChangeKind, number> = { added: 0, removed: 0, changed: 0, affected: 0, metadata: 0 };
  for (const d of declarations) counts[d.change]++;
  const movements = Object.values(classifications).flatMap((c) => c.movements ?? []);
  const summary: DiffSummary = {
    declarations: counts,
    rowsMoved: movements.reduce((sum, m) => sum + m.rows, 0),
    amountMoved: movements.reduce((sum, m) => sum + (m.amount ?? 0n), 0n),
    measuresChanged: Object.keys(measures).length,
    targetFlips: Object.values(targets).reduce((sum, t) => sum + t.flips.length, 0),
    pointsChange: Math.round(Object.values(metrics).reduce((sum, m) => sum + (m.total.headPoints - m.total.basePoints) * 100, 0)) / 100,
    paymentChange: Object.values(metrics).reduce((sum, m) => sum + m.total.headPayment - m.total.basePayment, 0n),
    checklistNewlyFailing: checklist.newlyFailing.length,
    checklistNewlyPassing: checklist.newlyPassing.length,
    newDiagnostics: diagnostics.new.length,
    resolvedDiagnostics: diagnostics.resolved.length,
  };
  return { version: 1, base: info(base), head: info(head), declarations, classifications, measures, targets, metrics, checklist, diagnostics, summary };
}

function info(side: DiffSide): RevisionInfo {
  return { rev: side.rev, ...(side.commit ? { commit: side.commit } : {}), evaluated: side.evaluated, notes: side.notes };
}

/** Whether anything at all differs. */
export function isEmptyDiff(report: DiffReport): boolean {
  const s = report.summary;
  return (
    report.declarations.length === 0 &&
    Object.keys(report.classifications).length === 0 &&
    s.measuresChanged === 0 &&
    Object.keys(report.targets).length === 0 &&
    Object.keys(report.metrics).length === 0 &&
    s.checklistNewlyFailing + s.checklistNewlyPassing + s.newDiagnostics + s.resolvedDiagnostics === 0
  );
}
