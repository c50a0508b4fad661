'use server';

import { localeNow, instantText } from '@/lib/i18n/server-locale';
import { vt } from '@/lib/i18n/validation';
import { writeTransaction, type Db } from '@/db/client';
import { appendAudit } from '@/db/queries/audit';
import {
  cycleById,
  rubricLockOf,
  rubricOf,
  scoredCriterionIds,
  scoreValueRange,
  updateCycleLock,
  updateCycleScale,
  writeRubric,
  type CycleRow,
  type RubricAreaWrite,
} from '@/db/queries/cycles';
import { defineAction } from '@/lib/actions/define-action';
import { permits } from '@/lib/domain/phases';
import { UserError } from '@/lib/errors';
import { formatDateTime, nowIso } from '@/lib/time';
import { rubricSchema, unlockRubricSchema, type Rubric } from '@/lib/validation/rubric';
import { refusalText } from '@/lib/i18n/refusal';

/*
 * The rubric editor's actions. The rubric can be edited while the phase permits it
 * (up to and including review) and it is not locked; it locks when the first
 * score sheet is submitted, and only an audited "Lås upp" with a reason opens it.
 */

function cycleOr404(db: Db, id: number): CycleRow {
  const cycle = cycleById(db, id);
  if (!cycle) throw new UserError(vt('valActCommon.noCycleBack'), 404);
  return cycle;
}

function assertPhasePermits(cycle: CycleRow): void {
  const verdict = permits({ mode: cycle.mode, phase: cycle.phase, dates: {} }, 'edit_rubric', new Date());
  if (!verdict.ok) throw new UserError(refusalText(verdict), 409);
}

type Snapshot = ReturnType<typeof snapshotOf>;

function snapshotOf(db: Db, cycle: { id: number; scaleMin: number; scaleMax: number }) {
  return {
    scale: { min: cycle.scaleMin, max: cycle.scaleMax },
    areas: rubricOf(db, cycle.id).map((a) => ({
      id: a.id,
      key: a.key,
      name: a.name,
      description: a.description,
      weight: a.weight,
      criteria: a.criteria.map((c) => ({
        id: c.id,
        areaId: c.areaId,
        title: c.title,
        guidance: c.guidance,
        lowText: c.lowText,
        midText: c.midText,
        highText: c.highText,
        weight: c.weight,
      })),
    })),
  };
}

type Item = Record<string, unknown> & { id: number };

/** The fields of `a` and `b` that differ, with the identifying fields kept. */
function changed(a: Item, b: Item, keep: string[]): [Record<string, unknown>, Record<string, unknown>] | null {
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  let any = false;
  for (const k of Object.keys({ ...a, ...b })) {
    if (k === 'criteria') continue;
    if (JSON.stringify(a[k]) !== JSON.stringify(b[k])) {
      before[k] = a[k];
      after[k] = b[k];
      any = true;
    }
  }
  if (!any) return null;
  for (const k of keep) {
    before[k] = a[k];
    after[k] = b[k];
  }
  return [before, after];
}

function diffList(before: Item[], after: Item[], keep: string[]) {
  const out = { before: [] as unknown[], after: [] as unknown[] };
  const old = new Map(before.map((x) => [x.id, x]));
  const now = new Map(after.map((x) => [x.id, x]));
  for (const x of before) if (!now.has(x.id)) out.before.push(stripCriteria(x));
  for (const x of after) {
    const prev = old.get(x.id);
    if (!prev) {
      out.after.push(stripCriteria(x));
      continue;
    }
    const d = changed(prev, x, keep);
    if (d) {
      out.before.push(d[0]);
      out.after.push(d[1]);
    }
  }
  return out;
}

function stripCriteria(x: Item): Record<string, unknown> {
  const { criteria: _criteria, ...rest } = x;
  return rest;
}

/** What changed between two snapshots: only the changed parts, each with its id and name. */
function diffRubric(a: Snapshot, b: Snapshot) {
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  if (a.scale.min !== b.scale.min || a.scale.max !== b.scale.max) {
    before.scale = a.scale;
    after.scale = b.scale;
  }
  const areas = diffList(a.areas, b.areas, ['id', 'name']);
  if (areas.before.length) before.areas = areas.before;
  if (areas.after.length) after.areas = areas.after;
  const criteria = diffList(
    a.areas.flatMap((x) => x.criteria),
    b.areas.flatMap((x) => x.criteria),
    ['id', 'title'],
  );
  if (criteria.before.length) before.criteria = criteria.before;
  if (criteria.after.length) after.criteria = criteria.after;
  return Object.keys(before).length || Object.keys(after).length ? { before, after } : null;
}

/** A key for a new area, from its name, unique within the cycle. */
function keyFor(name: string, taken: Set<string>): string {
  const base =
    name
      .toLocaleLowerCase('sv-SE')
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, 40) || 'omrade';
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}_${n}`;
  taken.add(key);
  return key;
}

const stale = () => vt('valActRubric.stale');

/** Checks the edit against what is stored and turns it into rows to write. */
function planWrite(db: Db, cycle: CycleRow, input: Rubric): RubricAreaWrite[] {
  const existing = rubricOf(db, cycle.id);
  const areaIds = new Set(existing.map((a) => a.id));
  const criteria = new Map(existing.flatMap((a) => a.criteria.map((c) => [c.id, c])));
  for (const a of input.areas) {
    if (a.id && !areaIds.has(a.id)) throw new UserError(stale(), 409);
    for (const c of a.criteria) if (c.id && !criteria.has(c.id)) throw new UserError(stale(), 409);
  }
  const keptCriteria = new Set(input.areas.flatMap((a) => a.criteria.flatMap((c) => (c.id ? [c.id] : []))));
  const scored = scoredCriterionIds(db, cycle.id);
  const lost = [...scored].filter((id) => !keptCriteria.has(id)).map((id) => criteria.get(id)?.title ?? String(id));
  if (lost.length > 0) {
    throw new UserError(
      vt('valActRubric.scored', { titles: lost.map((t) => (localeNow() === 'en' ? `“${t}”` : `”${t}”`)).join(', ') }),
      409,
    );
  }
  const range = scoreValueRange(db, cycle.id);
  if (range.min !== null && range.min < input.scaleMin) {
    throw new UserError(vt('valActRubric.scaleMin', { value: range.min }), 409, {
      scaleMin: vt('valActRubric.scaleMinField', { value: range.min }),
    });
  }
  if (range.max !== null && range.max > input.scaleMax) {
    throw new UserError(vt('valActRubric.scaleMax', { value: range.max }), 409, {
      scaleMax: vt('valActRubric.scaleMaxField', { value: range.max }),
    });
  }
  const keys = new Set(existing.map((a) => a.key));
  const byId = new Map(existing.map((a) => [a.id, a]));
  return input.areas.map((a, ai) => ({
    id: a.id,
    key: a.id ? byId.get(a.id)!.key : keyFor(a.name, keys),
    name: a.name,
    description: a.description,
    weight: a.weight,
    position: ai,
    criteria: a.criteria.map((c, ci) => ({
      id: c.id,
      title: c.title,
      guidance: c.guidance,
      lowText: c.lowText,
      midText: c.midText,
      highText: c.highText,
      weight: c.weight,
      position: ci,
    })),
  }));
}

export const saveRubric = defineAction({
  name: 'rubric.save',
  roles: ['organiser'],
  schema: rubricSchema,
  handler: ({ user, input, db }) => {
    const at = nowIso();
    return writeTransaction(db, (tx) => {
      const cycle = cycleOr404(tx, input.cycleId);
      assertPhasePermits(cycle);
      const lock = rubricLockOf(tx, cycle);
      if (lock.locked) {
        throw new UserError(
          vt('valActRubric.locked', { since: instantText(lock.since, formatDateTime(lock.since)) }),
          409,
        );
      }
      const plan = planWrite(tx, cycle, input);
      const before = snapshotOf(tx, cycle);
      writeRubric(tx, cycle.id, plan);
      updateCycleScale(tx, cycle.id, input.scaleMin, input.scaleMax);
      const after = snapshotOf(tx, { id: cycle.id, scaleMin: input.scaleMin, scaleMax: input.scaleMax });
      const diff = diffRubric(before, after);
      if (diff) {
        appendAudit(tx, {
          actorId: user.id,
          action: 'rubric.updated',
          entity: 'rubric',
          entityId: cycle.id,
          cycleId: cycle.id,
          before: diff.before,
          after: diff.after,
          at,
        });
      }
      return { changed: diff !== null };
    });
  },
});

export const unlockRubric = defineAction({
  name: 'rubric.unlock',
  roles: ['organiser'],
  schema: unlockRubricSchema,
  handler: ({ user, input, db }) => {
    const at = nowIso();
    return writeTransaction(db, (tx) => {
      const cycle = cycleOr404(tx, input.cycleId);
      assertPhasePermits(cycle);
      const lock = rubricLockOf(tx, cycle);
      if (!lock.locked) throw new UserError(vt('valActRubric.notLocked'), 409);
      const settings = { ...(cycle.settings ?? {}), rubricUnlockedAt: at, rubricUnlockReason: input.reason, rubricUnlockedBy: user.id };
      updateCycleLock(tx, cycle.id, null, settings);
      appendAudit(tx, {
        actorId: user.id,
        action: 'rubric.unlocked',
        entity: 'rubric',
        entityId: cycle.id,
        cycleId: cycle.id,
        before: { locked: true, lockedSince: lock.since },
        after: { locked: false, unlockedAt: at, reason: input.reason },
        at,
      });
      return { unlockedAt: at };
    });
  },
});
