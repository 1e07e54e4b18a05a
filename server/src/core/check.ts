// PLACEHOLDER until the semantic layer lands: the signature is the contract used by the shells.
import type { Diagnostic } from './diagnostics';
import type { Host } from './host';
import { parse } from './syntax/parse';

export interface FileReport {
  /** The path as given (forward slashes). */
  readonly path: string;
  /** The text that was checked, for showing source lines. */
  readonly text: string;
  readonly diagnostics: readonly Diagnostic[];
}

export interface CheckOptions {
  /** Reserved for the rule catalogue and its configuration (a later stage plugs in here). */
  readonly catalogue?: unknown;
}

/**
 * Checks a set of rule files as one workspace: each is parsed, bound (imports followed through
 * the host) and checked. Returns one report per requested path, in the order given.
 * Never throws on user input.
 */
export function checkFiles(paths: readonly string[], host: Host, _options: CheckOptions = {}): FileReport[] {
  return paths.map((path) => {
    const text = host.readFile(path) ?? '';
    return { path, text, diagnostics: parse(text).diagnostics };
  });
}
