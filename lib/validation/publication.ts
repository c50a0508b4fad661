import { z } from 'zod';
import { stockholmLocalToUtc } from '@/lib/domain/phases';

/**
 * The organiser's publication forms: the embargo instant (date and time entered in
 * Stockholm, seconds optional), the jurors' view of the decision, and an archive year.
 */

const id = z.coerce.number({ error: 'Ogiltigt id.' }).int({ error: 'Ogiltigt id.' }).positive({ error: 'Ogiltigt id.' });
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const TIME_RE = /^(\d{2}:\d{2})(?::(\d{2}))?$/;

/** A Stockholm date and time ('HH:MM' or 'HH:MM:SS') as a UTC instant, or a Swedish message. */
export function readEmbargo(date: string, time: string): Date | string {
  if (!DATE_RE.test(date)) return 'Ange datumet som ÅÅÅÅ-MM-DD.';
  const t = TIME_RE.exec(time);
  if (!t) return 'Ange klockslaget som TT:MM, t.ex. 19:30.';
  const seconds = t[2] ? Number(t[2]) : 0;
  if (seconds > 59) return 'Ange klockslaget som TT:MM, t.ex. 19:30.';
  try {
    // Seconds never cross a change of offset (those happen on the hour).
    return new Date(stockholmLocalToUtc(date, t[1]).getTime() + seconds * 1000);
  } catch {
    return 'Datumet eller klockslaget finns inte. Kontrollera dem.';
  }
}

export const embargoSchema = z
  .object({
    cycleId: id,
    date: z.string({ error: 'Ange ett datum.' }).trim().min(1, { error: 'Ange ett datum.' }),
    time: z.string({ error: 'Ange ett klockslag.' }).trim().min(1, { error: 'Ange ett klockslag.' }),
  })
  .superRefine((v, ctx) => {
    const at = readEmbargo(v.date, v.time);
    if (typeof at === 'string') ctx.addIssue({ code: 'custom', path: [DATE_RE.test(v.date) ? 'time' : 'date'], message: at });
  });
export type EmbargoInput = z.input<typeof embargoSchema>;

export const jurorVisibilitySchema = z.object({ cycleId: id, visible: z.boolean({ error: 'Välj om juryn ska se beslutet.' }) });

export const archiveYearSchema = z.object({
  year: z.coerce.number({ error: 'Ogiltigt år.' }).int({ error: 'Ogiltigt år.' }).min(2003, { error: 'Ogiltigt år.' }).max(2100, { error: 'Ogiltigt år.' }),
  motivation: z.string().trim().max(4000, { error: 'Motiveringen får vara högst 4 000 tecken.' }).default(''),
  /** One finalist per line, as the textarea gives them. */
  finalists: z
    .string()
    .default('')
    .transform((s) => s.split('\n').map((l) => l.trim()).filter(Boolean))
    .pipe(z.array(z.string().max(80, { error: 'Ett namn får vara högst 80 tecken.' })).max(20, { error: 'Högst 20 finalister.' })),
});
export type ArchiveYearInput = z.input<typeof archiveYearSchema>;
