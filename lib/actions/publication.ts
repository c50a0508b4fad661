import { instantText } from '@/lib/i18n/server-locale';
import { vt } from '@/lib/i18n/validation';
import 'server-only';
import { revalidatePath } from 'next/cache';
import { writeTransaction, type Db } from '@/db/client';
import { appendAudit } from '@/db/queries/audit';
import { cycleById, type CycleRow } from '@/db/queries/cycles';
import { archiveRowOfYear, mergeCycleSettings, setPublication, updateArchiveRow } from '@/db/queries/publication';
import { formatStockholm } from '@/lib/domain/phases';
import { isResultPublic } from '@/lib/domain/publication';
import { UserError } from '@/lib/errors';
import { publicationReadiness } from '@/lib/publication/readiness';
import { nowIso } from '@/lib/time';
import { archiveYearSchema, embargoSchema, jurorVisibilitySchema, readEmbargo } from '@/lib/validation/publication';
import { defineAction } from './define-action';

/*
 * Publication: publish a decided cycle with its embargo instant, move the embargo
 * while it has not passed, let the jurors see the decision, edit an archive year.
 * Each checks inside one write transaction and writes its audit entry there.
 */

function cycleOr404(db: Db, id: number): CycleRow {
  const cycle = cycleById(db, id);
  if (!cycle) throw new UserError(vt('valActCommon.noCycleBack'), 404);
  return cycle;
}

/** The embargo from the form as a UTC instant; refused when it has already passed. */
function futureEmbargo(date: string, time: string, now: Date): Date {
  const at = readEmbargo(date, time);
  if (typeof at === 'string') throw new UserError(at, 422, { time: at });
  if (at.getTime() < now.getTime()) {
    const reason = vt('valActPublication.past');
    throw new UserError(reason, 422, { date: reason });
  }
  return at;
}

const revalidate = (cycleId: number) => revalidatePath(`/arrangor/omgang/${cycleId}/publicering`);

export const publishCycle = defineAction({
  name: 'publication.publish',
  roles: ['organiser'],
  schema: embargoSchema,
  handler: ({ user, input, db }) => {
    const now = new Date();
    const embargo = futureEmbargo(input.date, input.time, now);
    const done = writeTransaction(db, (tx) => {
      const cycle = cycleOr404(tx, input.cycleId);
      const ready = publicationReadiness(tx, cycle, now);
      if (ready.missing.length > 0 || !ready.decision || !ready.motivation) throw new UserError(ready.missing.join(' '), 409);
      const embargoAt = embargo.toISOString();
      setPublication(tx, cycle.id, { phase: 'published', embargoAt });
      appendAudit(tx, {
        actorId: user.id,
        action: 'cycle.published',
        entity: 'cycle',
        entityId: cycle.id,
        cycleId: cycle.id,
        before: { phase: cycle.phase, embargoAt: cycle.embargoAt },
        after: { phase: 'published', embargoAt, winnerNominationId: ready.decision.winnerNominationId, motivationVersion: ready.motivation.version },
        at: nowIso(now),
      });
      return { embargoAt, shown: instantText(embargo, formatStockholm(embargo)) };
    });
    revalidate(input.cycleId);
    return done;
  },
});

export const moveEmbargo = defineAction({
  name: 'publication.moveEmbargo',
  roles: ['organiser'],
  schema: embargoSchema,
  handler: ({ user, input, db }) => {
    const now = new Date();
    const embargo = futureEmbargo(input.date, input.time, now);
    const done = writeTransaction(db, (tx) => {
      const cycle = cycleOr404(tx, input.cycleId);
      if (cycle.phase !== 'published') throw new UserError(vt('valActPublication.notPublished'), 409);
      if (isResultPublic({ phase: cycle.phase, embargoAt: cycle.embargoAt }, now)) {
        throw new UserError(vt('valActPublication.alreadyPublic'), 409);
      }
      const embargoAt = embargo.toISOString();
      setPublication(tx, cycle.id, { embargoAt });
      appendAudit(tx, {
        actorId: user.id,
        action: 'cycle.embargo_moved',
        entity: 'cycle',
        entityId: cycle.id,
        cycleId: cycle.id,
        before: { embargoAt: cycle.embargoAt },
        after: { embargoAt },
        at: nowIso(now),
      });
      return { embargoAt, shown: instantText(embargo, formatStockholm(embargo)) };
    });
    revalidate(input.cycleId);
    return done;
  },
});

export const setDecisionVisibleToJurors = defineAction({
  name: 'publication.jurorVisibility',
  roles: ['organiser'],
  schema: jurorVisibilitySchema,
  handler: ({ user, input, db }) => {
    const now = new Date();
    const done = writeTransaction(db, (tx) => {
      const cycle = cycleOr404(tx, input.cycleId);
      if (!publicationReadiness(tx, cycle, now).decision) throw new UserError(vt('valActPublication.noDecision'), 409);
      const was = cycle.settings.decisionVisibleToJurors === true;
      mergeCycleSettings(tx, cycle.id, { decisionVisibleToJurors: input.visible });
      appendAudit(tx, {
        actorId: user.id,
        action: 'cycle.decision_visibility',
        entity: 'cycle',
        entityId: cycle.id,
        cycleId: cycle.id,
        before: { decisionVisibleToJurors: was },
        after: { decisionVisibleToJurors: input.visible },
        at: nowIso(now),
      });
      return { visible: input.visible };
    });
    revalidate(input.cycleId);
    return done;
  },
});

export const saveArchiveYear = defineAction({
  name: 'publication.saveArchiveYear',
  roles: ['organiser'],
  schema: archiveYearSchema,
  handler: ({ user, input, db }) => {
    const at = nowIso();
    const done = writeTransaction(db, (tx) => {
      const row = archiveRowOfYear(tx, input.year);
      if (!row) throw new UserError(vt('valActPublication.noYear', { year: input.year }), 404);
      const motivation = input.motivation === '' ? null : input.motivation;
      updateArchiveRow(tx, input.year, { motivation, finalists: input.finalists, updatedBy: user.id, updatedAt: at });
      appendAudit(tx, {
        actorId: user.id,
        action: 'archive.updated',
        entity: 'award_archive',
        entityId: input.year,
        before: { motivation: row.motivation, finalists: row.finalists ?? [] },
        after: { motivation, finalists: input.finalists },
        at,
      });
      return { year: input.year };
    });
    revalidatePath('/arrangor/arkiv');
    return done;
  },
});
