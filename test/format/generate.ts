// A small random generator of valid rule files for the property test. A file is built as a list
// of tokens; the arbitrary then joins them with random whitespace, blank lines and comments.
// A property's key words and its `:` are one token: the language wants them on one line.

import fc from 'fast-check';

type Tokens = readonly string[];

const names = ['amount', 'icb', 'programme', 'year', 'recurrent', 'prevention', 'prevention.screening'];
const literals = ['17', '1_000', '0.5', '40%', '12.5%', '1.0pp', '£250k', '£1,250,000', '£12.50', '2023/24', '"SCR"', '"a \\" b"', 'yes', 'no', 'HC.6.2'];

const atom: fc.Arbitrary<Tokens> = fc.oneof(fc.constantFrom(...names), fc.constantFrom(...literals)).map((t) => [t]);

const expr: fc.Arbitrary<Tokens> = fc.letrec<{ expr: Tokens; operand: Tokens }>((tie) => ({
  // An operand is an atom or a parenthesised expression, so every generated file parses.
  operand: fc.oneof({ depthSize: 'small', withCrossShrink: true }, atom, tie('expr').map((e) => ['(', ...e, ')'])),
  expr: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    atom,
    fc.tuple(tie('operand'), fc.constantFrom('+', '-', '*', '/', 'and', 'or', '=', '!=', '<', '<=', '>', '>='), tie('operand')).map(([l, op, r]) => [...l, op, ...r]),
    fc.tuple(fc.constantFrom('-', '+', 'not'), tie('operand')).map(([op, e]) => [op, ...e]),
    fc.tuple(tie('operand'), fc.boolean(), fc.array(atom, { maxLength: 3 })).map(([s, negated, items]) => [
      ...s,
      ...(negated ? ['not', 'in'] : ['in']),
      '[',
      ...items.flatMap((item, i) => (i === 0 ? item : [',', ...item])),
      ']',
    ]),
    fc.tuple(tie('operand'), fc.constantFrom('"SCR"', '"A"')).map(([s, p]) => [...s, 'starts', 'with', p]),
    fc.tuple(fc.constantFrom('sum', 'count', 'mean', 'min', 'max'), fc.option(atom), fc.option(tie('expr'))).map(([fn, arg, where]) => [
      fn,
      '(',
      ...(arg ?? []),
      ...(where ? ['where', ...where] : []),
      ')',
    ]),
  ),
})).expr;

const simpleMember: fc.Arbitrary<Tokens> = fc.oneof(
  fc.tuple(fc.constantFrom('value', 'source', 'weight', 'numerator'), expr).map(([key, e]) => [`${key}:`, ...e]),
  fc.tuple(fc.constantFrom('40%', '2024/25'), fc.constantFrom('to', '..'), fc.constantFrom('80%', '2026/27')).map(([a, sep, b]) => ['thresholds:', a, sep, b]),
  fc.tuple(fc.constantFrom(['at', 'least'], ['at', 'most'], ['exactly']), fc.constantFrom(['+', '1pp'], ['-', '2%'], ['3%']), fc.boolean()).map(([dir, amount, rel]) => [
    'change:',
    ...dir,
    ...amount,
    ...(rel ? ['relative'] : []),
  ]),
  fc.constant(['value per point:', '£213.43']),
  fc.constantFrom('ledger', 'qof').map((d) => ['from', d]),
  fc.array(fc.constantFrom('icb', 'year', 'practice'), { minLength: 1, maxLength: 3 }).map((cols) => ['by', ...cols.flatMap((c, i) => (i === 0 ? [c] : [',', c]))]),
  fc.constant(['stratify', 'by', 'imd_quintile']),
  expr.map((e) => ['when', ...e]),
  expr.map((e) => ['exclude', 'when', ...e]),
);

const columns: fc.Arbitrary<Tokens> = fc
  .array(fc.tuple(fc.constantFrom('icb', 'amount', 'year'), fc.constantFrom('text', 'money', 'fiscal_year', 'bool')), { maxLength: 3 })
  .map((cols) => ['columns', '{', ...cols.flatMap(([n, t]) => [n, ':', t, '\n']), '}']);

const category: fc.Arbitrary<Tokens> = fc
  .tuple(fc.constantFrom('screening', 'immunisation'), fc.array(simpleMember, { maxLength: 3 }))
  .map(([name, members]) => ['category', name, '"Title"', '{', ...members.flatMap((m) => [...m, '\n']), '}']);

/** Doc comments go where they document something: above a declaration or a member. */
function documented(tokens: fc.Arbitrary<Tokens>): fc.Arbitrary<Tokens> {
  return fc.tuple(fc.option(fc.constantFrom('/// One line of documentation.', '/// Two lines\n/// of documentation.')), tokens).map(([doc, t]) => (doc ? [doc, ...t] : t));
}

const member = documented(fc.oneof({ weight: 5, arbitrary: simpleMember }, { weight: 1, arbitrary: columns }, { weight: 1, arbitrary: category }));

const declaration: fc.Arbitrary<Tokens> = documented(fc.oneof(
  fc.constant(['import', '"shared/data.hewitt"']),
  fc
    .tuple(fc.constantFrom('dataset', 'measure', 'target', 'metric', 'funding', 'classification'), fc.array(member, { maxLength: 4 }))
    .map(([kind, members]) => [kind, 'thing', '"A title"', ...(kind === 'classification' ? ['on', 'ledger'] : []), '{', ...members.flatMap((m) => [...m, '\n']), '}']),
));

/** What may separate two tokens: `\n` tokens are places where a line break is required. */
const separator = fc.constantFrom(' ', ' ', ' ', '  ', '\t', '\n', '\n\n', '\r\n', ' /* note */ ', ' /*x*/', ' /* two\n lines */', ' // line\n', '');
const glue = new Set(['(', ')', '[', ']', ',', '{', '}', ':']);

function join(tokens: Tokens, separators: readonly string[]): string {
  let text = '';
  let previous: string | undefined;
  tokens.forEach((token, i) => {
    let sep = separators[i % separators.length] ?? ' ';
    if (token.startsWith('///')) {
      text += `\n${token}\n`;
      previous = undefined;
      return;
    }
    if (token === '\n') {
      if (!sep.includes('\n')) sep = `${sep}\n`;
      text += sep;
      previous = undefined;
      return;
    }
    if (previous !== undefined) {
      if (sep === '' && !glue.has(previous) && !glue.has(token)) sep = ' ';
      text += sep;
    }
    text += token;
    previous = token;
  });
  return text;
}

/** A valid rule file written with random layout, comments included. */
export const messyFile: fc.Arbitrary<string> = fc
  .tuple(fc.array(declaration, { maxLength: 4 }), fc.array(separator, { minLength: 1, maxLength: 40 }))
  .map(([declarations, separators]) => join(declarations.flatMap((d) => [...d, '\n']), separators));
