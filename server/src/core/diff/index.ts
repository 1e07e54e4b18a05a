// What changed between two revisions of rule files: definitions and figures (see diff.ts).
export { diffRevisions, isEmptyDiff, DEFAULT_TOP, type DiffOptions, type DiffSide } from './diff';
export { diffDefinitions } from './definitions';
export type { RevisionFigures } from './figures';
export * from './model';
