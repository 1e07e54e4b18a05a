// The language's keywords: the single list the lexer builds its tokens from, and that the
// TextMate grammar in grammar/ is tested against.

/** Start a declaration. */
export const DECLARATION_KEYWORDS = ['import', 'dataset', 'classification', 'measure', 'target', 'metric', 'funding'] as const;

/** Clauses and blocks inside a declaration body. */
export const CLAUSE_KEYWORDS = ['columns', 'category', 'exclude', 'when', 'from', 'by', 'stratify', 'on'] as const;

/** Operators and connectives of conditions and changes. */
export const OPERATOR_KEYWORDS = ['where', 'in', 'not', 'and', 'or', 'starts', 'with', 'at', 'least', 'most', 'exactly', 'relative', 'to'] as const;

export const BOOLEAN_KEYWORDS = ['yes', 'no'] as const;

export const AGGREGATE_FUNCTIONS = ['sum', 'count', 'mean', 'min', 'max'] as const;

/** Column types. These are soft keywords: they may also be used as column names. */
export const COLUMN_TYPES = ['text', 'number', 'money', 'percent', 'fiscal_year', 'date', 'bool'] as const;

export type ColumnType = (typeof COLUMN_TYPES)[number];

export const ALL_KEYWORDS: readonly string[] = [
  ...DECLARATION_KEYWORDS,
  ...CLAUSE_KEYWORDS,
  ...OPERATOR_KEYWORDS,
  ...BOOLEAN_KEYWORDS,
  ...AGGREGATE_FUNCTIONS,
  ...COLUMN_TYPES,
];
