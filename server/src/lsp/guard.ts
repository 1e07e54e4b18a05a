// Every handler runs inside a guard: an exception is logged and answered with an error response,
// and the server goes on serving.

import { ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';

export type Log = (message: string) => void;

export function describeError(error: unknown): string {
  if (error instanceof Error) return error.stack ?? error.message;
  return String(error);
}

/** A request handler whose failures become an error response (cancellations pass through). */
export function guardRequest<P extends unknown[], R>(log: Log, method: string, handler: (...args: P) => R | Promise<R>) {
  return async (...args: P): Promise<R> => {
    try {
      return await handler(...args);
    } catch (error) {
      if (error instanceof ResponseError) throw error;
      log(`${method} failed: ${describeError(error)}`);
      const message = error instanceof Error ? error.message : String(error);
      throw new ResponseError(ErrorCodes.InternalError, `${method} failed: ${message}`);
    }
  };
}

/** A notification handler whose failures are logged. */
export function guardNotification<P extends unknown[]>(log: Log, method: string, handler: (...args: P) => void | Promise<void>) {
  return (...args: P): void => {
    try {
      const done = handler(...args);
      if (done instanceof Promise) done.catch((error: unknown) => log(`${method} failed: ${describeError(error)}`));
    } catch (error) {
      log(`${method} failed: ${describeError(error)}`);
    }
  };
}

export function consoleLog(connection: Connection): Log {
  return (message) => connection.console.error(message);
}
