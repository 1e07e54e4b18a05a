// Round axis ticks and short labels for chart axes, where a full amount (£5,405,365,769.84) does not fit: £5.4bn, £250k.
// Pure and dependency-free, so the editor's preview draws its axes with the same labels.

/** An amount in pounds as `£5.4bn`, `£12m`, `£250k` or `£40`, with at most one decimal. */
export function compactPounds(pounds: number): string {
  const sign = pounds < 0 ? '−' : '';
  const abs = Math.abs(pounds);
  const [scaled, suffix] = abs >= 1e9 ? [abs / 1e9, 'bn'] : abs >= 1e6 ? [abs / 1e6, 'm'] : abs >= 1e3 ? [abs / 1e3, 'k'] : [abs, ''];
  const shown = scaled >= 100 || Number.isInteger(scaled) ? String(Math.round(scaled)) : String(Math.round(scaled * 10) / 10);
  return `${sign}£${shown}${suffix}`;
}

/** A range and about five round tick values that cover [min, max]. */
export function niceScale(min: number, max: number): [number, number, number[]] {
  if (min === max) {
    const pad = Math.abs(max) || 1;
    return niceScale(min - pad, max + pad);
  }
  const rough = (max - min) / 4;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= rough) ?? 10 * magnitude;
  const low = Math.floor(min / step) * step;
  const high = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  for (let tick = low; tick <= high + step / 2; tick += step) ticks.push(Number(tick.toPrecision(12)));
  return [low, high, ticks];
}
