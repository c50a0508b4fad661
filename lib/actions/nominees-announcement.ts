import { instantText } from '@/lib/i18n/server-locale';
import { vt } from '@/lib/i18n/validation';
import 'server-only';
/**
 * The public announcement of a key-figure cycle's nominees: the organiser sets,
 * moves or clears the instant (entered in Stockholm time) while it lies ahead.
 * Once it has passed the nominees are public and the instant stays, as the results'
 * embargo does. Each change is audited with the instant before and after.
 */
import { revalidatePath } from 'next/cache';
import { writeTransaction, type Db } from '@/db/client';
import { appendAudit } from '@/db/queries/audit';
import { cycleById, type CycleRow } from '@/db/queries/cycles';
import { setNomineesAnnounceAt } from '@/db/queries/nominees';
import { areNomineesPublic } from '@/lib/domain/nominees-announcement';
import { formatStockholm } from '@/lib/domain/phases';
import { UserError } from '@/lib/errors';
import { nowIso } from '@/lib/time';
import { announceSchema, clearAnnouncementSchema } from '@/lib/validation/nominees';
import { readEmbargo } from '@/lib/validation/publication';
import { defineAction } from './define-action';

/** The key-figure cycle whose announcement may still change, or a Swedish refusal. */
function announceableCycle(db: Db, cycleId: number, now: Date): CycleRow {
  const cycle = cycleById(db, cycleId);
  if (!cycle) throw new UserError(vt('valActCommon.noCycleBack'), 404);
  if (cycle.mode !== 'key_figures') throw new UserError(vt('valActAnnouncement.openApplication'), 409);
  if (areNomineesPublic(cycle, now)) {
    const since = instantText(cycle.nomineesAnnounceAt!, formatStockholm(new Date(cycle.nomineesAnnounceAt!)));
    throw new UserError(vt('valActAnnouncement.alreadyPublic', { since }), 409);
  }
  return cycle;
}

function revalidate(cycle: { id: number; year: number }) {
  revalidatePath(`/arrangor/omgang/${cycle.id}/nominerade`);
  revalidatePath(`/nominerade/${cycle.year}`);
}

export const announceNominees = defineAction({
  name: 'nominees.announce',
  roles: ['organiser'],
  schema: announceSchema,
  handler: ({ user, input, db }) => {
    const now = new Date();
    const at = readEmbargo(input.date, input.time);
    if (typeof at === 'string') throw new UserError(at, 422, { time: at });
    if (at.getTime() < now.getTime()) {
      const msg = vt('valActAnnouncement.past');
      throw new UserError(msg, 422, { date: msg });
    }
    const done = writeTransaction(db, (tx) => {
      const cycle = announceableCycle(tx, input.cycleId, now);
      const announceAt = at.toISOString();
      setNomineesAnnounceAt(tx, cycle.id, announceAt);
      appendAudit(tx, {
        at: nowIso(now),
        actorId: user.id,
        action: cycle.nomineesAnnounceAt ? 'cycle.nominees_announcement_moved' : 'cycle.nominees_announcement_set',
        entity: 'cycle',
        entityId: cycle.id,
        cycleId: cycle.id,
        before: { nomineesAnnounceAt: cycle.nomineesAnnounceAt },
        after: { nomineesAnnounceAt: announceAt },
      });
      return { cycle, announceAt };
    });
    revalidate(done.cycle);
    return { announceAt: done.announceAt, shown: instantText(at, formatStockholm(at)) };
  },
});

export const clearNomineesAnnouncement = defineAction({
  name: 'nominees.clearAnnouncement',
  roles: ['organiser'],
  schema: clearAnnouncementSchema,
  handler: ({ user, input, db }) => {
    const now = new Date();
    const cycle = writeTransaction(db, (tx) => {
      const c = announceableCycle(tx, input.cycleId, now);
      if (!c.nomineesAnnounceAt) throw new UserError(vt('valActAnnouncement.noTime'), 409);
      setNomineesAnnounceAt(tx, c.id, null);
      appendAudit(tx, {
        at: nowIso(now),
        actorId: user.id,
        action: 'cycle.nominees_announcement_cleared',
        entity: 'cycle',
        entityId: c.id,
        cycleId: c.id,
        before: { nomineesAnnounceAt: c.nomineesAnnounceAt },
        after: { nomineesAnnounceAt: null },
      });
      return c;
    });
    revalidate(cycle);
    return { cleared: true };
  },
});
