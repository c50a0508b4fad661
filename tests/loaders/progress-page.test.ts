import { afterAll, describe, expect, it, vi } from 'vitest';
import type { CurrentUser } from '@/lib/auth/session';

const current: { user: CurrentUser | null } = { user: null };
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => current.user }));

const { freshDatabase } = await import('../helpers/db');
const { seedSmallCycle, asCurrent } = await import('../mail/fixture');
const { loadProgressPage, MATRIX_PAGE_SIZE, progressOfCycle } = await import('@/lib/loaders/progress');
const { assignments, conflicts, nominations, scoreSheets } = await import('@/db/schema');

const t = freshDatabase('progress-page');
afterAll(() => t.cleanup());
const at = '2026-11-02T10:00:00.000Z';
// More nominations than fit on one page of the matrix.
const fx = seedSmallCycle(t.db, { jurors: 3, nominations: 8 });
const taken = new Set(fx.nominations.map((n) => n.kommunkod));
const more = (t.db.$client.prepare('select kommunkod from municipalities order by kommunkod').all() as { kommunkod: string }[])
  .map((m) => m.kommunkod)
  .filter((k) => !taken.has(k))
  .slice(0, MATRIX_PAGE_SIZE + 5 - 8);
for (const kommunkod of more) fx.nominations.push(t.db.insert(nominations).values({ cycleId: fx.cycle.id, kommunkod, status: 'submitted', updatedAt: at, createdAt: at }).returning().get());
const [J0, J1] = fx.jurors;
for (const n of fx.nominations) t.db.insert(assignments).values({ nominationId: n.id, jurorId: J0.id, createdAt: at }).run();
for (const n of fx.nominations) t.db.insert(scoreSheets).values({ nominationId: n.id, jurorId: J0.id, status: 'submitted', submittedAt: at, updatedAt: at }).run();
t.db.insert(conflicts).values({ cycleId: fx.cycle.id, jurorId: J1.id, kommunkod: fx.nominations[0].kommunkod, reason: 'Bor där', createdAt: at }).run();

describe('the progress page on a large cycle', () => {
  it('shows the matrix one page of nominations at a time, with the counts over all of them', async () => {
    current.user = asCurrent(fx.organiser);
    const all = progressOfCycle(t.db, fx.cycle.id)!.progress;
    const first = await loadProgressPage(fx.cycle.id);
    expect(first.matrix).toEqual({ page: 1, pages: 2, from: 1, to: MATRIX_PAGE_SIZE, of: MATRIX_PAGE_SIZE + 5 });
    expect(first.nominations.map((n) => n.id)).toEqual(all.nominations.slice(0, MATRIX_PAGE_SIZE).map((n) => n.id));
    const row = (p: typeof first, id: number) => p.rows.find((r) => r.juror.id === id)!;
    expect(row(first, J0.id).cells).toHaveLength(MATRIX_PAGE_SIZE);
    // The juror's counts (and the totals) cover every nomination, not only the page shown.
    expect(row(first, J0.id).counts).toMatchObject({ assigned: MATRIX_PAGE_SIZE + 5, submitted: MATRIX_PAGE_SIZE + 5 });
    expect(first.totals).toEqual({ assigned: MATRIX_PAGE_SIZE + 5, submitted: MATRIX_PAGE_SIZE + 5 });
    // Progress over time: every sheet was submitted on 2 November (Stockholm), all of those assigned.
    expect(first.timeline).toEqual({ total: MATRIX_PAGE_SIZE + 5, days: [{ date: '2026-11-02', submitted: MATRIX_PAGE_SIZE + 5, cumulative: MATRIX_PAGE_SIZE + 5 }] });

    const second = await loadProgressPage(fx.cycle.id, undefined, 2);
    expect(second.matrix).toMatchObject({ page: 2, from: MATRIX_PAGE_SIZE + 1, to: MATRIX_PAGE_SIZE + 5 });
    expect(second.nominations.map((n) => n.id)).toEqual(all.nominations.slice(MATRIX_PAGE_SIZE).map((n) => n.id));
    expect(row(second, J0.id).cells.every((c) => c.state === 'submitted')).toBe(true);
    // Out of range pages show the nearest page.
    expect((await loadProgressPage(fx.cycle.id, undefined, 99)).matrix.page).toBe(2);
    expect((await loadProgressPage(fx.cycle.id, undefined, Number.NaN)).matrix.page).toBe(1);
    // The conflict shows where its nomination is.
    const conflictPage = all.nominations.findIndex((n) => n.id === fx.nominations[0].id) < MATRIX_PAGE_SIZE ? first : second;
    expect(row(conflictPage, J1.id).cells.find((c) => c.nominationId === fx.nominations[0].id)!.state).toBe('conflict');
  });
});

describe('the progress page’s cached timeline, reopen list and reminders', () => {
  it('follow a new assignment, a submission, a new deadline and a renamed cycle', async () => {
    current.user = asCurrent(fx.organiser);
    const { cycles, cyclePhaseDates } = await import('@/db/schema');
    const { eq } = await import('drizzle-orm');
    const [a, b] = fx.nominations.slice(1, 3);
    for (const n of [a, b]) t.db.insert(assignments).values({ nominationId: n.id, jurorId: J1.id, createdAt: at }).run();
    const reminderOf = (p: Awaited<ReturnType<typeof loadProgressPage>>) => p.reminders.find((r) => r.jurorId === J1.id);
    const before = await loadProgressPage(fx.cycle.id);
    expect(reminderOf(before)?.outstanding).toBe(2);
    expect(before.reopen.jurors.map((j) => j.id)).not.toContain(J1.id);

    t.db.insert(scoreSheets).values({ nominationId: a.id, jurorId: J1.id, status: 'submitted', submittedAt: '2026-11-03T10:00:00.000Z', updatedAt: '2026-11-03T10:00:00.000Z' }).run();
    const submitted = await loadProgressPage(fx.cycle.id);
    expect(reminderOf(submitted)?.outstanding).toBe(1);
    expect(submitted.timeline.days.at(-1)).toEqual({ date: '2026-11-03', submitted: 1, cumulative: MATRIX_PAGE_SIZE + 6 });
    expect(submitted.reopen.jurors.find((j) => j.id === J1.id)?.submitted).toBe(1);

    t.db.insert(cyclePhaseDates).values({ cycleId: fx.cycle.id, phase: 'review', endsAt: '2026-12-15T16:00:00.000Z' }).run();
    const withDeadline = await loadProgressPage(fx.cycle.id);
    expect(withDeadline.deadline).toBe('2026-12-15T16:00:00.000Z');
    expect(reminderOf(withDeadline)?.body).not.toBe(reminderOf(submitted)?.body);

    t.db.update(cycles).set({ name: 'Omdöpt omgång 2027' }).where(eq(cycles.id, fx.cycle.id)).run();
    const renamed = await loadProgressPage(fx.cycle.id);
    expect(`${reminderOf(renamed)?.subject} ${reminderOf(renamed)?.body}`).toContain('Omdöpt omgång 2027');
  });
});
