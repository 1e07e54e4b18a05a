// How the Node shells speak of files: a path as shown to the user (relative, forward slashes) and
// the words for a file-system error. Shared by the command line and the language server.

import { isAbsolute, relative, sep } from 'node:path';

/** The way a path is shown: relative to `cwd` with forward slashes (absolute when on another drive). */
export function displayPath(absolute: string, cwd: string): string {
  const rel = relative(cwd, absolute);
  const shown = rel === '' ? '.' : isAbsolute(rel) ? absolute : rel;
  return shown.split(sep).join('/');
}

/** Words for a file-system error code, as in `no such file or directory: foo.hewitt`. */
export function describeFsError(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder, not a file';
    case 'ELOOP':
      return 'too many symbolic links';
    default:
      return code === '' ? 'cannot be read' : `cannot be read (${code})`;
  }
}
