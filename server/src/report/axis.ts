// Short labels for chart axes, where a full amount (£5,405,365,769.84) does not fit: £5.4bn, £250k.
// Pure and dependency-free, so the editor's preview draws its axes with the same labels.

/** An amount in pounds as `£5.4bn`, `£12m`, `£250k` or `£40`, with at most one decimal. */
export function compactPounds(pounds: number): string {
  const sign = pounds < 0 ? '−' : '';
  const abs = Math.abs(pounds);
  const [scaled, suffix] = abs >= 1e9 ? [abs / 1e9, 'bn'] : abs >= 1e6 ? [abs / 1e6, 'm'] : abs >= 1e3 ? [abs / 1e3, 'k'] : [abs, ''];
  const shown = scaled >= 100 || Number.isInteger(scaled) ? String(Math.round(scaled)) : String(Math.round(scaled * 10) / 10);
  return `${sign}£${shown}${suffix}`;
}
