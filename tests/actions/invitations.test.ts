import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CurrentUser } from '@/lib/auth/session';

const current: { user: CurrentUser | null } = { user: null };
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => current.user }));

const { freshDatabase } = await import('../helpers/db');
const { seedSmallCycle, asCurrent, auditActions, dumpTables: dumpAllTables } = await import('../mail/fixture');
const actions = await import('@/lib/actions/invitations');
const { verifyPassword } = await import('@/lib/auth/password');

const t = freshDatabase('invitations');
const fx = seedSmallCycle(t.db);
afterAll(() => t.cleanup());

/** The token in the newest outbox message to this address. */
function tokenFromOutbox(email: string): string {
  const row = t.db.$client.prepare('select body from outbox where "to" = ? order by id desc limit 1').get(email) as { body: string };
  const m = /\/inbjudan\/([A-Za-z0-9_-]+)/.exec(row.body);
  if (!m) throw new Error('no link in mail');
  return m[1];
}

const row = (sql: string, ...args: unknown[]) => t.db.$client.prepare(sql).get(...args) as Record<string, unknown> | undefined;

describe('inviting people', () => {
  beforeEach(() => {
    current.user = asCurrent(fx.organiser);
  });

  it('invites a juror: stores only the hash of the token, writes the mail with the link to the outbox, audits', async () => {
    const res = await actions.inviteJuror({ name: 'Nina Nyberg', organisation: 'Vision', email: ' Nina.Nyberg@Example.org ' });
    expect(res).toMatchObject({ ok: true, data: { email: 'nina.nyberg@example.org' } });
    const inv = row('select * from invitations where email = ?', 'nina.nyberg@example.org')!;
    const token = tokenFromOutbox('nina.nyberg@example.org');
    expect(token.length).toBeGreaterThanOrEqual(40);
    expect(JSON.stringify(dumpAllTables(t.db).invitations)).not.toContain(token);
    expect(inv.token_hash).toMatch(/^[0-9a-f]{64}$/);
    const ttlDays = (Date.parse(inv.expires_at as string) - Date.parse(inv.created_at as string)) / 86_400_000;
    expect(ttlDays).toBe(14);
    expect(row('select subject from outbox order by id desc limit 1')!.subject).toBe('Inbjudan till Sveriges KvalitetsKommun');
    expect(auditActions(t.db).at(-1)).toBe('invitation.created');
    expect(JSON.stringify(dumpAllTables(t.db).audit_log)).not.toContain(token);
  });

  it('refuses a duplicate invitation, an existing account and an unknown kommunkod, and changes nothing', async () => {
    const before = dumpAllTables(t.db);
    const dup = await actions.inviteJuror({ name: 'Nina N', organisation: 'Vision', email: 'nina.nyberg@example.org' });
    expect(dup).toMatchObject({ ok: false, error: expect.stringMatching(/redan en inbjudan som väntar/), fieldErrors: { email: expect.any(String) } });
    const account = await actions.inviteJuror({ name: 'J One', organisation: 'SKR', email: 'j1@example.org' });
    expect(account).toMatchObject({ ok: false, error: expect.stringMatching(/redan ett konto/) });
    const unknown = await actions.inviteMunicipality({ email: 'k@example.org', kommunkod: '9999' });
    expect(unknown).toMatchObject({ ok: false, error: expect.stringMatching(/9999 finns inte/), fieldErrors: { kommunkod: expect.any(String) } });
    const badEmail = await actions.inviteMunicipality({ email: 'inte-en-adress', kommunkod: '0114' });
    expect(badEmail).toMatchObject({ ok: false, fieldErrors: { email: expect.stringMatching(/namn@exempel.se/) } });
    expect(dumpAllTables(t.db)).toEqual(before);
  });

  it('previews a pasted list with each bad line marked, and invites all or nothing', async () => {
    const csv = [
      'e-post;kommunkod;namn',
      'a@vallentuna.se;0115;Anna A',
      'b@exempel;0117',
      'c@nowhere.se;9998',
      'a@vallentuna.se;0120',
      'nina.nyberg@example.org;0123',
      'd@ekero.se;0125',
    ].join('\n');
    const preview = await actions.previewInvitationCsv({ kind: 'municipality', csv });
    expect(preview.ok).toBe(true);
    if (!preview.ok) return;
    const byLine = Object.fromEntries(preview.data.lines.map((l) => [l.line, l.errors]));
    expect(byLine[2]).toEqual([]);
    expect(byLine[3].join()).toMatch(/namn@exempel.se/);
    expect(byLine[4].join()).toMatch(/9998 finns inte/);
    expect(byLine[5].join()).toMatch(/finns redan på rad 2/);
    expect(byLine[6].join()).toMatch(/väntar/);
    expect(byLine[7]).toEqual([]);
    expect(preview.data).toMatchObject({ valid: 2, invalid: 4 });

    const before = dumpAllTables(t.db);
    const refused = await actions.inviteFromCsv({ kind: 'municipality', csv });
    expect(refused).toMatchObject({ ok: false, error: expect.stringMatching(/rad 3, 4, 5, 6/) });
    expect(dumpAllTables(t.db)).toEqual(before);

    const good = await actions.inviteFromCsv({ kind: 'juror', csv: 'namn,organisation,e-post\n"Berg, Bo",SKR,bo@example.org\nCia Ek,Saco,cia@example.org\n' });
    expect(good).toEqual({ ok: true, data: { count: 2 } });
    expect(row('select name, organisation, role from invitations where email = ?', 'bo@example.org')).toEqual({ name: 'Berg, Bo', organisation: 'SKR', role: 'juror' });
  });

  it('is for organisers only', async () => {
    current.user = asCurrent(fx.jurors[0]);
    expect(await actions.inviteJuror({ name: 'X Y', organisation: 'SKR', email: 'x@example.org' })).toMatchObject({ ok: false, error: expect.stringMatching(/behörighet/) });
    expect(row('select 1 from invitations where email = ?', 'x@example.org')).toBeUndefined();
  });
});

describe('accepting an invitation', () => {
  beforeEach(() => {
    current.user = asCurrent(fx.organiser);
  });

  it('creates the account with the role and a hashed password, marks the link used; a second use is refused', async () => {
    await actions.inviteMunicipality({ email: 'kontakt@huddinge.se', kommunkod: '0126', name: 'Kim Kontakt' });
    const token = tokenFromOutbox('kontakt@huddinge.se');
    current.user = null;
    const short = await actions.acceptInvitation({ token, password: 'kort', confirm: 'kort' });
    expect(short).toMatchObject({ ok: false, fieldErrors: { password: expect.stringMatching(/minst 12 tecken/) } });
    const mismatch = await actions.acceptInvitation({ token, password: 'ett långt lösenord', confirm: 'ett annat lösenord' });
    expect(mismatch).toMatchObject({ ok: false, fieldErrors: { confirm: expect.stringMatching(/inte lika/) } });

    const ok = await actions.acceptInvitation({ token, password: 'ett långt lösenord', confirm: 'ett långt lösenord' });
    expect(ok).toEqual({ ok: true, data: { email: 'kontakt@huddinge.se', home: '/kommun' } });
    const user = row('select * from users where email = ?', 'kontakt@huddinge.se')!;
    expect(user).toMatchObject({ role: 'municipality', kommunkod: '0126', name: 'Kim Kontakt', active: 1 });
    expect(await verifyPassword(user.password_hash as string, 'ett långt lösenord')).toBe(true);
    expect(row('select used_at from invitations where email = ?', 'kontakt@huddinge.se')!.used_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
    expect(auditActions(t.db).at(-1)).toBe('invitation.accepted');

    const before = dumpAllTables(t.db);
    const again = await actions.acceptInvitation({ token, password: 'ett nytt långt lösenord', confirm: 'ett nytt långt lösenord' });
    expect(again).toMatchObject({ ok: false, error: expect.stringMatching(/redan använts/) });
    expect(dumpAllTables(t.db)).toEqual(before);
  });

  it('refuses a link that expired a second ago and accepts one that has not expired', async () => {
    await actions.inviteJuror({ name: 'Elin Ek', organisation: 'Saco', email: 'elin@example.org' });
    await actions.inviteJuror({ name: 'Emil Ek', organisation: 'Saco', email: 'emil@example.org' });
    const expired = tokenFromOutbox('elin@example.org');
    const fresh = tokenFromOutbox('emil@example.org');
    const now = Date.now();
    t.db.$client.prepare('update invitations set expires_at = ? where email = ?').run(new Date(now - 1000).toISOString(), 'elin@example.org');
    t.db.$client.prepare('update invitations set expires_at = ? where email = ?').run(new Date(now + 60_000).toISOString(), 'emil@example.org');
    current.user = null;
    const before = dumpAllTables(t.db);
    const res = await actions.acceptInvitation({ token: expired, password: 'lösenord-som-är-långt', confirm: 'lösenord-som-är-långt' });
    expect(res).toMatchObject({ ok: false, error: expect.stringMatching(/gått ut/) });
    expect(dumpAllTables(t.db)).toEqual(before);
    expect(await actions.acceptInvitation({ token: fresh, password: 'lösenord-som-är-långt', confirm: 'lösenord-som-är-långt' })).toMatchObject({ ok: true });
  });

  it('resend gives a new link and kills the old one; revoke kills the link; unknown links are refused', async () => {
    await actions.inviteJuror({ name: 'Rut Re', organisation: 'Vision', email: 'rut@example.org' });
    const id = row('select id from invitations where email = ?', 'rut@example.org')!.id as number;
    const first = tokenFromOutbox('rut@example.org');
    expect(await actions.resendInvitation({ invitationId: id })).toMatchObject({ ok: true });
    const second = tokenFromOutbox('rut@example.org');
    expect(second).not.toBe(first);
    expect(auditActions(t.db).at(-1)).toBe('invitation.resent');
    expect(await actions.revokeInvitation({ invitationId: id })).toMatchObject({ ok: true });
    expect(auditActions(t.db).at(-1)).toBe('invitation.revoked');
    expect(await actions.revokeInvitation({ invitationId: id })).toMatchObject({ ok: false, error: expect.stringMatching(/redan återkallad/) });
    expect(await actions.resendInvitation({ invitationId: id })).toMatchObject({ ok: false, error: expect.stringMatching(/återkallad/) });

    current.user = null;
    const pw = { password: 'lösenord-som-är-långt', confirm: 'lösenord-som-är-långt' };
    expect(await actions.acceptInvitation({ token: first, ...pw })).toMatchObject({ ok: false, error: expect.stringMatching(/ogiltig/) });
    expect(await actions.acceptInvitation({ token: second, ...pw })).toMatchObject({ ok: false, error: expect.stringMatching(/återkallats/) });
    expect(await actions.acceptInvitation({ token: 'x'.repeat(43), ...pw })).toMatchObject({ ok: false, error: expect.stringMatching(/ogiltig/) });
    expect(row('select 1 from users where email = ?', 'rut@example.org')).toBeUndefined();
  });
});
