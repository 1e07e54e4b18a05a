// Timing of preview refreshes, free of the editor: a debounce for typing, and a gate that lets
// only the newest answer through (an older request answering late is dropped).

export interface Debounced {
  readonly schedule: () => void;
  readonly cancel: () => void;
}

export function debounce(run: () => void, delayMs: number, timers: { set: typeof setTimeout; clear: typeof clearTimeout } = { set: setTimeout, clear: clearTimeout }): Debounced {
  let handle: ReturnType<typeof setTimeout> | undefined;
  return {
    schedule: () => {
      if (handle !== undefined) timers.clear(handle);
      handle = timers.set(() => {
        handle = undefined;
        run();
      }, delayMs);
    },
    cancel: () => {
      if (handle !== undefined) timers.clear(handle);
      handle = undefined;
    },
  };
}

export interface LatestGate {
  /** A ticket for a new request. */
  readonly next: () => number;
  /** Whether the answer to this ticket may be shown: no newer request was made since, and its version is not older than the one shown. */
  readonly accept: (ticket: number, uri: string, version: number) => boolean;
}

export function createLatestGate(): LatestGate {
  let latest = 0;
  const shown = new Map<string, number>();
  return {
    next: () => ++latest,
    accept: (ticket, uri, version) => {
      if (ticket !== latest) return false;
      if (version < (shown.get(uri) ?? Number.NEGATIVE_INFINITY)) return false;
      shown.set(uri, version);
      return true;
    },
  };
}
