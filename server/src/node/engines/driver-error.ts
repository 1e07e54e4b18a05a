// An engine that cannot be used: a missing driver, a server that cannot be reached, a query the
// engine refuses. The command line shows the message (exit 2), never a stack trace.

export class EngineError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EngineError';
  }
}

/** The first line of a driver's error, without its own prefixes. */
export function driverMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0].trim();
}
