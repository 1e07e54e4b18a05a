// What the core needs from the outside world, provided by each shell (CLI, language server, tests).
// The core never touches the file system, the clock or the network itself.

export interface Host {
  /** The text of a file, or undefined when it cannot be read. Paths use forward slashes. */
  readFile(path: string): string | undefined;
}

/** Joins a path written in a rule file (relative, forward slashes) onto the folder of `fromFile`. */
export function resolveRelative(fromFile: string, relative: string): string {
  const base = fromFile.split('/').slice(0, -1);
  const parts = relative.startsWith('/') ? [] : base;
  const out = [...parts];
  for (const segment of relative.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..' && out[out.length - 1] !== '') out.pop();
      else out.push('..');
    } else out.push(segment);
  }
  const joined = out.join('/');
  return relative.startsWith('/') || fromFile.startsWith('/') ? '/' + joined.replace(/^\/+/, '') : joined;
}

/** An in-memory host, for tests and for the language server's open documents. */
export function memoryHost(files: Readonly<Record<string, string>> | ReadonlyMap<string, string>): Host {
  const map = files instanceof Map ? files : new Map(Object.entries(files));
  return { readFile: (path) => map.get(path) };
}
