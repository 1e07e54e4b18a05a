// The semantic pipeline over a workspace:
//   load (parse every reachable file once) → declare symbols → scopes (imports) → cycles
//   → link headers (`on`, `from`) → check bodies (datasets, classifications, measures, metrics,
//   funding) → check targets (they need the units of measures, possibly from other files).
// Each stage is one pass over each file. Never throws on user input.

import type { Host } from '../host';
import type { NamedDeclaration } from '../syntax/ast';
import type { FileState, Workspace } from './context';
import { checkClassification, checkDataset, checkFunding, firstFrom, linkDataset, symbolOf } from './declarations';
import { checkFiscalYears } from './fiscal-years';
import { reportCycles } from './cycles';
import { buildScopes, loadFiles } from './imports';
import { checkMeasure, checkMetric } from './measures';
import type { FileModel, ResolvedReference, SemanticModel, SemanticSymbol } from './model';
import { checkTarget } from './targets';
import { checkTests } from '../tests/check';

function named(file: FileState): NamedDeclaration[] {
  return file.ast.declarations.filter((d): d is NamedDeclaration => d.kind !== 'Import');
}

function linkHeaders(workspace: Workspace, file: FileState): void {
  for (const declaration of named(file)) {
    const owner = symbolOf(file, declaration);
    switch (declaration.kind) {
      case 'Classification':
        linkDataset(workspace, file, owner, declaration.dataset);
        break;
      case 'Measure':
      case 'Metric':
        linkDataset(workspace, file, owner, firstFrom(declaration.members));
        break;
      case 'Dataset':
      case 'Target':
      case 'Funding':
        break;
    }
  }
}

function checkBodies(workspace: Workspace, file: FileState): void {
  for (const declaration of named(file)) {
    switch (declaration.kind) {
      case 'Dataset':
        checkDataset(workspace, file, declaration);
        break;
      case 'Classification':
        checkClassification(workspace, file, declaration);
        break;
      case 'Measure':
        checkMeasure(workspace, file, declaration);
        break;
      case 'Metric':
        checkMetric(workspace, file, declaration);
        break;
      case 'Funding':
        checkFunding(workspace, file, declaration);
        break;
      case 'Target':
        break;
    }
  }
  checkFiscalYears(file);
}

function checkTargets(workspace: Workspace, file: FileState): void {
  for (const declaration of named(file)) if (declaration.kind === 'Target') checkTarget(workspace, file, declaration);
}

/**
 * Analyses the requested files and every file they import. The returned model covers all of
 * them; diagnostics are per file (`parseDiagnostics` and `semanticDiagnostics`).
 */
export function analyzeWorkspace(paths: readonly string[], host: Host): SemanticModel {
  const workspace: Workspace = { files: new Map(), types: new Map(), units: new Map(), datasets: new Map() };
  loadFiles(workspace, paths, host);
  buildScopes(workspace);
  reportCycles(workspace);
  const files = [...workspace.files.values()];
  for (const file of files) linkHeaders(workspace, file);
  for (const file of files) checkBodies(workspace, file);
  for (const file of files) checkTargets(workspace, file);
  for (const file of files) checkTests(workspace, file);

  const referenceIndex = new Map<SemanticSymbol, (ResolvedReference & { path: string })[]>();
  for (const file of files) {
    for (const reference of file.references) {
      let list = referenceIndex.get(reference.symbol);
      if (list === undefined) referenceIndex.set(reference.symbol, (list = []));
      list.push({ ...reference, path: file.path });
    }
  }
  const models = new Map<string, FileModel>();
  for (const file of files) {
    const { bySyntax: _unused, ...model } = file;
    models.set(file.path, model);
  }
  return { files: models, types: workspace.types, units: workspace.units, datasets: workspace.datasets, referenceIndex };
}
