// `hewitt sql`: the plan rendered as readable SQL, one statement per classification (each row's
// category), measure and metric (its aggregates per group; a metric with strata has a second
// statement), each after a comment naming the declaration, its file and line. Nothing runs.

import type { SemanticSymbol } from '../semantics/model';
import type { DatasetPlan, LogicalPlan } from '../plan/plan';
import { LineIndex } from '../text/line-index';
import { compileDataset, ROWS, withCtes } from './compile';
import type { Dialect } from './dialect';
import type { SqlProblem } from './expr-sql';

export interface RenderOptions {
  /** Only these declarations (by name); all when empty. */
  readonly declarations: readonly string[];
  /** How a file path is shown in comments. */
  readonly showPath: (path: string) => string;
  readonly textOf: (path: string) => string;
}

export interface RenderedSql {
  readonly text: string;
  readonly problems: readonly SqlProblem[];
  /** Declarations asked for that the files do not have. */
  readonly unknown: readonly string[];
}

/** One line per comment line, `--` and a space before each. */
function comment(lines: readonly string[]): string {
  return lines.map((l) => `-- ${l.replace(/\r?\n/g, ' ')}`.trimEnd()).join('\n');
}

function titleOf(symbol: SemanticSymbol): string {
  const declaration = symbol.declaration as { title?: { value?: string } };
  return declaration.title?.value ?? '';
}

export function renderSql(plan: LogicalPlan, d: Dialect, sourceOf: (dataset: DatasetPlan) => string, options: RenderOptions): RenderedSql {
  const wanted = new Set(options.declarations);
  const seen = new Set<string>();
  const where = (symbol: SemanticSymbol): string => {
    const line = new LineIndex(options.textOf(symbol.path)).position(symbol.nameSpan.start).line + 1;
    return `${options.showPath(symbol.path)}:${line}`;
  };
  const statements: string[] = [];
  const problems: SqlProblem[] = [];
  const add = (symbol: SemanticSymbol, label: string, about: string, sql: string): void => {
    const title = titleOf(symbol);
    statements.push(`${comment([`${label}${title ? ` "${title}"` : ''} (${where(symbol)})`, about])}\n${sql};`);
  };
  for (const dataset of plan.datasets) {
    const relation = d.cte(ROWS);
    const compiled = compileDataset(plan, dataset, d, sourceOf(dataset), relation);
    const take = (symbol: SemanticSymbol): boolean => {
      if (wanted.size > 0 && !wanted.has(symbol.name)) return false;
      seen.add(symbol.name);
      return true;
    };
    const before = statements.length;
    for (const c of compiled.categories) {
      if (!take(c.classification.symbol)) continue;
      add(c.classification.symbol, `classification ${c.classification.symbol.name}`, `Each accepted row of ${dataset.dataset.name} with its category: the index of the first category whose condition holds (in declaration order from 0), -1 for none, -2 when excluded.`, withCtes(d, compiled.ctes, c.select));
    }
    for (const g of compiled.groupings) {
      const owner = g.grouping.owner;
      if (!take(owner)) continue;
      const kind = owner.kind === 'metric' ? 'metric' : 'measure';
      const strata = g.grouping.key.startsWith('strata ');
      const about = `${strata ? 'Per stratum' : g.grouping.columns.length > 0 ? `Per ${g.grouping.columns.map((c) => c.name).join(', ')}` : 'Overall'}: each aggregate of the ${kind === 'metric' ? 'numerator and denominator' : 'value'} as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the ${kind}'s values outside the engine.`;
      add(owner, strata ? `${kind} ${owner.name}, per stratum` : `${kind} ${owner.name}`, about, withCtes(d, compiled.ctes, g.select));
    }
    if (statements.length > before) problems.push(...compiled.problems);
  }
  const header = comment([
    `SQL of ${plan.files.slice(0, 1).map(options.showPath).join('')} for ${d.name}, rendered by hewitt sql. Run each statement on its own.`,
    'Money is in whole pence; empty cells are NULL; a row with a cell that does not fit its column is left out.',
    ...(d.note === undefined ? [] : [d.note]),
  ]);
  return { text: `${header}\n\n${statements.join('\n\n')}\n`, problems, unknown: [...wanted].filter((n) => !seen.has(n)) };
}
