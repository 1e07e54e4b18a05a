// Shared wording of the features: SHA 2011 function titles, values in an analyst's units, the
// kind of a symbol in words.

import type { Value, ValueUnit } from '../eval/result';

/** SHA 2011 HC.6 preventive care functions. */
export const SHA_TITLES: Readonly<Record<string, string>> = {
  'HC.6.1': 'Information, education and counselling programmes',
  'HC.6.2': 'Immunisation programmes',
  'HC.6.3': 'Early disease detection programmes',
  'HC.6.4': 'Healthy condition monitoring programmes',
  'HC.6.5': 'Epidemiological surveillance and risk and disease control programmes',
  'HC.6.6': 'Preparing for disaster and emergency response programmes',
};

function round(value: number, places: number): string {
  const fixed = value.toFixed(places);
  return fixed === '-0.0' || fixed === '-0' ? fixed.slice(1) : fixed;
}

/** Pence as pounds with two decimals and thousands separators: `£1,250.50`, `-£3.00`. */
export function formatPence(pence: bigint): string {
  const negative = pence < 0n;
  const abs = negative ? -pence : pence;
  const pounds = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const rest = (abs % 100n).toString().padStart(2, '0');
  return `${negative ? '-' : ''}£${pounds}.${rest}`;
}

export function formatValue(value: Value, unit: ValueUnit): string {
  if (value === null) return 'no data';
  if (typeof value === 'bigint') return formatPence(value);
  if (!Number.isFinite(value)) return 'no data';
  switch (unit) {
    case 'percent':
      return `${round(value, 1)}%`;
    case 'pp':
      return `${value > 0 ? '+' : ''}${round(value, 1)}pp`;
    case 'money':
      return formatPence(BigInt(Math.round(value)));
    case 'number':
      return Number.isInteger(value) ? String(value) : round(value, 2);
  }
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
