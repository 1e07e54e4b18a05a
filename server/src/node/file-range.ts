// A byte range of a file on disk as a stream of chunks, for reading one part of a data file.

import { closeSync, createReadStream, openSync, readSync } from 'node:fs';

/** Bytes `start` (inclusive) to `end` (exclusive) of the file, in chunks of up to `chunkSize`. */
export async function* fileRange(absolute: string, start: number, end: number, chunkSize = 256 * 1024): AsyncGenerator<Uint8Array> {
  if (end <= start) return;
  const stream = createReadStream(absolute, { start, end: end - 1, highWaterMark: chunkSize });
  try {
    for await (const chunk of stream) {
      const bytes = chunk as Buffer;
      yield new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
    }
  } finally {
    stream.destroy();
  }
}

/** The number of line feeds in the first `end` bytes of the file. */
export function countLines(absolute: string, end: number): number {
  const fd = openSync(absolute, 'r');
  try {
    const buffer = Buffer.allocUnsafe(1024 * 1024);
    let lines = 0;
    for (let offset = 0; offset < end; ) {
      const length = readSync(fd, buffer, 0, Math.min(buffer.length, end - offset), offset);
      if (length <= 0) break;
      for (let i = 0; i < length; i++) if (buffer[i] === 10) lines++;
      offset += length;
    }
    return lines;
  } finally {
    closeSync(fd);
  }
}
