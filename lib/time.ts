/** The current instant as a UTC ISO string (the one way the app writes times). */
export function nowIso(now: Date = new Date()): string {
  return now.toISOString();
}

const STOCKHOLM_DATE_TIME = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  dateStyle: 'long',
  timeStyle: 'short',
});

const STOCKHOLM_DATE = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', dateStyle: 'long' });

/** "15 mars 2027 23:59" in Europe/Stockholm. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '–';
  return STOCKHOLM_DATE_TIME.format(new Date(iso));
}

/** "15 mars 2027" in Europe/Stockholm. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '–';
  return STOCKHOLM_DATE.format(new Date(iso));
}
