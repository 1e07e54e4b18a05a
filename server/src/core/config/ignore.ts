// The `ignore` entry of hewitt.config.json: folders and files that a folder walk (`hewitt check
// samples/`, `hewitt test .`, the language server's scan of a workspace folder) passes over, such
// as deliberately broken examples. Patterns are read like .gitignore lines, relative to the folder
// of the configuration file:
//
//   "ignore": ["broken", "drafts/*.hewitt", "/old/"]
//
// - a pattern without a slash matches a file or folder of that name at any depth (`broken`);
// - a pattern with a slash matches the path from the configuration's folder (`drafts/*.hewitt`,
//   a leading `/` changes nothing);
// - a trailing `/` matches folders only.
// A folder that matches is not entered. Only what a walk finds is ignored: a file or folder named
// on the command line, or opened in the editor, is always checked.

import type { Node } from 'jsonc-parser/lib/esm/main.js';
import { globToRegExp } from '../text/glob';
import { spanOf, topLevelEntry, type Report } from './json-nodes';

/** Checks the `ignore` entry, reporting each problem; returns the usable patterns. */
export function checkIgnore(value: Node | undefined, report: Report): string[] {
  if (value === undefined) return [];
  if (value.type !== 'array') {
    report('config-invalid', 'error', 'The `ignore` entry must be a list of patterns such as ["broken", "drafts/*.hewitt"].', spanOf(value));
    return [];
  }
  const patterns: string[] = [];
  for (const item of value.children ?? []) {
    const text = item.type === 'string' ? String(item.value).trim() : '';
    if (item.type !== 'string') report('config-invalid', 'error', 'Each `ignore` pattern must be a text such as "broken".', spanOf(item));
    else if (text === '' || text === '/' || text.startsWith('!')) {
      report('config-invalid', 'error', `The \`ignore\` pattern ${JSON.stringify(item.value)} matches nothing useful; write a folder or file name or a path such as "drafts/*.hewitt" (negation with ! is not supported).`, spanOf(item));
    } else patterns.push(text);
  }
  return patterns;
}

/** The `ignore` patterns of a configuration file's text (the valid ones; problems are for `hewitt check`). */
export function readIgnore(text: string): string[] {
  return checkIgnore(topLevelEntry(text, 'ignore'), () => undefined);
}

/** Whether `path` (forward slashes, relative to the configuration's folder) is ignored by `patterns`. */
export type IgnoreMatcher = (path: string, isFolder: boolean) => boolean;

export function ignoreMatcher(patterns: readonly string[]): IgnoreMatcher {
  const compiled = patterns.map((pattern) => {
    const foldersOnly = pattern.endsWith('/');
    const body = pattern.replace(/^\/+/, '').replace(/\/+$/, '');
    const anchored = pattern.replace(/\/+$/, '').includes('/');
    return { foldersOnly, anchored, regex: globToRegExp(body) };
  });
  return (path, isFolder) => {
    const name = path.slice(path.lastIndexOf('/') + 1);
    return compiled.some((p) => (!p.foldersOnly || isFolder) && p.regex.test(p.anchored ? path : name));
  };
}
