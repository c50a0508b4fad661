import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
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

const { nominate, inviteNominee, respondToNomination } = await import('@/lib/actions/nominees');
const { chooseDevelopmentMunicipality } = await import('@/lib/actions/development');
const { runScreeningAction, saveScreeningModel } = await import('@/lib/actions/screening');
const { loadNominees, loadNominationResponse, loadMunicipalityScreening } = await import('@/lib/loaders/nominees');
const { loadDevelopment } = await import('@/lib/loaders/development');
const { freshDatabase } = await import('../helpers/db');
const { syncMunicipalities } = await import('@/seeds/municipalities');

const t = freshDatabase('nominees');
const organiser: CurrentUser = { id: 1, email: 'a@example.org', name: 'A', role: 'organiser', organisation: null, kommunkod: null, municipalityName: null, isDemo: false };
const juror: CurrentUser = { ...organiser, id: 2, role: 'juror', organisation: 'SKR' };

const MODEL = {
  components: [
    { name: 'Resultat för medborgarna', weight: 60, kpis: [{ id: 'N03102', direction: 'higher' }] },
    { name: 'Skatt', weight: 40, kpis: [{ id: 'N00901', direction: 'lower' }] },
  ],
  years: 3,
  minCoverage: 0.5,
};
let keyCycle: number;
let openCycle: number;
let runId: number;
let codes: string[];
let names: Map<string, string>;
let contactOf: CurrentUser;
let otherContact: CurrentUser;

const c = () => t.db.$client;
const audit = (action: string) => c().prepare('select * from audit_log where action = ? order by id').all(action) as { entity_id: string; after: string; cycle_id: number }[];
const outbox = () => c().prepare('select "to", subject, body from outbox order by id').all() as { to: string; subject: string; body: string }[];
const nomination = (kommunkod: string, cycleId = keyCycle) =>
  c().prepare('select * from nominations where cycle_id = ? and kommunkod = ?').get(cycleId, kommunkod) as
    | { id: number; status: string; nomination_reason: string; screening_run_id: number; responded_at: string | null }
    | undefined;

beforeAll(async () => {
  syncMunicipalities(t.db);
  c().prepare("insert into users (id, email, name, role, created_at) values (1, 'a@example.org', 'A', 'organiser', 'x'), (2, 'j@example.org', 'J', 'juror', 'x')").run();
  c().prepare("insert into kpis (id, name, unit, direction, component) values ('N03102', 'Resultat', '%', 'higher', 'financial_strength'), ('N00901', 'Skattesats', '%', 'lower', 'financial_strength')").run();
  keyCycle = Number(c().prepare("insert into cycles (year, name, mode, phase, created_at) values (2029, 'Nyckeltal 2029', 'key_figures', 'screening', 'x')").run().lastInsertRowid);
  openCycle = Number(c().prepare("insert into cycles (year, name, mode, phase, created_at) values (2029, 'Öppen 2029', 'open_application', 'applications_open', 'x')").run().lastInsertRowid);
  const ins = c().prepare('insert into indicator_values (kommunkod, kpi_id, year, value) values (?, ?, ?, ?)');
  const rows = c().prepare('select kommunkod, name from municipalities order by kommunkod limit 30').all() as { kommunkod: string; name: string }[];
  codes = rows.map((r) => r.kommunkod);
  names = new Map(rows.map((r) => [r.kommunkod, r.name]));
  // municipality i: result grows with i (the last is best), tax is the same shape reversed (lower is better for the last)
  codes.forEach((k, i) => {
    for (const year of [2023, 2024, 2025]) {
      ins.run(k, 'N03102', year, i === 5 ? 5 + (year - 2023) * 10 : i + (year - 2023) * (i % 3) * 0.1);
      ins.run(k, 'N00901', year, 30 - i * 0.1);
    }
  });
  const best = codes[codes.length - 1];
  c().prepare("insert into users (id, email, name, role, kommunkod, created_at) values (10, 'kontakt@best.se', 'Kim', 'municipality', ?, 'x'), (11, 'kontakt@other.se', 'Ola', 'municipality', ?, 'x')").run(best, codes[0]);
  contactOf = { ...organiser, id: 10, email: 'kontakt@best.se', role: 'municipality', kommunkod: best, municipalityName: names.get(best)! };
  otherContact = { ...organiser, id: 11, email: 'kontakt@other.se', role: 'municipality', kommunkod: codes[0], municipalityName: names.get(codes[0])! };
  current.user = organiser;
  expect((await saveScreeningModel({ cycleId: keyCycle, modelJson: JSON.stringify(MODEL) })).ok).toBe(true);
  const run = await runScreeningAction({ cycleId: keyCycle, topN: 3 });
  if (!run.ok) throw new Error(run.error);
  runId = run.data.runId;
});

beforeEach(() => {
  current.user = organiser;
});

/** The run's top three, best first. */
const top = () => [...codes].reverse().slice(0, 3);
const reasonOf = (k: string) => `Skälet för ${names.get(k)} är att den ligger i toppen.`;

describe('nominate from a stored run', () => {
  it('refuses a juror, an open-application cycle, a run of another cycle and a municipality with too little data — writing nothing', async () => {
    current.user = juror;
    expect(await nominate({ cycleId: keyCycle, runId, nominees: [{ kommunkod: top()[0], reason: reasonOf(top()[0]) }] })).toMatchObject({ ok: false });
    current.user = organiser;
    expect(await nominate({ cycleId: openCycle, runId, nominees: [{ kommunkod: top()[0], reason: reasonOf(top()[0]) }] })).toMatchObject({
      ok: false,
      error: expect.stringContaining('urval på nyckeltal'),
    });
    const noData = (c().prepare('select kommunkod from municipalities order by kommunkod desc limit 1').get() as { kommunkod: string }).kommunkod;
    expect(await nominate({ cycleId: keyCycle, runId, nominees: [{ kommunkod: noData, reason: 'Saknar data men ändå nominerad.' }], changeReason: 'Vi vill ha med den.' })).toMatchObject({
      ok: false,
      error: expect.stringContaining('otillräckliga data'),
    });
    expect(c().prepare('select count(*) as n from nominations').get()).toEqual({ n: 0 });
  });

  it('needs a written reason when the choice differs from the proposal', async () => {
    const [a, b] = top();
    const res = await nominate({ cycleId: keyCycle, runId, nominees: [a, b].map((k) => ({ kommunkod: k, reason: reasonOf(k) })) });
    expect(res).toMatchObject({ ok: false, fieldErrors: { changeReason: expect.stringContaining(`tar bort ${names.get(top()[2])}`) } });
    expect(c().prepare('select count(*) as n from nominations').get()).toEqual({ n: 0 });
  });

  it('stores the proposal as invited nominations with reason and run, audited', async () => {
    const res = await nominate({ cycleId: keyCycle, runId, nominees: top().map((k) => ({ kommunkod: k, reason: reasonOf(k) })) });
    expect(res).toMatchObject({ ok: true });
    for (const k of top()) expect(nomination(k)).toMatchObject({ status: 'invited', nomination_reason: reasonOf(k), screening_run_id: runId, responded_at: null });
    expect(audit('nomination.nominated')).toHaveLength(3);
    expect(audit('nominees.changed_from_proposal')).toHaveLength(0);
  });

  it('nominates a municipality once per cycle', async () => {
    const [a] = top();
    expect(await nominate({ cycleId: keyCycle, runId, nominees: [{ kommunkod: a, reason: reasonOf(a) }] })).toMatchObject({ ok: false, error: expect.stringContaining('redan nominerad') });
    expect(c().prepare('select count(*) as n from nominations where kommunkod = ?').get(a)).toEqual({ n: 1 });
  });

  it('adds the next on the list with a reason for the change, audited', async () => {
    const fourth = [...codes].reverse()[3];
    expect(await nominate({ cycleId: keyCycle, runId, nominees: [{ kommunkod: fourth, reason: reasonOf(fourth) }] })).toMatchObject({ ok: false, fieldErrors: { changeReason: expect.any(String) } });
    expect(await nominate({ cycleId: keyCycle, runId, nominees: [{ kommunkod: fourth, reason: reasonOf(fourth) }], changeReason: 'Ersätter en kommun som kan tacka nej.' })).toMatchObject({ ok: true });
    const change = audit('nominees.changed_from_proposal');
    expect(change).toHaveLength(1);
    expect(JSON.parse(change[0].after)).toMatchObject({ added: [fourth], removed: [], reason: 'Ersätter en kommun som kan tacka nej.' });
  });
});

describe('invite a nominee', () => {
  it('mails the contacts with an account, with the reason in the text, and audits it', async () => {
    const best = top()[0];
    const n = nomination(best)!;
    const before = outbox().length;
    expect(await inviteNominee({ nominationId: n.id })).toMatchObject({ ok: true, data: { mailed: ['kontakt@best.se'], resent: false } });
    const mail = outbox().slice(before);
    expect(mail).toHaveLength(1);
    expect(mail[0]).toMatchObject({ to: 'kontakt@best.se', subject: expect.stringContaining('nominerad') });
    expect(mail[0].body).toContain(reasonOf(best));
    expect(audit('nomination.invited').map((a) => a.entity_id)).toEqual([String(n.id)]);
    // again = resend
    expect(await inviteNominee({ nominationId: n.id })).toMatchObject({ ok: true, data: { resent: true } });
    expect(audit('nomination.invitation_resent')).toHaveLength(1);
  });

  it('asks for an e-mail when the municipality has no contact, then invites one through the invitation machinery', async () => {
    const second = top()[1];
    const n = nomination(second)!;
    expect(await inviteNominee({ nominationId: n.id })).toMatchObject({ ok: false, fieldErrors: { email: expect.stringContaining('ingen kontaktperson') } });
    expect(await inviteNominee({ nominationId: n.id, email: 'kontakt@best.se' })).toMatchObject({ ok: false, error: expect.stringContaining('inte hör till') });
    const before = outbox().length;
    expect(await inviteNominee({ nominationId: n.id, email: 'Ny@Kommun.se', name: 'Nina' })).toMatchObject({ ok: true, data: { mailed: ['ny@kommun.se'] } });
    const inv = c().prepare('select * from invitations where email = ?').get('ny@kommun.se') as { cycle_id: number; kommunkod: string; role: string };
    expect(inv).toMatchObject({ cycle_id: keyCycle, kommunkod: second, role: 'municipality' });
    const [mail] = outbox().slice(before);
    expect(mail.body).toContain('/inbjudan/');
    expect(mail.body).toContain(reasonOf(second));
    expect(audit('invitation.created')).toHaveLength(1);
    // a resend gives the pending invitation a new link with the reason again
    expect(await inviteNominee({ nominationId: n.id })).toMatchObject({ ok: true, data: { mailed: ['ny@kommun.se'], resent: true } });
  });
});

describe('the municipality answers', () => {
  it('is refused for another municipality (404) and for an organiser', async () => {
    const n = nomination(top()[0])!;
    current.user = otherContact;
    expect(await respondToNomination({ nominationId: n.id, response: 'accept' })).toMatchObject({ ok: false, error: expect.stringContaining('gäller inte er kommun') });
    current.user = organiser;
    expect(await respondToNomination({ nominationId: n.id, response: 'accept' })).toMatchObject({ ok: false });
    expect(nomination(top()[0])!.status).toBe('invited');
  });

  it('accepts: the application opens as a draft, responded_at set, audited; a second answer is refused', async () => {
    const n = nomination(top()[0])!;
    current.user = contactOf;
    expect(await respondToNomination({ nominationId: n.id, response: 'accept' })).toEqual({ ok: true, data: { status: 'draft', nominationId: n.id, announced: false } });
    expect(nomination(top()[0])).toMatchObject({ status: 'draft', responded_at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) });
    expect(audit('nomination.accepted')).toHaveLength(1);
    expect(await respondToNomination({ nominationId: n.id, response: 'decline' })).toMatchObject({ ok: false, error: 'Nomineringen är redan besvarad.' });
    current.user = organiser;
    expect(await inviteNominee({ nominationId: n.id })).toMatchObject({ ok: false, error: expect.stringContaining('redan svarat') });
  });

  it('declines with a reason (kept in the audit), and nothing can be answered outside the nomination phases', async () => {
    const third = top()[2];
    c().prepare("insert into users (id, email, name, role, kommunkod, created_at) values (12, 'k3@x.se', 'Tre', 'municipality', ?, 'x')").run(third);
    const n = nomination(third)!;
    current.user = { ...organiser, id: 12, email: 'k3@x.se', role: 'municipality', kommunkod: third, municipalityName: names.get(third)! };
    c().prepare("update cycles set phase = 'review' where id = ?").run(keyCycle);
    expect(await respondToNomination({ nominationId: n.id, response: 'decline' })).toMatchObject({ ok: false, error: expect.stringContaining('Screening på nyckeltal') });
    c().prepare("update cycles set phase = 'applications_open' where id = ?").run(keyCycle);
    expect(await respondToNomination({ nominationId: n.id, response: 'decline', reason: 'Vi har inte resurser i år.' })).toMatchObject({ ok: true, data: { status: 'declined' } });
    expect(nomination(third)).toMatchObject({ status: 'declined', responded_at: expect.any(String) });
    expect(JSON.parse(audit('nomination.declined')[0].after)).toEqual({ status: 'declined', reason: 'Vi har inte resurser i år.' });
    c().prepare("update cycles set phase = 'screening' where id = ?").run(keyCycle);
  });
});

describe('the development municipality', () => {
  it('records the choice with its reason in the cycle settings (merged), audited; refuses one without a positive trend', async () => {
    c().prepare('update cycles set settings = ? where id = ?').run(JSON.stringify({ keep: 1 }), keyCycle);
    // municipality 5 climbs from 5 to 25 on the result KPI while the others barely move; 0 stays at the bottom
    const grower = codes[5];
    const res = await chooseDevelopmentMunicipality({ cycleId: keyCycle, kommunkod: grower, reason: 'Stadig förbättring tre år i rad.' });
    expect(res).toMatchObject({ ok: true });
    const settings = JSON.parse((c().prepare('select settings from cycles where id = ?').get(keyCycle) as { settings: string }).settings);
    expect(settings.keep).toBe(1);
    expect(settings.developmentMunicipality).toMatchObject({ kommunkod: grower, reason: 'Stadig förbättring tre år i rad.', years: [2023, 2024, 2025] });
    expect(audit('development.chosen')).toHaveLength(1);
    expect(await chooseDevelopmentMunicipality({ cycleId: keyCycle, kommunkod: codes[0], reason: 'Ingen utveckling alls här.' })).toMatchObject({ ok: false, fieldErrors: { kommunkod: expect.any(String) } });
    expect(await chooseDevelopmentMunicipality({ cycleId: openCycle, kommunkod: grower, reason: 'Fel sorts omgång här.' })).toMatchObject({ ok: false });
  });
});

describe('what the pages show (loaders)', () => {
  it('the nominees page: each nominee with its invitation state and times, the decline with its reason, and the next on the list', async () => {
    const page = await loadNominees(keyCycle);
    const by = new Map(page.nominees.map((n) => [n.kommunkod, n]));
    const [first, second, third] = top();
    expect(by.get(first)).toMatchObject({ state: 'accepted', timesInvited: 2, contacts: ['kontakt@best.se'] });
    expect(by.get(first)!.firstInvitedAt).toMatch(/^\d{4}-/);
    expect(by.get(second)).toMatchObject({ state: 'invited', invitations: [{ email: 'ny@kommun.se', status: 'pending' }] });
    expect(by.get(third)).toMatchObject({ state: 'declined', declineReason: 'Vi har inte resurser i år.' });
    expect(by.get([...codes].reverse()[3])).toMatchObject({ state: 'not_invited' });
    expect(page.nextOnList).toMatchObject({ kommunkod: [...codes].reverse()[4] });
    expect(page.candidates.slice(0, 3).every((c) => c.proposed && c.nominated && c.stability !== null)).toBe(true);
    current.user = juror;
    await expect(loadNominees(keyCycle)).rejects.toThrow('HTTP 403');
  });

  it('the municipality sees its own nomination with the reason, nobody else’s', async () => {
    const n = nomination(top()[0])!;
    current.user = contactOf;
    expect(await loadNominationResponse(n.id)).toMatchObject({ reason: reasonOf(top()[0]), status: 'draft', canRespond: false });
    current.user = otherContact;
    expect(await loadNominationResponse(n.id)).toBeNull();
  });

  it('the profile shows rank, components and nomination; the development view the top and the choice', async () => {
    const profile = await loadMunicipalityScreening(top()[0]);
    expect(profile?.run).toMatchObject({ rank: 1, ranked: 30 });
    expect(profile?.run?.components.map((c) => c.name)).toEqual(['Resultat för medborgarna', 'Skatt']);
    expect(profile?.nomination).toMatchObject({ state: 'accepted' });
    const dev = await loadDevelopment(keyCycle);
    expect(dev.top[0]).toMatchObject({ kommunkod: codes[5], rank: 1 });
    expect(dev.choice).toMatchObject({ kommunkod: codes[5] });
  });
});
