// The semantic layer's public surface: names, declarations, types and units.
export { analyzeWorkspace } from './analyze';
export type {
  FileModel,
  ImportLink,
  ResolvedReference,
  SemanticModel,
  SemanticSymbol,
  SymbolKind,
  UnresolvedReference,
} from './model';
export { datasetOf, lookupName, referencesTo, symbolAt, typeOfExpr, unitOf, type SymbolOccurrence } from './lookups';
export { describeType, type ValueType } from './types';
export { SCHEMA, type MemberSpec, type SchemaKind, type ValueSpec } from './schema';
