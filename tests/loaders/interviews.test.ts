import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { CurrentUser } from '@/lib/auth/session';

const current: { user: CurrentUser | null } = { user: null };
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => current.user }));
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
const t = freshDatabase('interviews-loader');
const { seedDemo } = await import('@/seeds/demo');
const { syncMunicipalities } = await import('@/seeds/municipalities');
const { loadInterviewOverview } = await import('@/lib/loaders/arrangor');

const base = { organisation: null, kommunkod: null, municipalityName: null, isDemo: true };
const organiser: CurrentUser = { ...base, id: 1, email: 'arrangor@example.org', name: 'A', role: 'organiser' };

describe("the organiser's interview overview", () => {
  let cycleId: number;
  let finalist: { id: number; name: string };

  beforeAll(async () => {
    syncMunicipalities(t.db);
    await seedDemo(t.db);
    const c = t.db.$client;
    cycleId = (c.prepare('select id from cycles').get() as { id: number }).id;
    finalist = c.prepare('select n.id, m.name from nominations n join municipalities m on m.kommunkod = n.kommunkod order by n.id limit 1').get() as { id: number; name: string };
    c.prepare('update nominations set finalist = 1 where id in (?, ?)').run(finalist.id, finalist.id + 1);
    const areas = c.prepare('select id from rubric_areas where cycle_id = ? order by position').all(cycleId) as { id: number }[];
    const jurors = c.prepare("select id from users where role = 'juror' order by email limit 2").all() as { id: number }[];
    const ins = c.prepare(
      "insert into interview_notes (nomination_id, juror_id, area_id, interviewed_roles, interview_date, observations, strengths, concerns, score, updated_at) values (?, ?, ?, 'KSO, kommundirektör', '2027-09-01', ?, 'Tydlig styrmodell', '', ?, 'x')",
    );
    ins.run(finalist.id, jurors[0].id, areas[0].id, 'Dialog med medborgarna varje kvartal', 4);
    ins.run(finalist.id, jurors[1].id, areas[0].id, 'Medborgarpanel', 5);
    ins.run(finalist.id, jurors[1].id, areas[2].id, 'Låg sjukfrånvaro', 3);
  }, 60_000);

  it('shows each finalist with every juror’s notes per area, side by side', async () => {
    current.user = organiser;
    const data = await loadInterviewOverview(String(cycleId));
    expect(data.finalists).toHaveLength(2);
    const f = data.finalists.find((x) => x.id === finalist.id)!;
    expect(f.municipality).toBe(finalist.name);
    expect(f.jurors).toHaveLength(2);
    expect(f.areas.map((a) => a.notes.length)).toEqual([2, 0, 1, 0]);
    expect(f.areas[0].notes.map((n) => [n.observations, n.score])).toEqual(
      expect.arrayContaining([
        ['Dialog med medborgarna varje kvartal', 4],
        ['Medborgarpanel', 5],
      ]),
    );
    expect(data.finalists.find((x) => x.id !== finalist.id)!.jurors).toEqual([]);
  });

  it('is for organisers only, and 404 for an unknown cycle', async () => {
    current.user = { ...organiser, id: 2, role: 'juror' };
    await expect(loadInterviewOverview(String(cycleId))).rejects.toThrow('forbidden');
    current.user = null;
    await expect(loadInterviewOverview(String(cycleId))).rejects.toThrow(/redirect/);
    current.user = organiser;
    await expect(loadInterviewOverview('999999')).rejects.toThrow('notFound');
  });
});
