import { vk, vt } from '@/lib/i18n/validation';
import { z } from 'zod';
import { stockholmLocalToUtc } from '@/lib/domain/phases';

/**
 * The organiser's publication forms: the embargo instant (date and time entered in
 * Stockholm, seconds optional), the jurors' view of the decision, and an archive year.
 */

const id = z.coerce.number({ error: vk('valCommon.invalidId') }).int({ error: vk('valCommon.invalidId') }).positive({ error: vk('valCommon.invalidId') });
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const TIME_RE = /^(\d{2}:\d{2})(?::(\d{2}))?$/;

/** A Stockholm date and time ('HH:MM' or 'HH:MM:SS') as a UTC instant, or a Swedish message. */
export function readEmbargo(date: string, time: string): Date | string {
  if (!DATE_RE.test(date)) return vt('valPublication.dateFormat');
  const t = TIME_RE.exec(time);
  if (!t) return vt('valPublication.timeFormat');
  const seconds = t[2] ? Number(t[2]) : 0;
  if (seconds > 59) return vt('valPublication.timeFormat');
  try {
    // Seconds never cross a change of offset (those happen on the hour).
    return new Date(stockholmLocalToUtc(date, t[1]).getTime() + seconds * 1000);
  } catch {
    return vt('valCommon.noSuchDateTime');
  }
}

export const embargoSchema = z
  .object({
    cycleId: id,
    date: z.string({ error: vk('valPublication.dateRequired') }).trim().min(1, { error: vk('valPublication.dateRequired') }),
    time: z.string({ error: vk('valPublication.timeRequired') }).trim().min(1, { error: vk('valPublication.timeRequired') }),
  })
  .superRefine((v, ctx) => {
    const at = readEmbargo(v.date, v.time);
    if (typeof at === 'string') ctx.addIssue({ code: 'custom', path: [DATE_RE.test(v.date) ? 'time' : 'date'], message: at });
  });
export type EmbargoInput = z.input<typeof embargoSchema>;

export const jurorVisibilitySchema = z.object({ cycleId: id, visible: z.boolean({ error: vk('valPublication.jurorVisibility') }) });

export const archiveYearSchema = z.object({
  year: z.coerce.number({ error: vk('valPublication.invalidYear') }).int({ error: vk('valPublication.invalidYear') }).min(2003, { error: vk('valPublication.invalidYear') }).max(2100, { error: vk('valPublication.invalidYear') }),
  motivation: z.string().trim().max(4000, { error: vk('valCommon.motivation4000') }).default(''),
  /** One finalist per line, as the textarea gives them. */
  finalists: z
    .string()
    .default('')
    .transform((s) => s.split('\n').map((l) => l.trim()).filter(Boolean))
    .pipe(z.array(z.string().max(80, { error: vk('valPublication.finalistName') })).max(20, { error: vk('valPublication.finalistsMax') })),
});
export type ArchiveYearInput = z.input<typeof archiveYearSchema>;
