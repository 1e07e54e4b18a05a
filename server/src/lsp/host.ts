// The language server's Host: open documents override the disk. Disk reads are cached until a
// watched-file event (or closing the document) says the file may have changed.

import { readFileSync, statSync } from 'node:fs';
import type { Host } from '../core/host';

export interface OpenText {
  readonly text: string;
  readonly version: number;
}

export interface ServerHost extends Host {
  /** The open document at a path, if any. */
  open(path: string): OpenText | undefined;
  setOpen(path: string, text: OpenText): void;
  close(path: string): void;
  /** Forgets what was read from the disk for a path (it changed or was deleted). */
  forget(path: string): void;
  /** The open paths. */
  openPaths(): string[];
  isFile(path: string): boolean;
}

/** A host over open documents and the disk; `toFileSystem` turns a core path into a file-system path. */
export function createServerHost(toFileSystem: (path: string) => string, readDisk: (path: string) => string | undefined = readFromDisk): ServerHost {
  const opened = new Map<string, OpenText>();
  const disk = new Map<string, string | undefined>();
  return {
    readFile(path) {
      const doc = opened.get(path);
      if (doc !== undefined) return doc.text;
      if (disk.has(path)) return disk.get(path);
      const text = readDisk(toFileSystem(path));
      disk.set(path, text);
      return text;
    },
    open: (path) => opened.get(path),
    setOpen: (path, text) => void opened.set(path, text),
    close(path) {
      opened.delete(path);
      disk.delete(path);
    },
    forget: (path) => void disk.delete(path),
    openPaths: () => [...opened.keys()],
    isFile: (path) => opened.has(path) || isFileOnDisk(toFileSystem(path)),
  };
}

function readFromDisk(path: string): string | undefined {
  if (!path.startsWith('/') && !/^[A-Za-z]:\//.test(path)) return undefined;
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

function isFileOnDisk(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
