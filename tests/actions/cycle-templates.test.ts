import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { CurrentUser } from '@/lib/auth/session';

const current: { user: CurrentUser | null } = { user: null };
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => current.user }));

const { freshDatabase } = await import('../helpers/db');
const { db } = freshDatabase('cycle-templates');
const { createCycle } = await import('@/lib/actions/cycles');
const { rubricOf } = await import('@/db/queries/cycles');
const { RUBRIC_2025, CLASSIC_RUBRIC } = await import('@/lib/domain/rubric-templates');

beforeAll(() => {
  const id = Number(db.$client.prepare("insert into users (email, name, role, created_at) values ('a@example.org', 'A', 'organiser', 'x')").run().lastInsertRowid);
  current.user = { id, email: 'a@example.org', name: 'A', role: 'organiser', organisation: null, kommunkod: null, municipalityName: null, isDemo: false };
});

describe('rubric templates when a cycle is created', () => {
  it('the 2025 template holds the four areas the award has judged since 2025, each with criteria and guidance', () => {
    expect(RUBRIC_2025.areas.map((a) => a.name)).toEqual([
      'Digitalisering och innovation',
      'Ledarskap och medarbetarskap',
      'Samspelet mellan politiker och tjänstepersoner',
      'Förmåga att utvecklas och ställa om',
    ]);
    for (const a of RUBRIC_2025.areas) {
      expect(a.criteria.length).toBeGreaterThanOrEqual(3);
      for (const c of a.criteria) expect([c.guidance, c.low, c.mid, c.high].every((s) => s.length > 5)).toBe(true);
    }
  });

  it('a key-figure cycle created from the 2025 template gets its areas (editable rubric rows); without a template, the classic one', async () => {
    const made = await createCycle({ year: 2031, name: 'Nyckeltal 2031', mode: 'key_figures', copyFromCycleId: '', template: '2025' });
    if (!made.ok) throw new Error(made.error);
    expect(rubricOf(db, made.data.id).map((a) => a.key)).toEqual(RUBRIC_2025.areas.map((a) => a.key));
    expect(rubricOf(db, made.data.id)[0].criteria.map((c) => c.title)).toEqual(RUBRIC_2025.areas[0].criteria.map((c) => c.title));
    const classic = await createCycle({ year: 2031, name: 'Öppen 2031', mode: 'open_application', copyFromCycleId: '' });
    if (!classic.ok) throw new Error(classic.error);
    expect(rubricOf(db, classic.data.id).map((a) => a.key)).toEqual(CLASSIC_RUBRIC.areas.map((a) => a.key));
    expect(await createCycle({ year: 2033, name: 'Okänd mall', copyFromCycleId: '', template: 'nope' })).toMatchObject({ ok: false, fieldErrors: { template: 'Välj en bedömningsmall.' } });
  });
});
