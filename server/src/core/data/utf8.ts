// Strict, streaming UTF-8 decoding that can say where a file stops being UTF-8. The platform
// decoder (fatal, streaming) does the work; when it refuses a chunk, a small validator finds the
// byte offset of the first bad sequence so the diagnostic can point at it.

export type DecodeStep =
  | { readonly kind: 'text'; readonly text: string }
  /** `offset` is the 0-based byte offset of the first byte that is not valid UTF-8. */
  | { readonly kind: 'invalid'; readonly offset: number };

export interface Utf8Stream {
  /** Decodes the next chunk of bytes. */
  push(bytes: Uint8Array): DecodeStep;
  /** Ends the stream; an incomplete sequence at the very end is invalid. */
  end(): DecodeStep;
}

export function createUtf8Stream(): Utf8Stream {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let consumed = 0; // bytes pushed before the current chunk
  let tail: Uint8Array = new Uint8Array(0); // an incomplete sequence carried from the last chunk

  return {
    push(bytes: Uint8Array): DecodeStep {
      try {
        const text = decoder.decode(bytes, { stream: true });
        // Only the last three bytes can hold the start of an incomplete sequence.
        const end = bytes.length >= 3 ? bytes.subarray(bytes.length - 3) : concat(tail, bytes);
        tail = end.slice(incompleteTailStart(end));
        consumed += bytes.length;
        return { kind: 'text', text };
      } catch {
        const joined = concat(tail, bytes);
        const at = firstInvalid(joined) ?? joined.length;
        return { kind: 'invalid', offset: consumed - tail.length + at };
      }
    },
    end(): DecodeStep {
      try {
        return { kind: 'text', text: decoder.decode() };
      } catch {
        return { kind: 'invalid', offset: consumed - tail.length };
      }
    },
  };
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

/** Length of the sequence a lead byte starts, or 0 when the byte cannot start one. */
function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** Where an incomplete multi-byte sequence at the end of valid bytes starts (the length when none). */
function incompleteTailStart(bytes: Uint8Array): number {
  for (let back = 1; back <= 3 && back <= bytes.length; back++) {
    const i = bytes.length - back;
    const b = bytes[i];
    if ((b & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead
    const length = sequenceLength(b);
    return length > back ? i : bytes.length;
  }
  return bytes.length;
}

/** Offset of the first byte that does not belong to a well-formed sequence, or undefined. */
export function firstInvalid(bytes: Uint8Array): number | undefined {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i];
    const length = sequenceLength(lead);
    if (length === 0) return i;
    if (length === 1) {
      i++;
      continue;
    }
    // The second byte's range depends on the lead (no overlongs, no surrogates, nothing past U+10FFFF).
    let low = 0x80;
    let high = 0xbf;
    if (lead === 0xe0) low = 0xa0;
    else if (lead === 0xed) high = 0x9f;
    else if (lead === 0xf0) low = 0x90;
    else if (lead === 0xf4) high = 0x8f;
    for (let k = 1; k < length; k++) {
      if (i + k >= bytes.length) return undefined; // incomplete at the end: not (yet) invalid
      const b = bytes[i + k];
      if (k === 1 ? b < low || b > high : (b & 0xc0) !== 0x80) return i;
    }
    i += length;
  }
  return undefined;
}
