// Reads a large data file on two cores for `hewitt eval`: a worker thread reads the second half
// of the file while the core reads the first half on the main thread (see DataHost.readSplit).
// Used only when it is safe and worth it: a big file, two cores, valid UTF-8 with no quote and no
// carriage return (then every line feed ends a record, so a split at one is safe, and line numbers
// are line feeds counted), and not so big that holding half its rows would cost much memory.
// Anything else is read the ordinary way.

import { isUtf8 } from 'node:buffer';
import { closeSync, existsSync, fstatSync, openSync, readSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { abortError, isAbortError } from '../core/data/abort';
import type { SplitRequest } from '../core/data/data-host';
import { headerOf, readPart, type PartOutcome, type SplitRead } from '../core/data/read-part';
import { countLines, fileRange } from './file-range';
import type { PartJob, WorkerReply } from './read-worker';

/** How a file was read (for tests and diagnosis). */
export type ReadChoice = 'parts' | 'small' | 'large' | 'one-core' | 'no-worker' | 'quote-or-cr' | 'not-utf8' | 'no-split';

export interface ParallelOptions {
  /** Files smaller than this are read whole (default 8 MiB). */
  readonly minBytes?: number;
  /**
   * Files larger than this are read whole (default 256 MiB): the second half's rows are held
   * until the first half is read, so memory would otherwise grow with the file.
   */
  readonly maxBytes?: number;
  /** The bundled worker script (default read-worker.js beside this bundle). */
  readonly workerFile?: string;
  /** How many threads can run at once (default os.availableParallelism). */
  readonly cores?: () => number;
  /** Told how each file is read. */
  readonly onChoice?: (path: string, choice: ReadChoice) => void;
}

const HEAD_BYTES = 64 * 1024;
const SCAN_BYTES = 1024 * 1024;
const LF = 10;

function defaultWorkerFile(): string {
  return join(typeof __dirname === 'string' ? __dirname : '.', 'read-worker.js');
}

type Plan =
  | { readonly kind: 'split'; readonly split: number; readonly header: readonly string[]; readonly size: number }
  | { readonly kind: 'whole'; readonly choice: ReadChoice };

/** Where the `count`-th line feed of `bytes` ends (its offset + 1), or -1. */
function afterLineFeeds(bytes: Uint8Array, count: number): number {
  let at = 0;
  for (let k = 0; k < count; k++) {
    const lf = bytes.indexOf(LF, at);
    if (lf < 0) return -1;
    at = lf + 1;
  }
  return at;
}

/** Scans the file once: a header in its head, valid UTF-8, no quote or CR, a line feed near the middle. */
function planSplit(absolute: string, minBytes: number, maxBytes: number): Plan {
  const fd = openSync(absolute, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size < minBytes || size < 2) return { kind: 'whole', choice: 'small' };
    if (size > maxBytes) return { kind: 'whole', choice: 'large' };
    const buffer = Buffer.allocUnsafe(SCAN_BYTES);
    const headLength = readSync(fd, buffer, 0, Math.min(HEAD_BYTES, size), 0);
    const head = buffer.subarray(0, buffer.subarray(0, headLength).lastIndexOf(LF) + 1);
    if (!isUtf8(head)) return { kind: 'whole', choice: 'not-utf8' };
    const header = headerOf(head.toString('utf8'));
    if (!header) return { kind: 'whole', choice: 'no-split' };
    const headerEnd = afterLineFeeds(head, header.nextLine - 1);
    // The line feed nearest the middle.
    const middle = Math.floor(size / 2);
    const windowStart = Math.max(0, middle - HEAD_BYTES / 2);
    const windowLength = readSync(fd, buffer, 0, Math.min(HEAD_BYTES, size - windowStart), windowStart);
    const window = buffer.subarray(0, windowLength);
    const centre = middle - windowStart;
    const before = window.lastIndexOf(LF, centre);
    const after = window.indexOf(LF, centre);
    let lf = -1;
    if (before >= 0 && (after < 0 || centre - before <= after - centre)) lf = windowStart + before;
    else if (after >= 0) lf = windowStart + after;
    const split = lf + 1;
    if (lf < 0 || headerEnd < 0 || split < headerEnd) return { kind: 'whole', choice: 'no-split' };
    // The whole file, in pieces that end at a line feed (so no character is cut).
    for (let offset = 0; offset < size; ) {
      const length = readSync(fd, buffer, 0, Math.min(SCAN_BYTES, size - offset), offset);
      if (length <= 0) break;
      let bytes = buffer.subarray(0, length);
      if (offset + length < size) {
        const last = bytes.lastIndexOf(LF);
        if (last >= 0) bytes = bytes.subarray(0, last + 1);
      }
      if (bytes.indexOf(34) >= 0 || bytes.indexOf(13) >= 0) return { kind: 'whole', choice: 'quote-or-cr' };
      if (!isUtf8(bytes)) return { kind: 'whole', choice: 'not-utf8' };
      offset += bytes.length;
    }
    return { kind: 'split', split, header: header.fields, size };
  } finally {
    closeSync(fd);
  }
}

/** Runs one part in a worker; rejects with an AbortError when `signal` fires (the worker is stopped). */
function readInWorker(worker: Worker, job: PartJob, signal: AbortSignal): Promise<PartOutcome> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const finish = (settle: () => void): void => {
      if (settled) return;
      settled = true;
      signal.removeEventListener('abort', onAbort);
      void worker.terminate();
      settle();
    };
    const onAbort = (): void => finish(() => reject(abortError()));
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort);
    worker.once('message', (reply: WorkerReply) =>
      finish(() => (reply.kind === 'outcome' ? resolve(reply.outcome) : reject(new Error(reply.message)))),
    );
    worker.once('error', (error) => finish(() => reject(error)));
    worker.once('exit', (code) => finish(() => reject(new Error(`The reading thread stopped (exit ${code}).`))));
    worker.postMessage(job);
  });
}

/** Splits the file when it is worth it and safe; undefined to read it whole. */
export async function readSplit(
  absolute: string,
  request: SplitRequest,
  options: ParallelOptions,
  onRead?: (bytesRead: number, size: number) => void,
): Promise<SplitRead | undefined> {
  const choose = (choice: ReadChoice): undefined => {
    options.onChoice?.(request.path, choice);
    return undefined;
  };
  const workerFile = options.workerFile ?? defaultWorkerFile();
  if ((options.cores ?? availableParallelism)() < 2) return choose('one-core');
  if (!existsSync(workerFile)) return choose('no-worker');
  let plan: Plan;
  try {
    plan = planSplit(absolute, options.minBytes ?? 8 * 1024 * 1024, options.maxBytes ?? 256 * 1024 * 1024);
  } catch {
    return choose('no-split');
  }
  if (plan.kind === 'whole') return choose(plan.choice);
  const signal = request.signal;
  if (signal?.aborted) throw abortError();
  const { split, size, header } = plan;
  let worker: Worker;
  try {
    // A roomy young generation: the worker makes many short-lived strings, and fewer collections
    // leave more of the second core to it.
    worker = new Worker(workerFile, { resourceLimits: { maxYoungGenerationSizeMb: 64 } });
  } catch {
    return choose('no-worker');
  }
  // Stops the worker when the caller cancels or the first part shows the file cannot be read.
  const stop = new AbortController();
  const forward = (): void => stop.abort();
  signal?.addEventListener('abort', forward);
  const job: PartJob = { absolute, path: request.path, columns: request.columns, start: split, end: size, header };
  const inWorker = readInWorker(worker, job, stop.signal);
  const rest = inWorker
    .catch((error: unknown) => {
      if (isAbortError(error)) throw error;
      // The worker failed: read the rest here instead.
      return readRestHere(absolute, job, signal);
    })
    .finally(() => signal?.removeEventListener('abort', forward));
  rest.catch(() => undefined); // the core awaits it, or stops it
  options.onChoice?.(request.path, 'parts');
  return { first: reported(fileRange(absolute, 0, split, 64 * 1024), size, onRead), rest, stop: () => stop.abort() };
}

/** The chunks, telling `onRead` the bytes read so far of the file's size. */
async function* reported(chunks: AsyncIterable<Uint8Array>, size: number, onRead?: (bytesRead: number, size: number) => void): AsyncGenerator<Uint8Array> {
  let bytesRead = 0;
  for await (const chunk of chunks) {
    bytesRead += chunk.length;
    onRead?.(bytesRead, size);
    yield chunk;
  }
}

/** The rest of the file read on this thread, as the worker would read it. */
async function readRestHere(absolute: string, job: PartJob, signal: AbortSignal | undefined): Promise<PartOutcome> {
  const firstLine = countLines(absolute, job.start) + 1;
  return readPart({
    path: job.path,
    columns: job.columns,
    chunks: fileRange(absolute, job.start, job.end),
    start: { kind: 'after-header', header: job.header, firstLine },
    ...(signal ? { signal } : {}),
  });
}
