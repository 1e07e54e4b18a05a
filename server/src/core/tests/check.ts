// Checks the `test` declarations of a file without running them: names (datasets, columns,
// measures, keys, categories) resolve and are recorded as references, so hover, definition,
// rename and find references work inside tests; fixture cells and expected values fit their types;
// every dataset the tested declarations read is given, with every column they read. Runs as the
// last stage of the analysis, once every rule file's types and units are known.

import { diagnostic } from '../diagnostics';
import { report, reportUnknown, resolveColumn, type FileState, type Workspace } from '../semantics/context';
import type { SemanticSymbol } from '../semantics/model';
import type { Name } from '../syntax/ast';
import { isTestFile, type ExpectDecl, type GivenDecl, type TestDecl } from '../syntax/test-ast';
import { readsOf } from './reads';
import { visibleSymbols } from './scope';
import { keyColumns, SELECTORS, subjectKind, TARGET_STATUSES, valueType, type SubjectModel } from './subjects';
import { misfit } from './values';

const SUBJECT_KINDS = ['measure', 'target', 'metric', 'classification'] as const;

export function checkTests(workspace: Workspace, file: FileState): void {
  const tests = file.ast.tests ?? [];
  const model: SubjectModel = {
    datasetOf: (symbol) => workspace.datasets.get(symbol),
    unitOf: (measure) => workspace.units.get(measure) ?? 'unknown',
    lookup: (from, name) => workspace.files.get(from.path)?.scope.get(name),
  };
  const seen = new Map<string, TestDecl>();
  for (const test of tests) {
    if (!isTestFile(file.path)) {
      report(file, 'test-location', 'A test belongs in a file whose name ends in `.test.hewitt`; move it there and import this file.', test.name?.span ?? test.keyword);
    }
    if (test.name) {
      const first = seen.get(test.name.text);
      if (first?.name) {
        report(file, 'duplicate-name', `Test \`${test.name.text}\` is declared twice in this file; give each test its own name.`, test.name.span, [
          { path: file.path, span: first.name.span, message: `\`${test.name.text}\` is first declared here.` },
        ]);
      } else seen.set(test.name.text, test);
    }
    checkTest(workspace, model, file, test);
  }
}

function checkTest(workspace: Workspace, model: SubjectModel, file: FileState, test: TestDecl): void {
  const where = test.name?.span ?? test.keyword;
  if (test.expects.length === 0) {
    report(file, 'test-no-expect', `Test \`${test.name?.text ?? ''}\` states no expectation; add at least one \`expect\` line.`, where);
  }
  const visible = visibleSymbols(workspace.files, file.path);
  const given = new Map<SemanticSymbol, GivenDecl>();
  for (const g of test.givens) {
    const dataset = g.dataset ? resolveVisible(file, visible, g.dataset, 'dataset') : undefined;
    if (dataset === undefined || !g.dataset) continue;
    if (given.has(dataset)) {
      report(file, 'test-fixture', `Dataset \`${dataset.name}\` is given twice in this test; give each dataset once.`, g.dataset.span);
      continue;
    }
    given.set(dataset, g);
    checkTable(file, dataset, g);
  }
  const subjects: SemanticSymbol[] = [];
  for (const expect of test.expects) {
    const subject = checkExpect(model, file, visible, expect, given);
    if (subject !== undefined) subjects.push(subject);
  }
  const reads = readsOf(
    { referencesIn: (path) => workspace.files.get(path)?.references ?? [], datasetOf: model.datasetOf },
    subjects,
  );
  for (const [dataset, columns] of reads) {
    const g = given.get(dataset);
    if (g === undefined) {
      const reader = [...subjects].find((s) => model.datasetOf(s) === dataset) ?? [...columns.values()][0];
      report(
        file,
        'test-missing-given',
        `Test \`${test.name?.text ?? ''}\` reads dataset \`${dataset.name}\`${reader ? ` (through \`${reader.name}\`)` : ''} but gives no rows for it; add \`given ${dataset.name} { … }\`. A test never reads real data.`,
        where,
      );
      continue;
    }
    const header = new Set(g.table?.header.map((n) => n.text) ?? []);
    // A misspelt column is reported as unknown; the column it was meant to be is not also missing.
    if (!g.table || !g.dataset || g.table.header.some((n) => !dataset.members.has(n.text))) continue;
    for (const [column, reader] of columns) {
      if (header.has(column.name)) continue;
      report(
        file,
        'test-missing-column',
        `Column \`${column.name}\` of \`${dataset.name}\` is read by ${reader.kind} \`${reader.name}\` but this table does not give it; add a \`${column.name}\` column.`,
        g.dataset.span,
      );
    }
  }
  // With an expectation that names nothing known (or none at all), what the test reads is not known.
  const allKnown = test.expects.length > 0 && subjects.length === test.expects.filter((e) => e.subject).length;
  for (const [dataset, g] of given) {
    if (!allKnown || reads.has(dataset) || !g.dataset) continue;
    file.semanticDiagnostics.push(
      diagnostic('test-unused-given', 'warning', `No declaration this test expects anything of reads dataset \`${dataset.name}\`; remove this \`given\`.`, g.dataset.span),
    );
  }
}

function checkTable(file: FileState, dataset: SemanticSymbol, g: GivenDecl): void {
  const table = g.table;
  if (!table) return;
  const columns: (SemanticSymbol | undefined)[] = [];
  const names = new Set<string>();
  for (const name of table.header) {
    if (names.has(name.text)) {
      report(file, 'test-fixture', `Column \`${name.text}\` appears twice in this table's first row.`, name.span);
      columns.push(undefined);
      continue;
    }
    names.add(name.text);
    columns.push(resolveColumn(file, dataset, name));
  }
  for (const row of table.rows) {
    if (row.cells.length !== table.header.length) {
      report(file, 'test-fixture', `This row has ${row.cells.length} cells but the table has ${table.header.length} columns.`, row.span);
      continue;
    }
    row.cells.forEach((cell, i) => {
      const column = columns[i];
      const problem = column?.columnType ? misfit(cell, column.columnType, { empty: true }) : undefined;
      if (column && problem) report(file, 'test-fixture', `This cell does not fit column \`${column.name}\` (${column.columnType}): ${problem}.`, cell.span);
    });
  }
}

/** A dataset named in a `given`, as `resolveTop` resolves one but over the names the test can see. */
function resolveVisible(file: FileState, visible: ReadonlyMap<string, SemanticSymbol>, name: Name, expected: 'dataset'): SemanticSymbol | undefined {
  const symbol = visible.get(name.text);
  if (symbol === undefined) {
    file.unresolved.push({ name, expected: [expected] });
    reportUnknown(file, `dataset \`${name.text}\``, name, [...visible.values()].filter((s) => s.kind === expected).map((s) => s.name));
    return undefined;
  }
  file.references.push({ name, symbol });
  if (symbol.kind !== expected) {
    report(file, 'unknown-name', `\`${name.text}\` is a ${symbol.kind}, but a dataset is expected here.`, name.span);
    return undefined;
  }
  return symbol;
}

function resolveSubject(file: FileState, visible: ReadonlyMap<string, SemanticSymbol>, name: Name): SemanticSymbol | undefined {
  const symbol = visible.get(name.text);
  if (symbol === undefined) {
    file.unresolved.push({ name, expected: [...SUBJECT_KINDS] });
    const candidates = [...visible.values()].filter((s) => subjectKind(s) !== undefined).map((s) => s.name);
    reportUnknown(file, `measure, target, metric or classification \`${name.text}\``, name, candidates);
    return undefined;
  }
  file.references.push({ name, symbol });
  if (subjectKind(symbol) === undefined) {
    report(file, 'test-expectation', `\`${name.text}\` is a ${symbol.kind}; an expectation is about a measure, target, metric or classification.`, name.span);
    return undefined;
  }
  return symbol;
}

function checkExpect(model: SubjectModel, file: FileState, visible: ReadonlyMap<string, SemanticSymbol>, expect: ExpectDecl, given: ReadonlyMap<SemanticSymbol, GivenDecl>): SemanticSymbol | undefined {
  if (!expect.subject) return undefined;
  const subject = resolveSubject(file, visible, expect.subject);
  const kind = subject ? subjectKind(subject) : undefined;
  if (!subject || !kind) return undefined;
  const word = expect.selector?.word.text ?? '';
  const spec = SELECTORS[kind].find((s) => s.word === word);
  if (!spec) {
    const allowed = SELECTORS[kind].map((s) => (s.word === '' ? '`= value`' : `\`${s.word}${s.argument ? ' N' : ''}\``)).join(', ');
    report(file, 'test-expectation', `An expectation on ${kind} \`${subject.name}\` names one of ${allowed}${word ? `, not \`${word}\`` : ''}.`, expect.selector?.word.span ?? expect.subject.span);
    return subject;
  }
  checkKeys(model, file, expect, subject, spec.keyed);
  if (spec.argument === 'row') checkRow(file, expect, subject, model, given);
  else if (spec.argument === 'stratum' && !expect.selector?.argument) {
    report(file, 'test-expectation', 'Expected the stratum after `stratum`, as in `stratum 1`.', expect.selector?.span ?? expect.subject.span);
  }
  const value = expect.value;
  if (!value) return subject;
  if (word === 'status') {
    if (value.kind !== 'WordValue' || !(TARGET_STATUSES as readonly string[]).includes(value.text)) {
      report(file, 'test-expectation', `A target's status is one of ${TARGET_STATUSES.join(', ')}.`, value.span);
    }
  } else if (spec.argument !== 'row') {
    const type = valueType(model, subject, word) ?? 'unknown';
    const problem = misfit(value, type, { noData: word !== 'groups' });
    if (problem) report(file, 'test-expectation', `The expected ${word || 'value'} of \`${subject.name}\` is ${type === 'pp' ? 'in percentage points' : type}: ${problem}.`, value.span);
    else if (word === 'groups' && value.kind === 'LiteralValue' && !Number.isInteger(value.literal.kind === 'Number' ? value.literal.value : 0.5)) {
      report(file, 'test-expectation', 'The number of groups is a whole number.', value.span);
    }
    if (expect.tolerance) {
      const toleranceTypes = type === 'percent' ? (['pp', 'percent'] as const) : ([type] as const);
      if (toleranceTypes.every((t) => misfit(expect.tolerance!, t) !== undefined)) {
        report(file, 'test-expectation', `A tolerance for ${type === 'pp' ? 'percentage points' : type} is written like ${type === 'percent' ? '0.1pp' : 'the value'}.`, expect.tolerance.span);
      }
    }
  }
  if (expect.tolerance && (word === 'status' || spec.argument === 'row' || word === 'groups')) {
    report(file, 'test-expectation', '`within` applies only to numbers, percents, pp and money.', expect.within ?? expect.tolerance.span);
  }
  return subject;
}

function checkKeys(model: SubjectModel, file: FileState, expect: ExpectDecl, subject: SemanticSymbol, keyed: boolean): void {
  const where = expect.keysSpan ?? expect.subject!.span;
  if (!keyed) {
    if (expect.keys.length > 0 || expect.keysSpan) report(file, 'test-expectation', `This expectation on \`${subject.name}\` is about all of it and takes no keys; remove the brackets.`, where);
    return;
  }
  const columns = keyColumns(model, subject);
  const names = columns.map((c) => `\`${c.name}\``).join(', ');
  const seen = new Set<string>();
  for (const key of expect.keys) {
    const column = columns.find((c) => c.name === key.column.text);
    if (!column) {
      const known = columns.length === 0 ? `\`${subject.name}\` has no keys (it has one value)` : `its keys are ${names}`;
      report(file, 'test-expectation', `\`${key.column.text}\` is not a key of \`${subject.name}\`: ${known}.`, key.column.span);
      continue;
    }
    file.references.push({ name: key.column, symbol: column });
    if (seen.has(column.name)) report(file, 'test-expectation', `Key \`${column.name}\` is given twice.`, key.column.span);
    seen.add(column.name);
    const problem = key.value && column.columnType ? misfit(key.value, column.columnType, { empty: true }) : undefined;
    if (key.value && problem) report(file, 'test-expectation', `Key \`${column.name}\` is ${column.columnType}: ${problem}.`, key.value.span);
  }
  const missing = columns.filter((c) => !seen.has(c.name));
  if (missing.length > 0 && expect.keys.length === seen.size) {
    const list = missing.map((c) => `\`${c.name} = …\``).join(', ');
    report(file, 'test-expectation', `An expectation on \`${subject.name}\` picks one group by ${names}; add ${list}.`, where);
  }
}

function checkRow(file: FileState, expect: ExpectDecl, subject: SemanticSymbol, model: SubjectModel, given: ReadonlyMap<SemanticSymbol, GivenDecl>): void {
  const argument = expect.selector?.argument;
  const n = argument?.kind === 'LiteralValue' && argument.literal.kind === 'Number' && !argument.negative ? argument.literal.value : undefined;
  if (n === undefined || !Number.isInteger(n) || n < 1) {
    report(file, 'test-expectation', 'Expected a row number from 1 after `row`, as in `row 1`.', argument?.span ?? expect.selector?.span ?? expect.subject!.span);
  } else {
    const dataset = model.datasetOf(subject);
    const g = dataset ? given.get(dataset) : undefined;
    if (g && !g.table) report(file, 'test-expectation', `\`row ${n}\` counts the rows of a given table; dataset \`${dataset!.name}\` is given from a file.`, argument!.span);
    else if (g?.table && n > g.table.rows.length) report(file, 'test-expectation', `The table of \`${dataset!.name}\` has ${g.table.rows.length} rows; there is no row ${n}.`, argument!.span);
  }
  const value = expect.value;
  if (!value) return;
  const text = value.kind === 'WordValue' ? value.text : undefined;
  if (text === 'none' || text === 'excluded') return;
  const category = text === undefined ? undefined : subject.members.get(text);
  if (category === undefined || value.kind !== 'WordValue') {
    const categories = [...subject.members.keys()];
    reportUnknown(file, `category \`${text ?? (value.kind === 'LiteralValue' ? value.raw : '')}\` of \`${subject.name}\` (a row's category is a category name, \`none\` or \`excluded\`)`, { kind: 'Name', text: text ?? '', span: value.span }, categories);
    return;
  }
  file.references.push({ name: { kind: 'Name', text: value.text, span: value.span }, symbol: category });
}
