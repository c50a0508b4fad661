import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { auditLog, cycles, motivationVersions, users } from '@/db/schema';
import type { CurrentUser } from '@/lib/auth/session';

const current: { user: CurrentUser | null } = { user: null };
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => current.user }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

const { generateMotivationDraft, saveMotivationVersion, approveMotivationVersion } = await import('@/lib/actions/motivation');
const { latestApprovedMotivation, motivationVersionsOf } = await import('@/db/queries/motivation');
const { sentencesOf, diffTexts } = await import('@/lib/motivation/versions');
const { gatherMotivationEvidence, motivationTarget } = await import('@/lib/motivation/evidence');
const { checkSentences } = await import('@/lib/domain/motivation-check');
const { syncMunicipalities } = await import('@/seeds/municipalities');
const { freshDatabase } = await import('../helpers/db');
const { insertMotivationCycle } = await import('../fixtures/motivation-cycle');

const t = freshDatabase('motivation-actions');

describe('motivation drafts: generate, save versions, approve', () => {
  let organiser: CurrentUser;
  let juror: CurrentUser;
  let fixture: ReturnType<typeof insertMotivationCycle>;

  beforeAll(() => {
    syncMunicipalities(t.db);
    const at = '2031-01-01T00:00:00.000Z';
    const o = t.db.insert(users).values({ email: 'o@example.org', name: 'Olle Arrangör', role: 'organiser', createdAt: at }).returning().get();
    for (const n of [1, 2, 3]) t.db.insert(users).values({ email: `j${n}@example.org`, name: `Jury ${n}`, role: 'juror', organisation: 'SKR', createdAt: at }).run();
    fixture = insertMotivationCycle(t.db.$client, { name: 'Motiveringstest', phase: 'decided' });
    const j = t.db.select().from(users).where(eq(users.email, 'j1@example.org')).get()!;
    const base = { organisation: null, kommunkod: null, municipalityName: null, isDemo: false };
    organiser = { ...base, id: o.id, email: o.email, name: o.name, role: 'organiser' };
    juror = { ...base, id: j.id, email: j.email, name: j.name, role: 'juror' };
  });
  afterAll(() => t.cleanup());
  beforeEach(() => {
    current.user = organiser;
  });

  const versions = (nominationId: number) => motivationVersionsOf(t.db, nominationId);

  it('refuses jurors and signed-out callers, and writes nothing', async () => {
    const id = fixture.finalists[1];
    current.user = juror;
    expect(await generateMotivationDraft({ nominationId: id })).toMatchObject({ ok: false, error: expect.stringMatching(/behörighet/) });
    expect(await approveMotivationVersion({ nominationId: id, version: 1 })).toMatchObject({ ok: false });
    current.user = null;
    expect(await saveMotivationVersion({ nominationId: id, baseVersion: 0, sentences: [{ id: 'egen-1', text: 'Hej.' }] })).toMatchObject({ ok: false, error: expect.stringMatching(/inte inloggad/) });
    expect(versions(id)).toHaveLength(0);
  });

  it('gathers the evidence: the engine’s area scores with places in the field, criteria, comments and notes', () => {
    const target = motivationTarget(t.db, fixture.finalists[0])!;
    expect(target).toMatchObject({ finalist: true, winner: true, phase: 'decided' });
    const e = gatherMotivationEvidence(t.db, target);
    expect(e.areas.map((a) => a.key)).toEqual(['democracy', 'service', 'work_environment', 'community_building']);
    // Profile [4,5,5,3]: service and work environment are its strongest areas.
    const sorted = [...e.areas].sort((a, b) => b.score - a.score).map((a) => a.key);
    expect(sorted.slice(0, 2).sort()).toEqual(['service', 'work_environment']);
    expect(e.areas.every((a) => a.fieldSize === 5 && a.fieldRank >= 1 && a.fieldRank <= 5)).toBe(true);
    expect(e.criteria).toHaveLength(8);
    expect(e.comments.length).toBeGreaterThan(0);
    expect(e.interviews).toHaveLength(3);
    expect(e.answers.goals).toMatch(/tillitsbaserad styrning/);
  });

  it('generates a draft for a finalist as version 1, every sentence with evidence, audited', async () => {
    const id = fixture.finalists[0];
    const res = await generateMotivationDraft({ nominationId: id });
    expect(res).toEqual({ ok: true, data: { version: 1 } });
    const [v1] = versions(id);
    expect(v1).toMatchObject({ version: 1, authorId: organiser.id, approvedAt: null, authorName: 'Olle Arrangör' });
    const sentences = sentencesOf(v1);
    expect(sentences.length).toBeGreaterThanOrEqual(3);
    expect(sentences.length).toBeLessThanOrEqual(6);
    expect(checkSentences(sentences).every((c) => c.status === 'supported')).toBe(true);
    expect(v1.text).toBe(sentences.map((s) => s.text).join(' '));
    const strongest = sentences.find((s) => s.id === 'omraden')!;
    expect(strongest.evidence.map((r) => r.sourceId).sort()).toEqual(['service', 'work_environment']);
    expect(t.db.select().from(auditLog).where(eq(auditLog.action, 'motivation.generated')).all()).toHaveLength(1);
  });

  it('refuses nominations that are not finalists, and cycles before finalists are named', async () => {
    expect(await generateMotivationDraft({ nominationId: fixture.outsider })).toMatchObject({ ok: false, error: expect.stringMatching(/finalisterna och vinnaren/) });
    const early = insertMotivationCycle(t.db.$client, { name: 'Tidig omgång', phase: 'finalists_named' });
    t.db.update(cycles).set({ phase: 'review' }).where(eq(cycles.id, early.cycleId)).run();
    expect(await generateMotivationDraft({ nominationId: early.finalists[0] })).toMatchObject({ ok: false, error: expect.stringMatching(/Finalister utsedda/) });
    expect(await generateMotivationDraft({ nominationId: 999_999 })).toMatchObject({ ok: false, error: 'Nomineringen finns inte.' });
    expect(versions(fixture.outsider)).toHaveLength(0);
  });

  it('saves an edit as a new version, keeps the links of each sentence and flags the ones that lost their evidence', async () => {
    const id = fixture.finalists[0];
    const v1 = sentencesOf(versions(id)[0]);
    const edited = v1.map((s) => (s.id === 'omraden' ? { id: s.id, text: 'Kommunen är bra på det mesta.' } : { id: s.id, text: s.text }));
    edited.push({ id: 'egen-1', text: 'En mening som arrangören skrev själv.' });
    const res = await saveMotivationVersion({ nominationId: id, baseVersion: 1, sentences: edited });
    expect(res).toEqual({ ok: true, data: { version: 2, withoutEvidence: ['omraden', 'egen-1'] } });
    const v2 = versions(id)[1];
    const s2 = sentencesOf(v2);
    // The links come from version 1 by sentence id, never from the browser; the hand-written one has none.
    expect(s2.find((s) => s.id === 'omraden')!.evidence).toEqual(v1.find((s) => s.id === 'omraden')!.evidence);
    expect(s2.find((s) => s.id === 'egen-1')!.evidence).toEqual([]);
    // Version 1 is unchanged.
    expect(sentencesOf(versions(id)[0])).toEqual(v1);
  });

  it('refuses a save against an older version, and a save that changes nothing', async () => {
    const id = fixture.finalists[0];
    const stale = await saveMotivationVersion({ nominationId: id, baseVersion: 1, sentences: [{ id: 'egen-9', text: 'Ny text.' }] });
    expect(stale).toMatchObject({ ok: false, error: expect.stringMatching(/Version 2 har sparats/) });
    const same = sentencesOf(versions(id)[1]).map((s) => ({ id: s.id, text: s.text }));
    expect(await saveMotivationVersion({ nominationId: id, baseVersion: 2, sentences: same })).toMatchObject({ ok: false, error: 'Inget har ändrats sedan version 2.' });
    expect(await saveMotivationVersion({ nominationId: id, baseVersion: 2, sentences: [{ id: 'egen-1', text: '   ' }] })).toMatchObject({ ok: false, fieldErrors: { 'sentences.0.text': 'Skriv meningen eller ta bort den.' } });
    expect(versions(id)).toHaveLength(2);
  });

  it('diffs any two versions word by word', () => {
    const [v1, v2] = versions(fixture.finalists[0]);
    const parts = diffTexts(v1.text, v2.text);
    expect(parts.filter((p) => p.kind === 'added').map((p) => p.text).join(' ')).toMatch(/mesta/);
    expect(parts.filter((p) => p.kind === 'removed').length).toBeGreaterThan(0);
    // Reassembling the "same" and "added" parts gives the newer text.
    expect(parts.filter((p) => p.kind !== 'removed').map((p) => p.text).join('')).toBe(v2.text);
  });

  it('approval freezes a version: it cannot be approved or changed again; a later save is a new, unapproved version', async () => {
    const id = fixture.finalists[0];
    expect(await approveMotivationVersion({ nominationId: id, version: 1 })).toMatchObject({ ok: true, data: { version: 1 } });
    const frozen = versions(id)[0];
    expect(frozen.approvedAt).not.toBeNull();
    expect(latestApprovedMotivation(t.db, id)).toMatchObject({ version: 1, text: frozen.text });
    expect(await approveMotivationVersion({ nominationId: id, version: 1 })).toMatchObject({ ok: false, error: 'Version 1 är redan godkänd.' });

    const next = sentencesOf(versions(id)[1]).map((s) => ({ id: s.id, text: s.text.replace('själv', 'själv i efterhand') }));
    expect(await saveMotivationVersion({ nominationId: id, baseVersion: 2, sentences: next })).toMatchObject({ ok: true, data: { version: 3 } });
    const all = versions(id);
    expect(all.map((v) => [v.version, v.approvedAt !== null])).toEqual([
      [1, true],
      [2, false],
      [3, false],
    ]);
    // The approved row is exactly as it was.
    expect(all[0]).toEqual(frozen);

    // A later version supersedes it; an older one can then no longer be approved.
    expect(await approveMotivationVersion({ nominationId: id, version: 3 })).toMatchObject({ ok: true, data: { version: 3 } });
    expect(latestApprovedMotivation(t.db, id)).toMatchObject({ version: 3 });
    expect(await approveMotivationVersion({ nominationId: id, version: 2 })).toMatchObject({ ok: false, error: expect.stringMatching(/Version 3 är redan godkänd/) });
    expect(versions(id)[0]).toEqual(frozen);
    const audits = t.db.select().from(auditLog).where(eq(auditLog.action, 'motivation.approved')).all();
    expect(audits.map((a) => a.after)).toMatchObject([{ version: 1 }, { version: 3 }]);
    expect(audits[1].before).toEqual({ approvedVersion: 1 });
  });

  it('after publication nothing can be generated, saved or approved', async () => {
    const id = fixture.finalists[0];
    t.db.update(cycles).set({ phase: 'published' }).where(eq(cycles.id, fixture.cycleId)).run();
    try {
      expect(await generateMotivationDraft({ nominationId: id })).toMatchObject({ ok: false, error: expect.stringMatching(/publicerat/) });
      expect(await approveMotivationVersion({ nominationId: id, version: 2 })).toMatchObject({ ok: false, error: expect.stringMatching(/publicerat/) });
    } finally {
      t.db.update(cycles).set({ phase: 'decided' }).where(eq(cycles.id, fixture.cycleId)).run();
    }
    expect(t.db.select().from(motivationVersions).where(eq(motivationVersions.nominationId, id)).all()).toHaveLength(3);
  });

  it('three finalists get drafts that read differently', async () => {
    for (const id of fixture.finalists.slice(1)) expect(await generateMotivationDraft({ nominationId: id })).toMatchObject({ ok: true });
    const firsts = fixture.finalists.map((id) => sentencesOf(versions(id)[0]).map((s) => s.text.split(' ').slice(0, 3).join(' ')));
    expect(new Set(firsts.map((f) => f.join('|'))).size).toBe(3);
  });
});
