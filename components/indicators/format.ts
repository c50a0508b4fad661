const NUMBER = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 });
const ONE = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** A stored value as Swedes write it; "saknas" for a missing value (never 0). */
export function formatValue(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? 'saknas' : NUMBER.format(value);
}

/** An index or percentile 0–100 with one decimal. */
export function formatIndex(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? 'saknas' : ONE.format(value);
}

/** A trend in percentile points per year, with its sign and a word for screen readers. */
export function formatTrend(slope: number | null | undefined): { text: string; word: string } {
  if (slope === null || slope === undefined || !Number.isFinite(slope)) return { text: '–', word: 'trend saknas (för få år)' };
  const sign = slope > 0 ? '+' : slope < 0 ? '−' : '±';
  const text = `${sign}${ONE.format(Math.abs(slope))} p/år`;
  const word = slope > 0.5 ? 'förbättring' : slope < -0.5 ? 'försämring' : 'i stort sett oförändrat';
  return { text, word };
}
