// Small read-only questions rules ask of declarations: a property by key, a constant's number,
// the declarations of one kind in a file, and the symbol a reference resolves to.

import { constantOf } from '../semantics/constants';
import type { FileModel, SemanticModel, SemanticSymbol } from '../semantics/model';
import type { Declaration, Expr, Member, Name, Property, PropertyValue } from '../syntax/ast';

type KindOf<K extends Declaration['kind']> = Extract<Declaration, { kind: K }>;

/** The file's top-level declarations of one kind, in source order. */
export function declarationsOf<K extends Declaration['kind']>(file: FileModel, kind: K): KindOf<K>[] {
  return file.ast.declarations.filter((d): d is KindOf<K> => d.kind === kind);
}

/** The first `key: value` property among members. */
export function propertyOf(members: readonly Member[], key: string): Property | undefined {
  return members.find((m): m is Property => m.kind === 'Property' && m.key === key);
}

/** The expression of a property, when it is one (not a range or change). */
export function exprOf(value: PropertyValue | undefined): Expr | undefined {
  return value === undefined || value.kind === 'Range' || value.kind === 'Change' ? undefined : value;
}

/** A word written as a bare reference: `scope: national` → `national`. */
export function wordOf(value: PropertyValue | undefined): string | undefined {
  const expr = exprOf(value);
  return expr?.kind === 'Reference' && expr.parts.length === 1 ? expr.parts[0].text : undefined;
}

/** The numeric value of a constant (`17`, `+0.5pp`, `40%`); undefined otherwise. */
export function numberOf(value: PropertyValue | undefined): number | undefined {
  const expr = exprOf(value);
  return expr === undefined ? undefined : constantOf(expr)?.value;
}

/** A fiscal year's first calendar year (`2024/25` → 2024). */
export function startYearOf(expr: Expr | undefined): number | undefined {
  return expr?.kind === 'FiscalYear' ? expr.startYear : undefined;
}

/** The symbol a name written in `file` resolves to, if it resolved. */
export function resolved(file: FileModel, name: Name): SemanticSymbol | undefined {
  return file.references.find((r) => r.name === name)?.symbol;
}

/** Every analysed file, in path order. */
export function filesInOrder(model: SemanticModel): FileModel[] {
  return [...model.files.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** `2024/25` for a first calendar year of 2024. */
export function fiscalYearText(startYear: number): string {
  return `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;
}

/** "1 target", "3 targets". */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
