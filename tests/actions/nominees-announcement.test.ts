/**
 * The public announcement of the nominees (set, move, clear; hidden before, listed after;
 * a decline afterwards) and editing a nomination's reason, through the real actions
 * against a fresh database.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CurrentUser } from '@/lib/auth/session';

const current: { user: CurrentUser | null } = { user: null };
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => current.user }));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));
vi.mock('next/navigation', () => ({
  forbidden: () => {
    throw new Error('HTTP 403');
  },
  notFound: () => {
    throw new Error('HTTP 404');
  },
  redirect: (to: string) => {
    throw new Error(`redirect ${to}`);
  },
}));

const { announceNominees, clearNomineesAnnouncement } = await import('@/lib/actions/nominees-announcement');
const { editNominationReason } = await import('@/lib/actions/nominees-reason');
const { inviteNominee, respondToNomination } = await import('@/lib/actions/nominees');
const { loadNominees } = await import('@/lib/loaders/nominees');
const { publicNomineesOfYear } = await import('@/lib/loaders/public-nominees');
const { MESSAGES } = await import('@/lib/errors');
const { readAuditRows } = await import('@/lib/audit/read-chain');
const { verifyAuditChain } = await import('@/lib/audit/verify-chain');
const { freshDatabase } = await import('../helpers/db');
const { syncMunicipalities } = await import('@/seeds/municipalities');

const t = freshDatabase('nominees-announcement');
const c = () => t.db.$client;
const organiser: CurrentUser = { id: 1, email: 'a@example.org', name: 'A', role: 'organiser', organisation: null, kommunkod: null, municipalityName: null, isDemo: false };
const juror: CurrentUser = { ...organiser, id: 2, email: 'j@example.org', role: 'juror', organisation: 'SKR' };

/** Stockholm wall time of the tests' "now" is 2031-02-01 10:00 (UTC+1 in winter). */
const NOW = new Date('2031-02-01T09:00:00.000Z');
const REASON = 'Plats 1 av 290 i screeningen på nyckeltal.';
let keyCycle: number;
let openCycle: number;
let noms: { id: number; kommunkod: string; name: string }[];
let openNomination: number;
const contact = (i: number): CurrentUser => ({ ...organiser, id: 100 + i, email: `k${i}@kommun.se`, role: 'municipality', kommunkod: noms[i].kommunkod, municipalityName: noms[i].name });

const cycleRow = () => c().prepare('select nominees_announce_at as at from cycles where id = ?').get(keyCycle) as { at: string | null };
const audits = (action: string) => c().prepare('select before, after from audit_log where action = ? order by id').all(action) as { before: string | null; after: string }[];
const reasonOf = (id: number) => (c().prepare('select nomination_reason as r from nominations where id = ?').get(id) as { r: string | null }).r;
const names = (now: Date) => publicNomineesOfYear(t.db, 2031, now)?.cycles.flatMap((x) => x.nominees.map((n) => n.name)) ?? null;

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  syncMunicipalities(t.db);
  c().prepare("insert into users (id, email, name, role, created_at) values (1, 'a@example.org', 'A', 'organiser', 'x'), (2, 'j@example.org', 'J', 'juror', 'x')").run();
  keyCycle = Number(c().prepare("insert into cycles (year, name, mode, phase, created_at) values (2031, 'Nyckeltal 2031', 'key_figures', 'screening', 'x')").run().lastInsertRowid);
  openCycle = Number(c().prepare("insert into cycles (year, name, mode, phase, created_at) values (2031, 'Öppen 2031', 'open_application', 'applications_open', 'x')").run().lastInsertRowid);
  const kommuner = c().prepare('select kommunkod, name from municipalities order by kommunkod limit 4').all() as { kommunkod: string; name: string }[];
  const ins = c().prepare("insert into nominations (cycle_id, kommunkod, status, nomination_reason, updated_at, created_at) values (?, ?, 'invited', ?, 'x', 'x')");
  noms = kommuner.map((k) => ({ id: Number(ins.run(keyCycle, k.kommunkod, REASON).lastInsertRowid), kommunkod: k.kommunkod, name: k.name }));
  openNomination = Number(c().prepare("insert into nominations (cycle_id, kommunkod, status, updated_at, created_at) values (?, ?, 'draft', 'x', 'x')").run(openCycle, kommuner[0].kommunkod).lastInsertRowid);
  const user = c().prepare("insert into users (id, email, name, role, kommunkod, created_at) values (?, ?, 'Kontakt', 'municipality', ?, 'x')");
  noms.forEach((n, i) => user.run(100 + i, `k${i}@kommun.se`, n.kommunkod));
  // The first three get their invitation; the fourth is nominated but not yet told.
  current.user = organiser;
  for (const n of noms.slice(0, 3)) expect(await inviteNominee({ nominationId: n.id })).toMatchObject({ ok: true });
  // The second accepts.
  current.user = contact(1);
  expect(await respondToNomination({ nominationId: noms[1].id, response: 'accept' })).toMatchObject({ ok: true, data: { announced: false } });
});

afterAll(() => {
  vi.useRealTimers();
  t.cleanup();
});

beforeEach(() => {
  current.user = organiser;
});
afterEach(() => {
  vi.setSystemTime(NOW);
});

describe('setting, moving and clearing the announcement', () => {
  it('is refused to a juror, a municipality and the signed-out, before anything is read or written', async () => {
    for (const who of [juror, contact(0), null]) {
      current.user = who;
      const refusal = who ? MESSAGES.forbidden : MESSAGES.signedOut;
      expect(await announceNominees({ cycleId: keyCycle, date: '2031-03-01', time: '19:00' })).toEqual({ ok: false, error: refusal });
      expect(await clearNomineesAnnouncement({ cycleId: keyCycle })).toEqual({ ok: false, error: refusal });
      expect(await editNominationReason({ nominationId: noms[0].id, reason: 'Ett nytt skäl som är långt nog.' })).toEqual({ ok: false, error: refusal });
    }
    expect(cycleRow().at).toBeNull();
    expect(reasonOf(noms[0].id)).toBe(REASON);
  });

  it('refuses an open-application cycle, an unknown cycle, a time that has passed and an unreadable time — writing nothing', async () => {
    expect(await announceNominees({ cycleId: openCycle, date: '2031-03-01', time: '19:00' })).toMatchObject({ ok: false, error: expect.stringContaining('öppen ansökan') });
    expect(await announceNominees({ cycleId: 999_999, date: '2031-03-01', time: '19:00' })).toMatchObject({ ok: false, error: expect.stringContaining('finns inte') });
    expect(await announceNominees({ cycleId: keyCycle, date: '2031-02-01', time: '09:59:59' })).toMatchObject({ ok: false, fieldErrors: { date: expect.stringContaining('redan passerat') } });
    expect(await announceNominees({ cycleId: keyCycle, date: '2031-02-30', time: '19:00' })).toMatchObject({ ok: false, fieldErrors: { time: expect.stringContaining('finns inte') } });
    expect(await announceNominees({ cycleId: keyCycle, date: '1 mars', time: '19:00' })).toMatchObject({ ok: false, fieldErrors: { date: expect.any(String) } });
    expect(await clearNomineesAnnouncement({ cycleId: keyCycle })).toMatchObject({ ok: false, error: expect.stringContaining('Ingen tid') });
    expect(cycleRow().at).toBeNull();
    expect(audits('cycle.nominees_announcement_set')).toHaveLength(0);
  });

  it('sets the instant from Stockholm time, moves it and clears it, each audited with before and after', async () => {
    expect(await announceNominees({ cycleId: keyCycle, date: '2031-03-01', time: '19:00' })).toEqual({ ok: true, data: { announceAt: '2031-03-01T18:00:00.000Z', shown: '1 mars 2031 kl. 19.00' } });
    expect(await announceNominees({ cycleId: keyCycle, date: '2031-06-01', time: '10:00:30' })).toMatchObject({ ok: true, data: { announceAt: '2031-06-01T08:00:30.000Z' } });
    expect(audits('cycle.nominees_announcement_set').map((a) => [JSON.parse(a.before!), JSON.parse(a.after)])).toEqual([[{ nomineesAnnounceAt: null }, { nomineesAnnounceAt: '2031-03-01T18:00:00.000Z' }]]);
    expect(audits('cycle.nominees_announcement_moved').map((a) => [JSON.parse(a.before!), JSON.parse(a.after)])).toEqual([
      [{ nomineesAnnounceAt: '2031-03-01T18:00:00.000Z' }, { nomineesAnnounceAt: '2031-06-01T08:00:30.000Z' }],
    ]);
    expect(await clearNomineesAnnouncement({ cycleId: keyCycle })).toEqual({ ok: true, data: { cleared: true } });
    expect(cycleRow().at).toBeNull();
    expect(JSON.parse(audits('cycle.nominees_announcement_cleared')[0].before!)).toEqual({ nomineesAnnounceAt: '2031-06-01T08:00:30.000Z' });
  });
});

describe('before and after the instant', () => {
  it('nothing of the nominees is public before the instant; after it the invited and accepted are, by name — and the instant can no longer change', async () => {
    expect(names(NOW)).toBeNull();
    expect(await announceNominees({ cycleId: keyCycle, date: '2031-03-01', time: '19:00' })).toMatchObject({ ok: true });
    const at = Date.parse('2031-03-01T18:00:00.000Z');
    expect(names(NOW)).toBeNull();
    expect(names(new Date(at - 1))).toBeNull();
    const shown = names(new Date(at));
    expect(shown).toEqual([...noms.slice(0, 3).map((n) => n.name)].sort((a, b) => a.localeCompare(b, 'sv')));
    expect(shown).not.toContain(noms[3].name);
    expect(publicNomineesOfYear(t.db, 2030, new Date(at + 1000))).toBeNull();

    const page = await loadNominees(keyCycle);
    expect(page.announcement).toMatchObject({ at: '2031-03-01T18:00:00.000Z', isPublic: false, canChange: true, fields: { date: '2031-03-01', time: '19:00:00' }, notInvited: [noms[3].name] });

    vi.setSystemTime(new Date(at + 1000));
    expect(await announceNominees({ cycleId: keyCycle, date: '2031-09-01', time: '19:00' })).toMatchObject({ ok: false, error: expect.stringContaining('redan offentliga sedan 1 mars 2031 kl. 19.00') });
    expect(await clearNomineesAnnouncement({ cycleId: keyCycle })).toMatchObject({ ok: false, error: expect.stringContaining('redan offentliga') });
    expect(cycleRow().at).toBe('2031-03-01T18:00:00.000Z');
    expect((await loadNominees(keyCycle)).announcement).toMatchObject({ isPublic: true, canChange: false, declinedAfter: [] });
  });

  it('a nominee declining after the announcement leaves the public list; the audit and the organiser’s page say so', async () => {
    const after = new Date(Date.parse('2031-03-01T18:00:00.000Z') + 60_000);
    vi.setSystemTime(after);
    current.user = contact(2);
    expect(await respondToNomination({ nominationId: noms[2].id, response: 'decline', reason: 'Vi har inte tid i år.' })).toMatchObject({ ok: true, data: { status: 'declined', announced: true } });
    expect(JSON.parse(audits('nomination.declined')[0].after)).toEqual({ status: 'declined', reason: 'Vi har inte tid i år.', afterAnnouncement: true });
    expect(names(after)).toEqual([noms[0].name, noms[1].name].sort((a, b) => a.localeCompare(b, 'sv')));
    current.user = organiser;
    expect((await loadNominees(keyCycle)).announcement.declinedAfter).toEqual([noms[2].name]);
  });
});

describe('editing a reason', () => {
  it('is refused when too short, too long, for an unknown nomination or one of an open-application cycle — writing nothing', async () => {
    expect(await editNominationReason({ nominationId: noms[0].id, reason: '   kort   ' })).toMatchObject({ ok: false, fieldErrors: { reason: expect.stringContaining('minst tio tecken') } });
    expect(await editNominationReason({ nominationId: noms[0].id, reason: 'x'.repeat(601) })).toMatchObject({ ok: false, fieldErrors: { reason: expect.stringContaining('högst 600') } });
    expect(await editNominationReason({ nominationId: 999_999, reason: 'Ett nytt skäl som är långt nog.' })).toMatchObject({ ok: false, error: 'Nomineringen finns inte.' });
    expect(await editNominationReason({ nominationId: openNomination, reason: 'Ett nytt skäl som är långt nog.' })).toMatchObject({ ok: false, error: 'Nomineringen finns inte.' });
    expect(reasonOf(noms[0].id)).toBe(REASON);
    expect(audits('nomination.reason_edited')).toHaveLength(0);
  });

  it('saves the trimmed reason, audited with before and after; the same text again changes nothing; a declined nomination keeps its reason', async () => {
    const text = 'Stadigt bland de främsta på alla tre komponenterna.';
    expect(await editNominationReason({ nominationId: noms[0].id, reason: `  ${text}  ` })).toEqual({ ok: true, data: { changed: true, reason: text } });
    expect(reasonOf(noms[0].id)).toBe(text);
    expect(audits('nomination.reason_edited').map((a) => [JSON.parse(a.before!), JSON.parse(a.after)])).toEqual([[{ reason: REASON }, { reason: text }]]);
    expect(await editNominationReason({ nominationId: noms[0].id, reason: text })).toEqual({ ok: true, data: { changed: false, reason: text } });
    expect(audits('nomination.reason_edited')).toHaveLength(1);
    expect(await editNominationReason({ nominationId: noms[2].id, reason: 'Ett nytt skäl som är långt nog.' })).toMatchObject({ ok: false, error: expect.stringContaining('tackat nej') });
    expect(reasonOf(noms[2].id)).toBe(REASON);
  });

  it('keeps the audit chain intact over all of it', () => {
    const { rows, lastIssuedId } = readAuditRows(c());
    expect(verifyAuditChain(rows, lastIssuedId).ok).toBe(true);
  });
});
