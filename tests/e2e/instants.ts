/**
 * Instants a few seconds ahead, for the browser tests that set an embargo or an announcement
 * through the organiser's form and then check "nobody sees it before, everyone after" against
 * the real clock.
 */

/** An instant as the organiser's date and time fields take it (Stockholm time, to the second). */
export function stockholmFields(at: Date): { date: string; time: string } {
  const f = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
  const p: Record<string, string> = {};
  for (const part of f.formatToParts(at)) p[part.type] = part.value;
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}:${p.second}` };
}

/**
 * How far ahead (whole seconds from now) to set the instant so that the steps up to the
 * "before" checks finish before it: twice what comparable steps just took on this machine, plus
 * 3 s, between 8 and 60 s. A fixed 30 s lead left a quiet machine idle for 25 s per test; a
 * loaded one now waits longer instead of failing. Each test still asserts that its "before"
 * checks ran before the instant.
 */
export function instantAhead(comparableMs: number): Date {
  const leadSeconds = Math.min(60, Math.max(8, Math.ceil((2 * comparableMs) / 1000) + 3));
  return new Date(Math.ceil(Date.now() / 1000) * 1000 + leadSeconds * 1000);
}
