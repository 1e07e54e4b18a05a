// Money on output: pence are exact bigints everywhere else; only here do they become pounds.
// `formatPounds` is the one way a report writes an amount, so every format agrees to the penny.

/** `123456n` → `"1234.56"`, `-5n` → `"-0.05"`. No thousands separators, no currency sign. */
export function formatPounds(pence: bigint): string {
  const negative = pence < 0n;
  const abs = negative ? -pence : pence;
  const pounds = abs / 100n;
  const rest = abs % 100n;
  return `${negative ? '-' : ''}${pounds}.${rest.toString().padStart(2, '0')}`;
}

/** For people: `£1,234.56`, `-£0.05`. */
export function displayPounds(pence: bigint): string {
  const plain = formatPounds(pence);
  const negative = plain.startsWith('-');
  const [whole, fraction] = (negative ? plain.slice(1) : plain).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}£${grouped}.${fraction}`;
}

/**
 * Rounds `numerator / denominator` pence to a whole penny, half to even (a share of a weighted
 * amount, say). The denominator must not be zero.
 */
export function roundPenceHalfEven(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError('zero denominator');
  if (denominator < 0n) return roundPenceHalfEven(-numerator, -denominator);
  const negative = numerator < 0n;
  const abs = negative ? -numerator : numerator;
  let quotient = abs / denominator;
  const twiceRemainder = (abs % denominator) * 2n;
  if (twiceRemainder > denominator || (twiceRemainder === denominator && quotient % 2n === 1n)) quotient += 1n;
  return negative ? -quotient : quotient;
}

/** Pounds with a fractional part (as written in a rule file) to pence, half to even. */
export function poundsToPence(pounds: number): bigint {
  if (!Number.isFinite(pounds)) throw new RangeError('not a finite amount');
  const [mantissa, exponent] = pounds.toExponential().split('e');
  const digits = mantissa.replace('.', '');
  const scale = Number(exponent) - (mantissa.split('.')[1]?.length ?? 0) + 2;
  const value = BigInt(digits);
  return scale >= 0 ? value * 10n ** BigInt(scale) : roundPenceHalfEven(value, 10n ** BigInt(-scale));
}
