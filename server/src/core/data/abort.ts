// Cancellation of a data load. A cancelled load rejects with an error named 'AbortError', the
// name the platform uses for aborted work, so callers tell it apart from a real failure.

/** The error a cancelled load rejects with. */
export function abortError(): Error {
  const error = new Error('The data load was cancelled.');
  error.name = 'AbortError';
  return error;
}

/** True when `e` is the rejection of a cancelled load (or any other aborted operation). */
export function isAbortError(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'AbortError';
}

/** Throws the abort error when the signal has fired. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortError();
}
