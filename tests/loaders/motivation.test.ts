import { eq } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CurrentUser } from '@/lib/auth/session';

const current: { user: CurrentUser | null } = { user: null };
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => current.user }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
vi.mock('next/navigation', () => ({
  redirect: (to: string) => {
    throw new Error(`redirect:${to}`);
  },
  forbidden: () => {
    throw new Error('forbidden');
  },
  notFound: () => {
    throw new Error('notFound');
  },
}));

const { freshDatabase } = await import('../helpers/db');
const { db } = freshDatabase('motivation-loader');
const schema = await import('@/db/schema');
const { syncMunicipalities } = await import('@/seeds/municipalities');
const { insertMotivationCycle } = await import('../fixtures/motivation-cycle');
const { loadMotivationOverview, loadMotivationEditor } = await import('@/lib/loaders/motivation');
const { generateMotivationDraft, saveMotivationVersion } = await import('@/lib/actions/motivation');

const base = { organisation: null, kommunkod: null, municipalityName: null, isDemo: false };
let organiser: CurrentUser;
let juror: CurrentUser;
let fixture: ReturnType<typeof insertMotivationCycle>;

beforeAll(() => {
  syncMunicipalities(db);
  const o = db.insert(schema.users).values({ email: 'o@example.org', name: 'Olle', role: 'organiser' }).returning().get();
  for (const n of [1, 2, 3]) db.insert(schema.users).values({ email: `j${n}@example.org`, name: `Jury ${n}`, role: 'juror' }).run();
  const j = db.select().from(schema.users).where(eq(schema.users.email, 'j1@example.org')).get()!;
  organiser = { ...base, id: o.id, email: o.email, name: o.name, role: 'organiser' };
  juror = { ...base, id: j.id, email: j.email, name: j.name, role: 'juror' };
  fixture = insertMotivationCycle(db.$client, { name: 'Laddartest', phase: 'deliberation' });
});
beforeEach(() => {
  current.user = organiser;
});

describe('motivation loaders', () => {
  it('refuses jurors (403) and unknown or foreign ids (404)', async () => {
    current.user = juror;
    await expect(loadMotivationOverview(String(fixture.cycleId))).rejects.toThrow('forbidden');
    await expect(loadMotivationEditor(String(fixture.cycleId), String(fixture.finalists[0]), {})).rejects.toThrow('forbidden');
    current.user = organiser;
    await expect(loadMotivationEditor(String(fixture.cycleId + 1), String(fixture.finalists[0]), {})).rejects.toThrow('notFound');
    await expect(loadMotivationEditor(String(fixture.cycleId), 'abc', {})).rejects.toThrow('notFound');
  });

  it('lists the finalists (no winner before the decision) with their draft state', async () => {
    expect(await generateMotivationDraft({ nominationId: fixture.finalists[1] })).toMatchObject({ ok: true });
    const data = await loadMotivationOverview(String(fixture.cycleId));
    expect(data.refusal).toBeNull();
    expect(data.hasDecision).toBe(false);
    expect(data.rows.map((r) => r.id).sort()).toEqual([...fixture.finalists].sort());
    expect(data.rows.find((r) => r.id === fixture.finalists[1])).toMatchObject({ versions: 1, latest: 1, approved: null });
  });

  it('shows the editor with links per sentence, the evidence list, the versions and a diff of two chosen versions', async () => {
    const id = fixture.finalists[1];
    const first = await loadMotivationEditor(String(fixture.cycleId), String(id), {});
    expect(first.canEdit).toBe(true);
    expect(first.sentences.every((s) => s.status === 'supported' && s.evidence.length > 0)).toBe(true);
    const hrefs = first.sentences.flatMap((s) => s.evidence.map((e) => e.href));
    expect(hrefs).toContain(`/arrangor/omgang/${fixture.cycleId}/topplista`);
    // Comment and application links lead to their full text in the page's evidence list.
    for (const h of hrefs.filter((x) => x.startsWith('#'))) expect(first.underlag.map((u) => `#${u.anchor}`)).toContain(h);

    const edited = first.sentences.map((s, i) => ({ id: s.id, text: i === 0 ? `${s.text} Tillägg.` : s.text }));
    expect(await saveMotivationVersion({ nominationId: id, baseVersion: 1, sentences: edited })).toMatchObject({ ok: true, data: { version: 2 } });
    const data = await loadMotivationEditor(String(fixture.cycleId), String(id), { fran: '1', till: '2' });
    expect(data.versions.map((v) => [v.version, v.author])).toEqual([
      [1, 'Olle'],
      [2, 'Olle'],
    ]);
    expect(data.diff?.parts.filter((p) => p.kind === 'added').map((p) => p.text.trim())).toContain('Tillägg.');
    expect((await loadMotivationEditor(String(fixture.cycleId), String(id), { fran: '1', till: '9' })).diffRequestInvalid).toBe(true);
  });

  it('says why there is nothing to edit for a nomination that is not a finalist', async () => {
    const data = await loadMotivationEditor(String(fixture.cycleId), String(fixture.outsider), {});
    expect(data.refusal).toMatch(/finalisterna och vinnaren/);
    expect(data.canEdit).toBe(false);
    expect(data.versions).toEqual([]);
  });
});
