// An incremental RFC 4180 reader: fed text in chunks of any size, it calls back with each
// complete record and the 1-based line the record starts on. Fields may be quoted; a quoted field
// may hold commas, doubled quotes and line breaks. Lines end in CRLF, LF or a lone CR; the last
// line may lack its line break. A leading byte-order mark is skipped. Blank lines are records of
// one empty field; the caller decides what they mean. The reader is lenient where RFC 4180 is
// undefined: a quote inside an unquoted field, or text after a closing quote, is kept as written.

export interface CsvRecord {
  readonly fields: readonly string[];
  /** 1-based line of the file on which the record starts. */
  readonly line: number;
}

export type CsvEnd =
  | { readonly kind: 'complete' }
  /** The file ended inside a quoted field that starts on `line` (the record starts on `recordLine`). */
  | { readonly kind: 'unterminated-quote'; readonly line: number; readonly recordLine: number };

export interface CsvReader {
  /** Feeds the next chunk of text; complete records are passed to the callback. */
  feed(text: string): void;
  /** Signals the end of the text; the last record, if any, is passed to the callback. */
  end(): CsvEnd;
}

const QUOTE = 34; // "
const COMMA = 44; // ,
const CR = 13;
const LF = 10;
const BOM = 0xfeff;

/** Index of `search` in `text` from `from`, or the text's length when there is none. */
function indexOrEnd(text: string, search: string, from: number): number {
  const at = text.indexOf(search, from);
  return at < 0 ? text.length : at;
}

export interface CsvReaderOptions {
  /** Line number of the text's first line (default 1), for reading a file from the middle. */
  readonly firstLine?: number;
  /** Whether the text is the start of a file, where a byte-order mark is skipped (default true). */
  readonly fileStart?: boolean;
}

export function createCsvReader(onRecord: (record: CsvRecord) => void, options: CsvReaderOptions = {}): CsvReader {
  let fields: string[] = [];
  let field = '';
  let quoted = false; // inside a quoted field
  let quoteLine = 0; // line on which the open quoted field starts
  let pendingQuote = false; // a quote inside a quoted field, waiting to see whether it is doubled
  let afterCR = false; // the previous character ended a line with CR; skip a following LF
  let started = false; // any character of the current record has been seen
  let line = options.firstLine ?? 1;
  let recordLine = line;
  let first = options.fileStart ?? true;
  // A CR inside a quoted field at the very end of a chunk: whether it is a line of its own
  // depends on the next chunk.
  let afterCRInQuote = false;

  const endRecord = (): void => {
    fields.push(field);
    onRecord({ fields, line: recordLine });
    fields = [];
    field = '';
    started = false;
  };

  /**
   * Fast path: whole records on lines that end before `limit` (so hold no quote and no CR) are
   * split at their commas directly. Returns where it stopped.
   */
  const readPlainLines = (text: string, from: number, limit: number): number => {
    let i = from;
    for (;;) {
      const lf = text.indexOf('\n', i);
      if (lf < 0 || lf > limit) return i;
      const record: string[] = [];
      let start = i;
      for (;;) {
        const comma = text.indexOf(',', start);
        if (comma < 0 || comma > lf) break;
        record.push(text.slice(start, comma));
        start = comma + 1;
      }
      record.push(text.slice(start, lf));
      onRecord({ fields: record, line });
      line++;
      i = lf + 1;
    }
  };

  const feed = (text: string): void => {
    let i = 0;
    const n = text.length;
    if (first && n > 0) {
      first = false;
      if (text.charCodeAt(0) === BOM) i = 1;
    }
    // The next quote and CR of the text: lines before both are read by the fast path.
    let quoteAt = -1;
    let crAt = -1;
    while (i < n) {
      if (!started && !quoted && !pendingQuote && !afterCR) {
        if (quoteAt < i && quoteAt !== n) quoteAt = indexOrEnd(text, '"', i);
        if (crAt < i && crAt !== n) crAt = indexOrEnd(text, '\r', i);
        const limit = quoteAt < crAt ? quoteAt : crAt;
        const read = readPlainLines(text, i, limit);
        if (read > i) {
          i = read;
          continue;
        }
      }
      const c = text.charCodeAt(i);
      if (afterCR) {
        afterCR = false;
        if (c === LF) {
          i++;
          continue;
        }
      }
      if (pendingQuote) {
        pendingQuote = false;
        if (c === QUOTE) {
          field += '"';
          i++;
          continue;
        }
        quoted = false; // the quote closed the field; fall through to read `c` unquoted
      }
      if (quoted) {
        // Copy a run of ordinary characters at once.
        let j = i;
        while (j < n) {
          const d = text.charCodeAt(j);
          if (d === QUOTE || d === LF || d === CR) break;
          j++;
        }
        if (j > i) {
          field += text.slice(i, j);
          i = j;
          continue;
        }
        if (c === QUOTE) pendingQuote = true;
        else {
          field += text[i];
          if (c === LF) line++;
          else if (c === CR) {
            // Count CRLF once: the LF is added when it arrives, a lone CR counts here.
            if (i + 1 < n) {
              if (text.charCodeAt(i + 1) !== LF) line++;
            } else afterCRInQuote = true;
          }
        }
        i++;
        continue;
      }
      if (!started) {
        started = true;
        recordLine = line;
      }
      if (c === COMMA) {
        fields.push(field);
        field = '';
        i++;
      } else if (c === LF || c === CR) {
        endRecord();
        line++;
        afterCR = c === CR;
        i++;
      } else if (c === QUOTE && field === '') {
        quoted = true;
        quoteLine = line;
        i++;
      } else {
        let j = i + 1;
        while (j < n) {
          const d = text.charCodeAt(j);
          if (d === COMMA || d === LF || d === CR) break;
          j++;
        }
        field += text.slice(i, j);
        i = j;
      }
    }
  };

  return {
    feed(text: string): void {
      if (afterCRInQuote && text.length > 0) {
        afterCRInQuote = false;
        if (text.charCodeAt(0) !== LF) line++;
      }
      feed(text);
    },
    end(): CsvEnd {
      if (afterCRInQuote) {
        afterCRInQuote = false;
        line++;
      }
      if (pendingQuote) {
        pendingQuote = false;
        quoted = false;
      }
      if (quoted) {
        const result: CsvEnd = { kind: 'unterminated-quote', line: quoteLine, recordLine };
        fields = [];
        field = '';
        started = false;
        return result;
      }
      if (started) endRecord();
      return { kind: 'complete' };
    },
  };
}
