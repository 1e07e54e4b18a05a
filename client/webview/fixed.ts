// Values of one column with the same number of decimals, as the reports write them
// (server/src/report/wide.ts): `4.10%` above `4.12%`. Money keeps its own formatting.

import { fixedDecimals, formatFixedUnit } from '../../server/src/report/wide';
import { NO_DATA, toNumber } from './format';
import type { JsonValue, Unit } from './model';

/** A formatter for one column's values; `money` falls back to `otherwise`. */
export function fixedFormatter(unit: Unit, column: readonly JsonValue[], otherwise: (value: JsonValue) => string): (value: JsonValue) => string {
  if (unit === 'money') return otherwise;
  const decimals = fixedDecimals(unit, column.map(toNumber));
  return (value) => {
    const number = toNumber(value);
    return Number.isFinite(number) ? formatFixedUnit(number, unit, decimals) : NO_DATA;
  };
}
