/** Swedish number formatting for the shortlist (decimal comma, true minus sign). */
const ONE = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const TWO = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const PCT = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 });

export const score = (x: number | null | undefined) => (x === null || x === undefined ? '–' : ONE.format(x));
export const coefficient = (x: number | null | undefined) => (x === null || x === undefined ? '–' : TWO.format(x));
/** 0.4567 → "46 %" */
export const share = (p: number) => `${PCT.format(p * 100)} %`;
/** 0.6 → "60 %", keeping one decimal when needed. */
export const weightPercent = (w: number) => `${new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1 }).format(w * 100)} %`;
/** A rank interval "2–5", or "1" when it is one place. */
export const interval = (i: { low: number; high: number }) => {
  const lo = Math.round(i.low);
  const hi = Math.round(i.high);
  return lo === hi ? String(lo) : `${lo}–${hi}`;
};
