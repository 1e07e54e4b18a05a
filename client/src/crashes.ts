// When the language server keeps crashing, stop restarting it and tell the user once, instead of
// restarting in a loop. Pure: the clock is passed in.

export const CRASH_LIMIT = 4;
export const CRASH_WINDOW_MS = 3 * 60 * 1000;

export type CrashDecision = { readonly kind: 'restart' } | { readonly kind: 'give-up'; readonly crashes: number };

export interface CrashLog {
  /** Records a crash at `now` and says whether to restart. */
  readonly crashed: (now: number) => CrashDecision;
  /** Forgets earlier crashes, e.g. after the user restarts the server by hand. */
  readonly reset: () => void;
}

export function createCrashLog(limit = CRASH_LIMIT, windowMs = CRASH_WINDOW_MS): CrashLog {
  let times: number[] = [];
  return {
    crashed: (now) => {
      times = [...times.filter((t) => now - t < windowMs), now];
      return times.length >= limit ? { kind: 'give-up', crashes: times.length } : { kind: 'restart' };
    },
    reset: () => {
      times = [];
    },
  };
}
