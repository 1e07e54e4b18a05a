// The rule files a command works on: the paths on the command line expanded and read.

import { loadFiles } from '../node/file-host';
import { expandPaths } from './paths';

export type InputsResult =
  | { readonly kind: 'read'; readonly paths: readonly string[]; readonly texts: ReadonlyMap<string, string> }
  | { readonly kind: 'error'; readonly message: string };

export function readInputs(written: readonly string[], cwd: string): InputsResult {
  const expanded = expandPaths(written, cwd);
  if (expanded.kind === 'error') return expanded;
  const loaded = loadFiles(expanded.files, cwd);
  if (loaded.kind === 'error') return loaded;
  return { kind: 'read', paths: expanded.files, texts: loaded.texts };
}
