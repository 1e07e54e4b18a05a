// What the tests leave untested: per classification, the categories no fixture row fell into;
// per rule file, the measures, targets and metrics no expectation names.

import type { SemanticModel } from '../semantics/model';
import { isTestFile } from '../syntax/test-ast';
import { filesSeenFrom } from './fixtures';
import type { TestOutcome } from './run';

export interface Coverage {
  readonly classifications: readonly { readonly file: string; readonly name: string; readonly uncovered: readonly string[] }[];
  readonly files: readonly { readonly file: string; readonly unexpected: readonly string[] }[];
}

export function coverageOf(model: SemanticModel, testPaths: readonly string[], outcomes: readonly TestOutcome[]): Coverage {
  const ruleFiles = [...new Set(testPaths.flatMap((p) => filesSeenFrom(model, p)))].filter((p) => !isTestFile(p)).sort();
  const named = new Set<string>();
  for (const path of testPaths) {
    for (const test of model.files.get(path)?.ast.tests ?? []) for (const e of test.expects) if (e.subject) named.add(e.subject.text);
  }
  const hit = new Map<string, Set<string>>();
  for (const outcome of outcomes) {
    for (const [name, categories] of outcome.categoriesHit) {
      const set = hit.get(name) ?? new Set<string>();
      for (const c of categories) set.add(c);
      hit.set(name, set);
    }
  }
  const classifications: Coverage['classifications'][number][] = [];
  const files: Coverage['files'][number][] = [];
  for (const path of ruleFiles) {
    const symbols = [...(model.files.get(path)?.symbols.values() ?? [])];
    for (const symbol of symbols.filter((s) => s.kind === 'classification')) {
      const uncovered = [...symbol.members.keys()].filter((c) => !hit.get(symbol.name)?.has(c));
      if (uncovered.length > 0) classifications.push({ file: path, name: symbol.name, uncovered });
    }
    const unexpected = symbols.filter((s) => (s.kind === 'measure' || s.kind === 'target' || s.kind === 'metric') && !named.has(s.name)).map((s) => `${s.kind} ${s.name}`);
    if (unexpected.length > 0) files.push({ file: path, unexpected });
  }
  return { classifications, files };
}
