// A running sum of whole pence that stays exact without a bigint operation per row: the sum is
// kept in a Number while it is a safe integer (below 2^53 in size, where every integer is exact)
// and spills into a bigint the moment the next addition could leave that range.

const LIMIT = Number.MAX_SAFE_INTEGER;

export interface PenceSum {
  /** The part held as a Number; always a safe integer. */
  small: number;
  /** The part that spilled over. */
  big: bigint;
}

export function newPenceSum(): PenceSum {
  return { small: 0, big: 0n };
}

export function addPence(sum: PenceSum, pence: bigint): void {
  const n = Number(pence);
  const next = sum.small + n;
  // Both operands safe and the (possibly rounded) result within range: the result is exact.
  if (n <= LIMIT && n >= -LIMIT && next <= LIMIT && next >= -LIMIT) sum.small = next;
  else {
    sum.big += BigInt(sum.small) + pence;
    sum.small = 0;
  }
}

/** The exact total, in pence. */
export function penceTotal(sum: PenceSum): bigint {
  return sum.small === 0 ? sum.big : sum.big + BigInt(sum.small);
}
