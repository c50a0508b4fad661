import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { desc, eq } from 'drizzle-orm';
import type { CurrentUser } from '@/lib/auth/session';

const current: { user: CurrentUser | null } = { user: null };
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => current.user }));

const { freshDatabase } = await import('../helpers/db');
const { db } = freshDatabase('rubric');
const { createCycle } = await import('@/lib/actions/cycles');
const { saveRubric, unlockRubric } = await import('@/lib/actions/rubric');
const schema = await import('@/db/schema');
const { rubricOf, rubricLockOf, cycleById, lockRubricOnSubmission } = await import('@/db/queries/cycles');

const base = { email: 'a@example.org', name: 'Anna', organisation: null, kommunkod: null, municipalityName: null, isDemo: false };
let organiser: CurrentUser;
let juror: CurrentUser;
let jurorId: number;

function dump(): Record<string, unknown[]> {
  const tables = ['cycles', 'rubric_areas', 'rubric_criteria', 'scores', 'audit_log'];
  return Object.fromEntries(tables.map((t) => [t, db.$client.prepare(`select * from "${t}" order by rowid`).all()]));
}
const lastAudit = () => db.select().from(schema.auditLog).orderBy(desc(schema.auditLog.id)).limit(1).get()!;

/** The editor's form values for a cycle's stored rubric (strings, as the inputs give them). */
function formOf(cycleId: number) {
  const cycle = cycleById(db, cycleId)!;
  return {
    cycleId: String(cycleId),
    scaleMin: String(cycle.scaleMin),
    scaleMax: String(cycle.scaleMax),
    areas: rubricOf(db, cycleId).map((a) => ({
      id: String(a.id),
      name: a.name,
      description: a.description,
      weight: String(a.weight).replace('.', ','),
      criteria: a.criteria.map((c) => ({
        id: String(c.id),
        title: c.title,
        guidance: c.guidance,
        lowText: c.lowText,
        midText: c.midText,
        highText: c.highText,
        weight: String(c.weight),
      })),
    })),
  };
}

async function newCycle(name: string): Promise<number> {
  const r = await createCycle({ year: 2029, name });
  if (!r.ok) throw new Error(r.error);
  return r.data.id;
}

/** A submitted score sheet in the cycle, with one score on its first criterion. */
function submitSheet(cycleId: number, at: string, value = 3) {
  const kommunkod = `0${String(cycleId).padStart(3, '0')}`;
  db.insert(schema.municipalities)
    .values({ kommunkod, name: `Kommun ${cycleId}`, countyCode: '01', county: 'Stockholms län', population: 1000, populationYear: 2025 })
    .onConflictDoNothing()
    .run();
  const n = db.insert(schema.nominations).values({ cycleId, kommunkod, status: 'submitted', updatedAt: at, createdAt: at }).returning().get();
  const sheet = db.insert(schema.scoreSheets).values({ nominationId: n.id, jurorId, status: 'submitted', submittedAt: at, updatedAt: at }).returning().get();
  const criterionId = rubricOf(db, cycleId)[0].criteria[0].id;
  db.insert(schema.scores).values({ sheetId: sheet.id, criterionId, value, updatedAt: at }).run();
  return criterionId;
}

beforeAll(() => {
  const o = db.insert(schema.users).values({ email: 'a@example.org', name: 'Anna', role: 'organiser' }).returning().get();
  const j = db.insert(schema.users).values({ email: 'j@example.org', name: 'Jonas', role: 'juror' }).returning().get();
  organiser = { ...base, id: o.id, role: 'organiser' };
  juror = { ...base, id: j.id, role: 'juror' };
  jurorId = j.id;
});

beforeEach(() => {
  current.user = organiser;
});

describe('saveRubric', () => {
  it('edits a criterion, adds one and an area, changes weights and the scale — audited with only what changed', async () => {
    const cycleId = await newCycle('Mallprov');
    const form = formOf(cycleId);
    const firstId = Number(form.areas[0].criteria[0].id);
    form.areas[0].criteria[0].title = 'Medborgardialog som påverkar beslut';
    form.areas[0].criteria[0].weight = '1,5';
    form.areas[1].weight = '2';
    form.areas[1].criteria.push({ id: '', title: 'Digital service', guidance: 'Hur?', lowText: 'l', midText: 'm', highText: 'h', weight: '1' });
    form.areas.push({ id: '', name: 'Ekonomi', description: '', weight: '1', criteria: [{ id: '', title: 'God ekonomisk hushållning', guidance: '', lowText: '', midText: '', highText: '', weight: '1' }] });
    form.scaleMax = '7';

    const result = await saveRubric(form);
    expect(result).toEqual({ ok: true, data: { changed: true } });
    const rubric = rubricOf(db, cycleId);
    expect(rubric).toHaveLength(5);
    expect(rubric[0].criteria[0]).toMatchObject({ id: firstId, title: 'Medborgardialog som påverkar beslut', weight: 1.5 });
    expect(rubric[1]).toMatchObject({ weight: 2 });
    expect(rubric[1].criteria.at(-1)).toMatchObject({ title: 'Digital service', guidance: 'Hur?' });
    expect(rubric[4]).toMatchObject({ key: 'ekonomi', name: 'Ekonomi', position: 4 });
    expect(cycleById(db, cycleId)).toMatchObject({ scaleMin: 1, scaleMax: 7 });

    const audit = lastAudit();
    expect(audit).toMatchObject({ action: 'rubric.updated', entity: 'rubric', cycleId, actorId: organiser.id });
    expect(audit.before).toMatchObject({
      scale: { min: 1, max: 5 },
      criteria: [{ id: firstId, title: 'Medborgardialog och delaktighet', weight: 1 }],
      areas: [{ name: 'Service och verksamheter', weight: 1 }],
    });
    expect(audit.after).toMatchObject({
      scale: { min: 1, max: 7 },
      criteria: expect.arrayContaining([
        expect.objectContaining({ id: firstId, title: 'Medborgardialog som påverkar beslut', weight: 1.5 }),
        expect.objectContaining({ title: 'Digital service' }),
        expect.objectContaining({ title: 'God ekonomisk hushållning' }),
      ]),
      areas: expect.arrayContaining([expect.objectContaining({ name: 'Ekonomi' }), expect.objectContaining({ name: 'Service och verksamheter', weight: 2 })]),
    });
    // Unchanged texts are not repeated in the entry.
    expect(JSON.stringify(audit.before)).not.toContain('Öppenhet och insyn');
  });

  it('removes a criterion without scores; writes no audit entry when nothing changed', async () => {
    const cycleId = await newCycle('Borttagning');
    const form = formOf(cycleId);
    const removed = form.areas[0].criteria.pop()!;
    expect(await saveRubric(form)).toEqual({ ok: true, data: { changed: true } });
    expect(lastAudit().before).toMatchObject({ criteria: [{ id: Number(removed.id), title: removed.title }] });
    const count = db.select().from(schema.auditLog).all().length;
    expect(await saveRubric(formOf(cycleId))).toEqual({ ok: true, data: { changed: false } });
    expect(db.select().from(schema.auditLog).all()).toHaveLength(count);
  });

  it('refuses bad weights, an area without criteria, a bad scale and duplicate area names, field by field', async () => {
    const cycleId = await newCycle('Felprov');
    const before = dump();
    const form = formOf(cycleId);
    form.areas[0].weight = '0';
    form.areas[0].criteria[0].weight = '-1';
    form.areas[1].criteria[0].weight = 'tung';
    form.areas[2].criteria = [];
    form.areas[3].name = form.areas[0].name.toUpperCase();
    form.scaleMin = '3';
    form.scaleMax = '4';
    const result = await saveRubric(form);
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        'areas.0.weight': 'Områdets vikt måste vara större än 0.',
        'areas.0.criteria.0.weight': 'Kriteriets vikt måste vara större än 0.',
        'areas.1.criteria.0.weight': 'Ange kriteriets vikt som ett tal, t.ex. 1 eller 1,5.',
        'areas.2.criteria': 'Varje område behöver minst ett kriterium.',
      },
    });
    expect(dump()).toEqual(before);
    // The cross-field rules run once the fields themselves are valid.
    const form2 = formOf(cycleId);
    form2.areas[3].name = form2.areas[0].name.toUpperCase();
    form2.scaleMin = '3';
    form2.scaleMax = '4';
    expect(await saveRubric(form2)).toMatchObject({
      ok: false,
      fieldErrors: { scaleMax: expect.stringMatching(/minst 3 steg/), 'areas.3.name': 'Två områden kan inte heta likadant.' },
    });
    const form3 = formOf(cycleId);
    form3.scaleMin = '5';
    form3.scaleMax = '2';
    expect(await saveRubric(form3)).toMatchObject({ ok: false, fieldErrors: { scaleMax: 'Skalans högsta värde måste vara större än det lägsta.' } });
    expect(await saveRubric({ ...formOf(cycleId), areas: [] })).toMatchObject({ ok: false, fieldErrors: { areas: 'Mallen behöver minst ett område.' } });
    expect(dump()).toEqual(before);
  });

  it('refuses an id from another cycle (stale or forged form)', async () => {
    const a = await newCycle('Egen');
    const b = await newCycle('Annan');
    const form = formOf(a);
    form.areas[0].criteria[0].id = formOf(b).areas[0].criteria[0].id;
    const before = dump();
    expect(await saveRubric(form)).toMatchObject({ ok: false, error: expect.stringMatching(/har ändrats sedan du öppnade den/) });
    expect(dump()).toEqual(before);
  });

  it('refuses editing once the phase is past review', async () => {
    const cycleId = await newCycle('Sen fas');
    db.update(schema.cycles).set({ phase: 'finalists_named' }).where(eq(schema.cycles.id, cycleId)).run();
    const before = dump();
    expect(await saveRubric(formOf(cycleId))).toMatchObject({ ok: false, error: expect.stringMatching(/går bara i faserna/) });
    expect(await unlockRubric({ cycleId, reason: 'Ett skäl som är långt nog.' })).toMatchObject({ ok: false });
    expect(dump()).toEqual(before);
  });

  it('refuses a juror', async () => {
    const cycleId = await newCycle('Jurymall');
    current.user = juror;
    expect(await saveRubric(formOf(cycleId))).toMatchObject({ ok: false, error: expect.stringMatching(/behörighet/) });
  });
});

describe('the lock: first submitted sheet, reopen with a reason', () => {
  it('is locked by a submitted sheet; saving is refused; unlocking needs a reason and is audited; the next submission locks again', async () => {
    const cycleId = await newCycle('Låsprov');
    db.update(schema.cycles).set({ phase: 'review' }).where(eq(schema.cycles.id, cycleId)).run();
    expect(rubricLockOf(db, cycleById(db, cycleId)!).locked).toBe(false);
    const scored = submitSheet(cycleId, '2026-11-30T10:00:00.000Z', 4);
    expect(rubricLockOf(db, cycleById(db, cycleId)!)).toMatchObject({ locked: true, since: '2026-11-30T10:00:00.000Z' });

    const form = formOf(cycleId);
    form.areas[0].criteria[1].title = 'Ändrad efter låsning';
    const before = dump();
    const refused = await saveRubric(form);
    expect(refused).toMatchObject({ ok: false, error: expect.stringMatching(/Bedömningsmallen är låst sedan 30 november 2026/) });
    expect(dump()).toEqual(before);

    expect(await unlockRubric({ cycleId, reason: 'kort' })).toMatchObject({ ok: false, fieldErrors: { reason: expect.stringMatching(/minst tio tecken/) } });
    expect(dump()).toEqual(before);

    const unlocked = await unlockRubric({ cycleId, reason: 'Ett kriterium var otydligt formulerat.' });
    expect(unlocked.ok).toBe(true);
    expect(lastAudit()).toMatchObject({
      action: 'rubric.unlocked',
      cycleId,
      before: { locked: true, lockedSince: '2026-11-30T10:00:00.000Z' },
      after: { locked: false, reason: 'Ett kriterium var otydligt formulerat.' },
    });
    expect(rubricLockOf(db, cycleById(db, cycleId)!)).toMatchObject({ locked: false, unlockReason: 'Ett kriterium var otydligt formulerat.' });
    expect(await unlockRubric({ cycleId, reason: 'Ett skäl till som är långt.' })).toMatchObject({ ok: false, error: expect.stringMatching(/inte låst/) });

    // Now the edit goes through, but a scored criterion cannot be removed, nor the scale cut below a given score.
    expect(await saveRubric(form)).toEqual({ ok: true, data: { changed: true } });
    expect(lastAudit()).toMatchObject({ action: 'rubric.updated', after: { criteria: [{ title: 'Ändrad efter låsning' }] } });
    const drop = formOf(cycleId);
    drop.areas[0].criteria = drop.areas[0].criteria.filter((c) => Number(c.id) !== scored);
    expect(await saveRubric(drop)).toMatchObject({ ok: false, error: expect.stringMatching(/har redan bedömts och kan inte tas bort/) });
    const cut = formOf(cycleId);
    cut.scaleMax = '3';
    expect(await saveRubric(cut)).toMatchObject({ ok: false, fieldErrors: { scaleMax: expect.stringMatching(/minst 4/) } });

    // A submission after the reopen locks it again (through the column the scoring action sets).
    lockRubricOnSubmission(db, cycleId, '2099-01-01T00:00:00.000Z');
    expect(rubricLockOf(db, cycleById(db, cycleId)!)).toMatchObject({ locked: true, since: '2099-01-01T00:00:00.000Z' });
    expect(await saveRubric(formOf(cycleId))).toMatchObject({ ok: false, error: expect.stringMatching(/låst/) });
  });
});
