// PLACEHOLDER until the parser lands: the signature is the contract.
import type { SourceFile } from './ast';
import type { Diagnostic } from '../diagnostics';

export interface ParseResult {
  readonly file: SourceFile;
  readonly diagnostics: readonly Diagnostic[];
}

export function parse(text: string): ParseResult {
  return { file: { kind: 'SourceFile', span: { start: 0, end: text.length }, declarations: [], comments: [] }, diagnostics: [] };
}
