'use server';

import { phaseName } from '@/lib/i18n/server-locale';
import { vt } from '@/lib/i18n/validation';
import { writeTransaction, type Db } from '@/db/client';
import { appendAudit } from '@/db/queries/audit';
import {
  cycleById,
  cycleByYearAndName,
  insertCycle,
  phaseDatesOf,
  replacePhaseDates,
  rubricOf,
  updateCyclePhase,
  writeRubric,
  type CycleRow,
  type RubricAreaWrite,
} from '@/db/queries/cycles';
import { defineAction } from '@/lib/actions/define-action';
import { canMovePhaseGenerically, phaseOrder, type Phase } from '@/lib/domain/phases';
import { rubricTemplate, type RubricTemplateKey } from '@/lib/domain/rubric-templates';
import { UserError } from '@/lib/errors';
import { nowIso } from '@/lib/time';
import { createCycleSchema, movePhaseSchema, phaseDatesSchema, readStockholm } from '@/lib/validation/cycle';
import { refusalText, whatMoveLocks } from '@/lib/i18n/refusal';

/*
 * The organiser's cycle actions: create a cycle (from the default rubric or a copy
 * of an earlier cycle's rubric and settings), set the phase dates, move the phase.
 * Each one checks inside one write transaction and writes its audit entry there.
 */

/** Settings that belong to one cycle's history and are never copied. */
const UNCOPIED_SETTINGS = ['rubricUnlockedAt', 'rubricUnlockReason', 'rubricUnlockedBy'];

const duplicate = (year: number, name: string) =>
  new UserError(vt('valActCycles.duplicate', { year, name }), 409, {
    name: vt('valActCycles.duplicateField', { year }),
  });

function cycleOr404(db: Db, id: number): CycleRow {
  const cycle = cycleById(db, id);
  if (!cycle) throw new UserError(vt('valActCommon.noCycleBack'), 404);
  return cycle;
}

function defaultRubric(template?: RubricTemplateKey): RubricAreaWrite[] {
  return rubricTemplate(template).areas.map((a, ai) => ({
    key: a.key,
    name: a.name,
    description: a.description,
    weight: 1,
    position: ai,
    criteria: a.criteria.map((c, ci) => ({
      title: c.title,
      guidance: c.guidance,
      lowText: c.low,
      midText: c.mid,
      highText: c.high,
      weight: 1,
      position: ci,
    })),
  }));
}

function copiedRubric(tx: Db, sourceId: number): RubricAreaWrite[] {
  return rubricOf(tx, sourceId).map((a) => ({
    key: a.key,
    name: a.name,
    description: a.description,
    weight: a.weight,
    position: a.position,
    criteria: a.criteria.map((c) => ({
      title: c.title,
      guidance: c.guidance,
      lowText: c.lowText,
      midText: c.midText,
      highText: c.highText,
      weight: c.weight,
      position: c.position,
    })),
  }));
}

function isUniqueViolation(err: unknown): boolean {
  return typeof err === 'object' && err !== null && 'code' in err && String((err as { code: unknown }).code).startsWith('SQLITE_CONSTRAINT');
}

export const createCycle = defineAction({
  name: 'cycles.create',
  roles: ['organiser'],
  schema: createCycleSchema,
  handler: ({ user, input, db }) => {
    const at = nowIso();
    try {
      return writeTransaction(db, (tx) => {
        if (cycleByYearAndName(tx, input.year, input.name)) throw duplicate(input.year, input.name);
        const source = input.copyFromCycleId ? cycleById(tx, input.copyFromCycleId) : undefined;
        if (input.copyFromCycleId && !source) {
          throw new UserError(vt('valActCycles.copyMissing'), 404, {
            copyFromCycleId: vt('valActCycles.copyMissingField'),
          });
        }
        const settings = Object.fromEntries(Object.entries(source?.settings ?? {}).filter(([k]) => !UNCOPIED_SETTINGS.includes(k)));
        const id = insertCycle(tx, {
          year: input.year,
          name: input.name,
          mode: input.mode,
          phase: 'draft',
          scaleMin: source?.scaleMin ?? 1,
          scaleMax: source?.scaleMax ?? 5,
          settings,
          createdAt: at,
        });
        const rubric = source ? copiedRubric(tx, source.id) : defaultRubric(input.template);
        writeRubric(tx, id, rubric);
        appendAudit(tx, {
          actorId: user.id,
          action: 'cycle.created',
          entity: 'cycle',
          entityId: id,
          cycleId: id,
          before: null,
          after: {
            year: input.year,
            name: input.name,
            mode: input.mode,
            phase: 'draft',
            copiedFrom: source ? { id: source.id, year: source.year, name: source.name } : null,
            template: source ? null : rubricTemplate(input.template).key,
            scale: { min: source?.scaleMin ?? 1, max: source?.scaleMax ?? 5 },
            areas: rubric.length,
            criteria: rubric.reduce((n, a) => n + a.criteria.length, 0),
            settings,
          },
          at,
        });
        return { id };
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw duplicate(input.year, input.name);
      throw err;
    }
  },
});

export const savePhaseDates = defineAction({
  name: 'cycles.phaseDates',
  roles: ['organiser'],
  schema: phaseDatesSchema,
  handler: ({ user, input, db }) => {
    const at = nowIso();
    return writeTransaction(db, (tx) => {
      const cycle = cycleOr404(tx, input.cycleId);
      if (cycle.phase === 'published') throw new UserError(vt('valActCycles.publishedDates'), 409);
      const order = phaseOrder(cycle.mode);
      const existing = new Map(phaseDatesOf(tx, cycle.id).map((r) => [r.phase, r]));
      const before: Record<string, { startsAt: string | null; endsAt: string | null }> = {};
      const after: typeof before = {};
      const rows: { phase: Phase; startsAt: string | null; endsAt: string | null }[] = [];
      for (const row of input.dates) {
        if (!order.includes(row.phase)) {
          throw new UserError(vt('valActCycles.phaseNotInCycle', { phase: phaseName(row.phase) }), 400);
        }
        const start = readStockholm(row.startDate, row.startTime);
        const end = readStockholm(row.endDate, row.endTime);
        // The schema has refused anything that is not a date or empty.
        const startsAt = start instanceof Date ? start.toISOString() : null;
        const endsAt = end instanceof Date ? end.toISOString() : null;
        const old = existing.get(row.phase);
        const was = { startsAt: old?.startsAt ?? null, endsAt: old?.endsAt ?? null };
        if (was.startsAt === startsAt && was.endsAt === endsAt) continue;
        before[row.phase] = was;
        after[row.phase] = { startsAt, endsAt };
        rows.push({ phase: row.phase, startsAt, endsAt });
      }
      if (rows.length === 0) return { changed: 0 };
      replacePhaseDates(tx, cycle.id, rows);
      appendAudit(tx, {
        actorId: user.id,
        action: 'cycle.phase_dates_changed',
        entity: 'cycle',
        entityId: cycle.id,
        cycleId: cycle.id,
        before,
        after,
        at,
      });
      return { changed: rows.length };
    });
  },
});

export const movePhase = defineAction({
  name: 'cycles.movePhase',
  roles: ['organiser'],
  schema: movePhaseSchema,
  handler: ({ user, input, db }) => {
    const at = nowIso();
    return writeTransaction(db, (tx) => {
      const cycle = cycleOr404(tx, input.cycleId);
      if (cycle.phase !== input.from) {
        throw new UserError(
          vt('valActCycles.phaseMoved', { phase: phaseName(cycle.phase) }),
          409,
        );
      }
      const verdict = canMovePhaseGenerically(cycle.mode, cycle.phase, input.to);
      if (!verdict.ok) throw new UserError(refusalText(verdict), 409, { to: refusalText(verdict) });
      if (input.to === 'review') {
        const rubric = rubricOf(tx, cycle.id);
        const empty = rubric.filter((a) => a.criteria.length === 0);
        if (rubric.length === 0 || empty.length > 0) {
          const reason = vt('valActCycles.rubricIncomplete');
          throw new UserError(reason, 409, { to: reason });
        }
      }
      updateCyclePhase(tx, cycle.id, input.to);
      appendAudit(tx, {
        actorId: user.id,
        action: 'cycle.phase_moved',
        entity: 'cycle',
        entityId: cycle.id,
        cycleId: cycle.id,
        before: { phase: cycle.phase },
        after: { phase: input.to, locks: whatMoveLocks(cycle.mode, cycle.phase, input.to) },
        at,
      });
      return { phase: input.to };
    });
  },
});
