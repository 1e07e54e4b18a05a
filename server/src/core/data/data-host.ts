// How the core reads data files: through a host the shell provides (Node's fs in the CLI and the
// language server, memory in tests). Paths are resolved with `resolveRelative` from the rule file
// that names them in `source:`.

export interface DataFileStat {
  readonly size: number;
  /** Modification time in milliseconds; with the size it keys the data cache. */
  readonly mtimeMs: number;
}

export interface DataHost {
  /** Size and modification time, or undefined when the file does not exist or cannot be read. */
  stat(path: string): Promise<DataFileStat | undefined>;
  /** The file's bytes in chunks, or undefined when it cannot be opened. */
  read(path: string, signal?: AbortSignal): AsyncIterable<Uint8Array> | undefined;
}
