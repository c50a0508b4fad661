/** Swedish number formatting for the reports and exports (decimal comma, no thousands grouping surprises). */
const ONE = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const TWO = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const PCT = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1 });

/** 63.456 → "63,5"; null → "–". */
export const one = (x: number | null | undefined) => (x === null || x === undefined || !Number.isFinite(x) ? '–' : ONE.format(x));
/** 0.8123 → "0,81"; null → "–". */
export const two = (x: number | null | undefined) => (x === null || x === undefined || !Number.isFinite(x) ? '–' : TWO.format(x));
/** A share 0.456 → "45,6 %". */
export const percentOf = (share: number) => `${PCT.format(share * 100)} %`;
/** A rank interval "2–5", or "1" when it is one place. */
export const interval = (i: { low: number; high: number }) => {
  const lo = Math.round(i.low);
  const hi = Math.round(i.high);
  return lo === hi ? String(lo) : `${lo}–${hi}`;
};
/** A file-name-safe ASCII slug: "Mörbylånga" → "morbylanga". */
export const slug = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\w-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase() || 'fil';
