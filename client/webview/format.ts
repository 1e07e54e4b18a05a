// How the preview writes values: money as pounds with pence, percents with one decimal,
// percentage points signed, no data as a dash. The same conventions as the HTML report.

import type { JsonValue, TargetStatus, Unit } from './model';

export const NO_DATA = '–';

const NUMBER = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
const POUNDS = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export function formatValue(value: JsonValue, unit: Unit): string {
  if (value === null) return NO_DATA;
  switch (unit) {
    case 'money':
      return formatMoney(typeof value === 'string' ? value : String(value));
    case 'percent':
      return `${formatNumber(toNumber(value), 1)}%`;
    case 'pp':
      return `${signed(toNumber(value))}pp`;
    case 'number':
      return typeof value === 'string' ? value : NUMBER.format(value);
  }
}

/** Pounds text such as `-1234.5` as `−£1,234.50`; text that is not a number is shown as it is. */
export function formatMoney(pounds: string | null): string {
  if (pounds === null) return NO_DATA;
  const amount = Number(pounds);
  if (!Number.isFinite(amount)) return pounds;
  return `${amount < 0 ? '−' : ''}£${POUNDS.format(Math.abs(amount))}`;
}

export function formatCount(count: number | null): string {
  return count === null ? NO_DATA : NUMBER.format(count);
}

export function formatPercent(value: number | null): string {
  return value === null ? NO_DATA : `${formatNumber(value, 1)}%`;
}

export function formatChange(value: JsonValue, unit: Unit): string {
  if (value === null) return NO_DATA;
  if (unit === 'money') {
    const text = typeof value === 'string' ? value : String(value);
    return Number(text) > 0 ? `+${formatMoney(text)}` : formatMoney(text);
  }
  if (unit === 'percent' || unit === 'pp') return `${signed(toNumber(value))}pp`;
  return signed(toNumber(value));
}

export function statusText(status: TargetStatus, projected: boolean): string {
  const base: Record<TargetStatus, string> = { met: 'met', missed: 'missed', 'on-track': 'on track', 'off-track': 'off track', 'no-data': 'no data' };
  return projected && (status === 'on-track' || status === 'off-track') ? `${base[status]} (projected)` : base[status];
}

/** A group's key as text, e.g. `QOP, 2023/24`; the whole population when it has no columns. */
export function groupText(group: Readonly<Record<string, string>>, leaveOut: readonly string[] = []): string {
  const parts = Object.entries(group)
    .filter(([key]) => !leaveOut.includes(key))
    .map(([, value]) => value);
  return parts.length === 0 ? 'all' : parts.join(', ');
}

export function toNumber(value: JsonValue): number {
  if (value === null) return Number.NaN;
  return typeof value === 'number' ? value : Number(value);
}

function formatNumber(value: number, digits: number): string {
  return Number.isFinite(value) ? value.toFixed(digits) : NO_DATA;
}

function signed(value: number): string {
  if (!Number.isFinite(value)) return NO_DATA;
  const text = NUMBER.format(Math.abs(value));
  return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text;
}
