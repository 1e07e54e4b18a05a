// The worker thread that reads one part of a data file for `hewitt eval` (bundled on its own as
// dist/read-worker.js). It runs the core's part reader and hands the typed columns back without
// copying them.

import { parentPort } from 'node:worker_threads';
import { columnarBuffers } from '../core/data/columnar';
import { readPart, type PartOutcome } from '../core/data/read-part';
import type { ColumnShape } from '../core/data/shape';
import { countLines, fileRange } from './file-range';

/** What the main thread asks the worker to read. */
export interface PartJob {
  readonly absolute: string;
  /** The path as shown in messages. */
  readonly path: string;
  readonly columns: readonly ColumnShape[];
  readonly start: number;
  readonly end: number;
  /** The file's header row; the worker counts the lines before `start` itself. */
  readonly header: readonly string[];
}

export type WorkerReply = { readonly kind: 'outcome'; readonly outcome: PartOutcome } | { readonly kind: 'failed'; readonly message: string };

async function run(job: PartJob): Promise<void> {
  const port = parentPort;
  if (!port) return;
  try {
    const outcome = await readPart({
      path: job.path,
      columns: job.columns,
      chunks: fileRange(job.absolute, job.start, job.end),
      start: { kind: 'after-header', header: job.header, firstLine: countLines(job.absolute, job.start) + 1 },
    });
    const reply: WorkerReply = { kind: 'outcome', outcome };
    port.postMessage(reply, outcome.kind === 'read' ? columnarBuffers(outcome.rows) : []);
  } catch (error) {
    const reply: WorkerReply = { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
    port.postMessage(reply);
  }
}

parentPort?.once('message', (job: PartJob) => void run(job));
