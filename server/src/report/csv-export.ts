// The evaluation as one CSV table in long form (`hewitt eval --format csv`): one line per figure
// of each group, `section,figure,<group columns…>,field,value`, ready for a pivot table. Group
// columns are the union of every figure's, in the order first met; money is pounds with two
// decimals, percents and pp in percent units, as in the JSON report. A text cell that a
// spreadsheet would take for a formula (starting with =, +, -, @) is written with a leading
// apostrophe.

import type { Group, Value, ValueUnit } from '../core/eval/result';
import { valueJson } from './json';
import { formatPounds } from './money';
import { targetUnit, type EvalReport } from './model';

interface Line {
  readonly section: string;
  readonly name: string;
  readonly group: Group;
  readonly field: string;
  readonly value: string;
}

export function formatEvalCsv(report: EvalReport): string {
  const { result } = report;
  const lines: Line[] = [];
  const push = (section: string, name: string, group: Group, field: string, value: string | number | boolean | null): void =>
    void lines.push({ section, name, group, field, value: value === null ? '' : String(value) });
  const figure = (value: Value, unit: ValueUnit): string | number | null => valueJson(value, unit) as string | number | null;
  const pounds = (pence: bigint | null): string | null => (pence === null ? null : formatPounds(pence));

  for (const [name, d] of Object.entries(result.datasets)) {
    push('dataset', name, {}, 'rows read', d.rowsRead);
    push('dataset', name, {}, 'rows rejected', d.rowsRejected);
  }
  for (const [name, c] of Object.entries(result.classifications)) {
    for (const category of c.categories) {
      push('classification', name, { category: category.name }, 'rows', category.rows);
      push('classification', name, { category: category.name }, 'amount', pounds(category.amount));
    }
    push('classification', name, { category: '(unclassified)' }, 'rows', c.unclassifiedRows);
    push('classification', name, { category: '(unclassified)' }, 'amount', pounds(c.unclassifiedAmount));
    push('classification', name, { category: '(excluded)' }, 'rows', c.excludedRows);
  }
  for (const [name, m] of Object.entries(result.measures)) for (const row of m.rows) push('measure', name, row.group, 'value', row.text ?? figure(row.value, m.unit));
  for (const [name, t] of Object.entries(result.targets)) {
    const unit = targetUnit(report, name);
    for (const row of t.rows) {
      push('target', name, row.group, 'baseline', figure(row.baseline, unit));
      push('target', name, row.group, 'horizon', figure(row.horizon, unit));
      push('target', name, row.group, 'change', figure(row.change, unit));
      push('target', name, row.group, 'status', row.status);
    }
  }
  for (const [name, m] of Object.entries(result.metrics)) {
    for (const row of m.rows) {
      push('metric', name, row.group, 'numerator', row.numerator);
      push('metric', name, row.group, 'denominator', row.denominator);
      push('metric', name, row.group, 'achievement', row.achievement);
      push('metric', name, row.group, 'points', row.points);
      push('metric', name, row.group, 'payment', pounds(row.payment));
    }
  }
  for (const item of report.checklist ?? []) push('checklist', item.rule, { recommendation: item.recommendation.id }, 'state', item.state);

  const columns: string[] = [];
  for (const line of lines) for (const key of Object.keys(line.group)) if (!columns.includes(key)) columns.push(key);
  const fixed = ['section', 'figure', 'field', 'value'];
  const header = ['section', 'figure', ...columns.map((c) => (fixed.includes(c) ? `by_${c}` : c)), 'field', 'value'];
  const body = lines.map((line) => [line.section, line.name, ...columns.map((c) => guard(line.group[c] ?? '')), line.field, line.value]);
  return [header, ...body].map((fields) => fields.map(quote).join(',')).join('\r\n') + '\r\n';
}

/** Text a spreadsheet would read as a formula gets a leading apostrophe; numbers stay as they are. */
function guard(text: string): string {
  return /^[=+\-@\t\r]/.test(text) && !/^[-+]?\d+(\.\d+)?$/.test(text) ? `'${text}` : text;
}

function quote(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}
