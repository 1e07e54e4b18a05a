// The command line's DataHost: data files from the disk, paths relative to the working folder,
// read as a stream of chunks so a large file never sits in memory whole. Each chunk can be
// reported (bytes so far of the file's size) for a progress line. A large file can be read on
// two cores at once (parallel-read.ts); the core uses that only when it keeps no cache.

import { closeSync, createReadStream, fstatSync, openSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { DataHost, SplitRequest } from '../core/data/data-host';
import { readSplit, type ParallelOptions } from './parallel-read';
import { readParquet } from './parquet-read';
import { readSheet } from './xlsx-read';

/** The core's DataHost over the disk. */
export type NodeDataHost = DataHost;

/** Called after every chunk read: the file, the bytes read so far and its size when it was opened. */
export type ReadListener = (path: string, bytesRead: number, size: number) => void;

export interface DataHostOptions {
  readonly onRead?: ReadListener;
  /** Chunk size in bytes (default 256 KiB). */
  readonly chunkSize?: number;
  /** Reading large files on two cores: false to never do it (default: the defaults of ParallelOptions). */
  readonly parallel?: ParallelOptions | false;
}

export function nodeDataHost(cwd: string, options: DataHostOptions = {}): NodeDataHost {
  return {
    async stat(path) {
      try {
        const stats = statSync(resolve(cwd, path));
        return stats.isFile() ? { size: stats.size, mtimeMs: stats.mtimeMs } : undefined;
      } catch {
        return undefined;
      }
    },
    read(path) {
      const absolute = resolve(cwd, path);
      try {
        if (!statSync(absolute).isFile()) return undefined;
      } catch {
        return undefined;
      }
      return chunks(absolute, path, options);
    },
    readSheet: (path, sheet) => readSheet(resolve(cwd, path), sheet),
    readParquet: (path, _signal, columns) => readParquet(resolve(cwd, path), columns),
    ...(options.parallel === false
      ? {}
      : {
          readSplit: (request: SplitRequest) =>
            readSplit(resolve(cwd, request.path), request, options.parallel || {}, (bytesRead, size) =>
              options.onRead?.(request.path, bytesRead, size),
            ),
        }),
  };
}

/** The file's chunks; it is opened only when reading starts, so an unread stream holds nothing open. */
async function* chunks(absolute: string, path: string, options: DataHostOptions): AsyncGenerator<Uint8Array> {
  const fd = openSync(absolute, 'r');
  let size: number;
  try {
    size = fstatSync(fd).size;
  } catch (error) {
    closeSync(fd);
    throw error;
  }
  const stream = createReadStream('', { fd, highWaterMark: options.chunkSize ?? 64 * 1024, autoClose: true });
  let bytesRead = 0;
  try {
    for await (const chunk of stream) {
      const bytes = chunk as Buffer;
      bytesRead += bytes.length;
      options.onRead?.(path, bytesRead, size);
      yield new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
    }
  } finally {
    stream.destroy();
  }
}
