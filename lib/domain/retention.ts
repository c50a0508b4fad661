/**
 * How long the steering documents of a past cycle are kept. Documents are needed
 * until the result is published and for questions afterwards; then they are
 * deleted (the scores, comments and the ranking stay — they are the jury's record).
 * The default, 24 months after publication, is a suggestion the secretariat can
 * change with DOCUMENT_RETENTION_MONTHS.
 */
export const DEFAULT_RETENTION_MONTHS = 24;

export type RetentionCycle = { id: number; phase: string; embargoAt: string | null };

/** The instant a cycle's documents may be deleted, or null while the cycle is not published. */
export function retentionEndsAt(cycle: RetentionCycle, months: number): Date | null {
  if (cycle.phase !== 'published' || !cycle.embargoAt) return null;
  const at = new Date(cycle.embargoAt);
  if (!Number.isFinite(at.getTime())) return null;
  const end = new Date(at);
  end.setUTCMonth(end.getUTCMonth() + months);
  return end;
}

export function cyclesPastRetention<C extends RetentionCycle>(list: readonly C[], now: Date, months: number): C[] {
  return list.filter((c) => {
    const end = retentionEndsAt(c, months);
    return end !== null && end.getTime() <= now.getTime();
  });
}

/** Reads DOCUMENT_RETENTION_MONTHS (a whole number of months, at least 1), else the default. */
export function retentionMonthsFrom(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return DEFAULT_RETENTION_MONTHS;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`DOCUMENT_RETENTION_MONTHS must be a whole number of months ≥ 1, got "${raw}"`);
  return n;
}
