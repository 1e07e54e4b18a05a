// Document URIs and the core's paths. The core keys files by forward-slash paths; like
// `hewitt check` run in the workspace folder, the server names files below the (first) workspace
// folder relative to it, so messages that mention paths read the same. Files elsewhere keep their
// absolute path. The URI a client sent is kept for each path, so the server answers with the same
// spelling (drive-letter case and percent-encoding differ between clients).

import { fileURLToPath, pathToFileURL } from 'node:url';

export interface UriMap {
  /** The core path of a URI: the file-system path for `file:` URIs, the URI itself otherwise. */
  pathOf(uri: string): string;
  /** The URI of a path: the one the client used, else a `file:` URI. */
  uriOf(path: string): string;
  /** The core path of a file-system path (absolute, either slash). */
  fromFileSystem(absolute: string): string;
  /** The file-system path of a core path (unchanged when it is absolute or not a file). */
  toFileSystem(path: string): string;
  /** The folder relative paths are relative to, if any. */
  readonly base: string | undefined;
}

export function createUriMap(baseFolder?: string): UriMap {
  const seen = new Map<string, string>();
  const base = baseFolder === undefined ? undefined : toSlashes(baseFolder).replace(/\/+$/, '');
  const fromFileSystem = (absolute: string): string => {
    const path = toSlashes(absolute);
    if (base === undefined || base === '') return path;
    return path.startsWith(base + '/') ? path.slice(base.length + 1) : path;
  };
  const toFileSystem = (path: string): string => (base === undefined || isAbsolute(path) ? path : `${base}/${path}`);
  return {
    base,
    fromFileSystem,
    toFileSystem,
    pathOf(uri) {
      const path = uri.startsWith('file:') ? fromFileSystem(uriToPath(uri)) : uri;
      if (!seen.has(path)) seen.set(path, uri);
      return path;
    },
    uriOf(path) {
      return seen.get(path) ?? pathToUri(toFileSystem(path));
    },
  };
}

/** Absolute file-system paths, and URIs of other schemes, are not relative to the base. */
function isAbsolute(path: string): boolean {
  return path.startsWith('/') || /^[A-Za-z]:\//.test(path) || /^[a-z][a-z0-9+.-]+:/i.test(path);
}

export function uriToPath(uri: string): string {
  if (!uri.startsWith('file:')) return uri;
  try {
    return toSlashes(fileURLToPath(uri));
  } catch {
    return uri;
  }
}

export function pathToUri(path: string): string {
  if (/^[a-z][a-z0-9+.-]+:/i.test(path) && !/^[a-z]:\//i.test(path)) return path;
  return pathToFileURL(path).href;
}

export function toSlashes(path: string): string {
  return path.replace(/\\/g, '/');
}

export function isRuleFile(path: string): boolean {
  return path.endsWith('.hewitt');
}

export function isConfigFile(path: string): boolean {
  return path === 'hewitt.config.json' || path.endsWith('/hewitt.config.json');
}

export function isDataFile(path: string): boolean {
  return /\.(csv|xlsx|parquet)$/i.test(path);
}
