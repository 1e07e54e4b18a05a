// How a computed value is shown beside an expected one: in the units the analyst wrote, with
// enough decimals to see why a comparison failed.

export type ShownUnit = 'number' | 'money' | 'percent' | 'pp' | 'text';

function decimals(value: number, places: number): string {
  const fixed = value.toFixed(places);
  const trimmed = fixed.includes('.') ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed;
  return trimmed === '-0' ? '0' : trimmed;
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** `£1,814.16`, `-£10.00`. */
export function showMoney(pence: bigint): string {
  const negative = pence < 0n;
  const magnitude = negative ? -pence : pence;
  const pounds = groupThousands((magnitude / 100n).toString());
  return `${negative ? '-' : ''}£${pounds}.${(magnitude % 100n).toString().padStart(2, '0')}`;
}

/** A value in its unit; `places` is the most decimals shown (trailing zeros dropped). */
export function showValue(value: number | bigint | null, unit: ShownUnit, places = 4): string {
  if (value === null) return 'no-data';
  if (unit === 'money') return showMoney(typeof value === 'bigint' ? value : BigInt(Math.round(value)));
  const n = typeof value === 'bigint' ? Number(value) : value;
  switch (unit) {
    case 'percent':
      return `${decimals(n, places)}%`;
    case 'pp':
      return `${decimals(n, places)}pp`;
    default:
      return decimals(n, places);
  }
}
