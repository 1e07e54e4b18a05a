// The formatter: canonical layout printed from the syntax tree and the file's comments.
export { formatEdits, formatRange, formatText, type FormatOptions, type FormatResult } from './format';
export type { TextEdit } from '../edits';
