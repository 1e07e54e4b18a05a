// Literal values read from their source text. Money is held exactly as integer pence: the
// arithmetic is done on the digit string, never on floats.

export type LiteralRead<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: string };

const NUMBER_SHAPE = /^\d+(?:_\d+)*(?:\.\d+)?$/;

function fail<T>(problem: string): LiteralRead<T> {
  return { ok: false, problem };
}

/** `17`, `0.5`, `1_000` (also the digits of `40%` and `1.0pp`). */
export function readNumber(raw: string): LiteralRead<number> {
  if (!NUMBER_SHAPE.test(raw)) return fail(`The number \`${raw}\` is not written correctly; use digits such as 17, 0.5 or 1_000.`);
  return { ok: true, value: Number(raw.replace(/_/g, '')) };
}

export function readPercent(raw: string): LiteralRead<number> {
  const digits = raw.endsWith('%') ? raw.slice(0, -1) : raw;
  if (!NUMBER_SHAPE.test(digits)) return fail(`The percent \`${raw}\` is not written correctly; write a number followed by %, such as 40%.`);
  return { ok: true, value: Number(digits.replace(/_/g, '')) };
}

export function readPp(raw: string): LiteralRead<number> {
  const digits = raw.endsWith('pp') ? raw.slice(0, -2) : raw;
  if (!NUMBER_SHAPE.test(digits)) return fail(`The percentage points \`${raw}\` are not written correctly; write a number followed by pp, such as 1.0pp.`);
  return { ok: true, value: Number(digits.replace(/_/g, '')) };
}

const MONEY_SHAPE = /^£(\d{1,3}(?:,\d{3})+|\d+(?:_\d+)*)(?:\.(\d+))?(k|m|bn)?$/i;
const SCALE: Readonly<Record<string, number>> = { '': 0, k: 3, m: 6, bn: 9 };

/** `£250k`, `£1.2m`, `£3bn`, `£1,250,000`, `£12.50` → pence. */
export function readMoney(raw: string): LiteralRead<bigint> {
  const match = MONEY_SHAPE.exec(raw);
  if (!match) {
    return fail(
      `The amount \`${raw}\` is not written correctly; write pounds such as £250k, £1.2m, £3bn, £1,250,000 or £12.50.`,
    );
  }
  const whole = (match[1] ?? '').replace(/[,_]/g, '');
  const fraction = match[2] ?? '';
  const zeros = SCALE[(match[3] ?? '').toLowerCase()] ?? 0;
  // pence = (whole.fraction) × 10^zeros × 100, done on the digit string.
  const shift = zeros + 2;
  const digits = whole + fraction;
  const pointAt = whole.length + shift; // position of the decimal point within `digits` after scaling
  const integerPart = digits.length <= pointAt ? digits + '0'.repeat(pointAt - digits.length) : digits.slice(0, pointAt);
  const rest = digits.length <= pointAt ? '' : digits.slice(pointAt);
  if (/[1-9]/.test(rest)) {
    return fail(`The amount \`${raw}\` has a fraction of a penny; money is counted in whole pence.`);
  }
  return { ok: true, value: BigInt(integerPart) };
}

export interface FiscalYearValue {
  readonly startYear: number;
  readonly endYear: number;
}

/** `2023/24` → 2023 and 2024; `2023/2024` → 2023 and 2024. Consecutiveness is checked later. */
export function readFiscalYear(raw: string): LiteralRead<FiscalYearValue> {
  const match = /^(\d{4})\/(\d{2}|\d{4})$/.exec(raw);
  if (!match) return fail(`The fiscal year \`${raw}\` is not written correctly; write it like 2023/24.`);
  const startYear = Number(match[1]);
  const second = match[2] ?? '';
  if (second.length === 4) return { ok: true, value: { startYear, endYear: Number(second) } };
  const short = Number(second);
  let endYear = Math.floor(startYear / 100) * 100 + short;
  if (endYear < startYear && (startYear + 1) % 100 === short) endYear += 100;
  return { ok: true, value: { startYear, endYear } };
}

export interface TextValue {
  readonly value: string;
  readonly terminated: boolean;
  /** The first escape other than `\"` and `\\`, if any. */
  readonly badEscape?: string;
}

/** `"…"` with `\"` and `\\` escapes. An unknown escape keeps its character. */
export function readText(raw: string): TextValue {
  const terminated = raw.length >= 2 && raw.endsWith('"') && !endsInEscape(raw);
  const body = raw.slice(1, terminated ? -1 : raw.length);
  let value = '';
  let badEscape: string | undefined;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\\' && i + 1 < body.length) {
      const next = body[i + 1] ?? '';
      if (next !== '"' && next !== '\\' && badEscape === undefined) badEscape = `\\${next}`;
      value += next;
      i++;
    } else {
      value += c;
    }
  }
  return badEscape === undefined ? { value, terminated } : { value, terminated, badEscape };
}

/** True when the final `"` of `raw` is escaped (an odd run of backslashes before it). */
function endsInEscape(raw: string): boolean {
  let count = 0;
  for (let i = raw.length - 2; i >= 1 && raw[i] === '\\'; i--) count++;
  return count % 2 === 1;
}
