import { and, eq, isNull } from 'drizzle-orm';
import { writeTransaction, type Db } from '@/db/client';
import { appendAudit } from '@/db/queries/audit';
import { phaseDatesMap } from '@/db/queries/applications';
import { cycles, invitations, municipalities, nominations, users } from '@/db/schema';
import { permits } from '@/lib/domain/phases';
import { UserError } from '@/lib/errors';
import { vt } from '@/lib/i18n/validation';
import { appBaseUrl } from '@/lib/mail/config';
import { sendMail } from '@/lib/mail/send';
import { invitationMail } from '@/lib/mail/templates';
import { INVITATION_TTL_MS, newToken } from '@/lib/mail/tokens';
import { formatDateTime, nowIso } from '@/lib/time';
import { refusalText } from '@/lib/i18n/refusal';

/**
 * Self-registrations wait for the organiser's approval. There is no table for them
 * (db/schema is fixed), so they live in the cycle's JSON settings under
 * `registrations`; every change to them is a read-modify-write inside one write
 * transaction, with an audit entry.
 */

export type Registration = {
  id: number;
  kommunkod: string;
  name: string;
  title: string;
  email: string;
  createdAt: string;
  status: 'pending' | 'approved' | 'rejected';
  decidedAt?: string;
  decidedBy?: number;
};

function registrationsOf(settings: Record<string, unknown>): Registration[] {
  return Array.isArray(settings.registrations) ? (settings.registrations as Registration[]) : [];
}

function saveRegistrations(tx: Db, cycleId: number, settings: Record<string, unknown>, list: Registration[]) {
  tx.update(cycles).set({ settings: { ...settings, registrations: list } }).where(eq(cycles.id, cycleId)).run();
}

/** Cycles a municipality can register for now (open applications, open_application mode, within the dates). */
export function cyclesOpenForRegistration(db: Db, now: Date) {
  return db
    .select({ id: cycles.id, name: cycles.name, mode: cycles.mode, phase: cycles.phase })
    .from(cycles)
    .where(eq(cycles.phase, 'applications_open'))
    .all()
    .filter((c) => permits({ mode: c.mode, phase: c.phase, dates: phaseDatesMap(db, c.id) }, 'self_register', now).ok)
    .map((c) => ({ id: c.id, name: c.name }));
}

/** What a registering contact is told, in the reader's language when read (valEntry). */
export const REGISTRATION_MESSAGES = {
  get received() {
    return vt('valEntry.registrationReceived');
  },
  get duplicate() {
    return vt('valEntry.registrationDuplicate');
  },
  get account() {
    return vt('valEntry.account');
  },
  get noMunicipality() {
    return vt('valEntry.registrationNoMunicipality');
  },
  get noCycle() {
    return vt('valEntry.registrationNoCycle');
  },
};

export function registerSelf(db: Db, input: { cycleId: number; kommunkod: string; name: string; title: string; email: string }, now: Date): { id: number } {
  return writeTransaction(db, (tx) => {
    const cycle = tx.select().from(cycles).where(eq(cycles.id, input.cycleId)).get();
    if (!cycle) throw new UserError(REGISTRATION_MESSAGES.noCycle, 404);
    const verdict = permits({ mode: cycle.mode, phase: cycle.phase, dates: phaseDatesMap(tx, cycle.id) }, 'self_register', now);
    if (!verdict.ok) throw new UserError(refusalText(verdict), 409);
    if (!tx.select({ k: municipalities.kommunkod }).from(municipalities).where(eq(municipalities.kommunkod, input.kommunkod)).get())
      throw new UserError(REGISTRATION_MESSAGES.noMunicipality, 422, { kommunkod: REGISTRATION_MESSAGES.noMunicipality });
    if (tx.select({ id: users.id }).from(users).where(eq(users.email, input.email)).get())
      throw new UserError(REGISTRATION_MESSAGES.account, 409, { email: REGISTRATION_MESSAGES.account });
    const list = registrationsOf(cycle.settings);
    if (list.some((r) => r.email === input.email && r.status === 'pending'))
      throw new UserError(REGISTRATION_MESSAGES.duplicate, 409, { email: REGISTRATION_MESSAGES.duplicate });
    const id = list.reduce((m, r) => Math.max(m, r.id), 0) + 1;
    const reg: Registration = { id, kommunkod: input.kommunkod, name: input.name, title: input.title, email: input.email, createdAt: nowIso(now), status: 'pending' };
    saveRegistrations(tx, cycle.id, cycle.settings, [...list, reg]);
    appendAudit(tx, { at: nowIso(now), actorId: null, action: 'registration.submitted', entity: 'registration', entityId: `${cycle.id}:${id}`, cycleId: cycle.id, after: reg });
    return { id };
  });
}

/** Every registration with its municipality and cycle, pending first. */
export function allRegistrations(db: Db) {
  const names = new Map(db.select({ k: municipalities.kommunkod, name: municipalities.name, county: municipalities.county }).from(municipalities).all().map((m) => [m.k, m]));
  return db
    .select({ id: cycles.id, name: cycles.name, settings: cycles.settings })
    .from(cycles)
    .all()
    .flatMap((c) =>
      registrationsOf(c.settings).map((r) => ({ ...r, cycleId: c.id, cycleName: c.name, municipality: names.get(r.kommunkod)?.name ?? r.kommunkod, county: names.get(r.kommunkod)?.county ?? '' })),
    )
    .sort((a, b) => (a.status === 'pending' ? 0 : 1) - (b.status === 'pending' ? 0 : 1) || a.createdAt.localeCompare(b.createdAt));
}

/**
 * Approves a registration: the municipality's application in the cycle (created if
 * it has none — one per municipality and cycle), an invitation with a set-password
 * link in the outbox, and the audit entry, all in one transaction.
 */
export function decideRegistration(db: Db, actorId: number, input: { cycleId: number; registrationId: number }, decision: 'approved' | 'rejected', now: Date) {
  return writeTransaction(db, (tx) => {
    const cycle = tx.select().from(cycles).where(eq(cycles.id, input.cycleId)).get();
    const list = cycle ? registrationsOf(cycle.settings) : [];
    const reg = list.find((r) => r.id === input.registrationId);
    if (!cycle || !reg) throw new UserError(vt('valActRegistration.notFound'), 404);
    if (reg.status !== 'pending') throw new UserError(vt('valActRegistration.handled'), 409);
    const at = nowIso(now);
    let nominationId: number | null = null;
    let invitationId: number | null = null;
    if (decision === 'approved') {
      if (tx.select({ id: users.id }).from(users).where(eq(users.email, reg.email)).get()) throw new UserError(REGISTRATION_MESSAGES.account, 409);
      const existing = tx
        .select({ id: nominations.id })
        .from(nominations)
        .where(and(eq(nominations.cycleId, cycle.id), eq(nominations.kommunkod, reg.kommunkod)))
        .get();
      nominationId =
        existing?.id ??
        tx.insert(nominations).values({ cycleId: cycle.id, kommunkod: reg.kommunkod, status: 'draft', answers: {}, updatedAt: at, createdAt: at }).returning({ id: nominations.id }).get().id;
      const pending = tx
        .select({ id: invitations.id })
        .from(invitations)
        .where(and(eq(invitations.email, reg.email), isNull(invitations.usedAt), isNull(invitations.revokedAt)))
        .all();
      if (pending.length === 0) {
        const { token, tokenHash } = newToken();
        const expiresAt = new Date(now.getTime() + INVITATION_TTL_MS).toISOString();
        invitationId = tx
          .insert(invitations)
          .values({ cycleId: cycle.id, email: reg.email, name: reg.name, role: 'municipality', kommunkod: reg.kommunkod, tokenHash, expiresAt, invitedBy: actorId, createdAt: at })
          .returning({ id: invitations.id })
          .get().id;
        const municipality = tx.select({ name: municipalities.name }).from(municipalities).where(eq(municipalities.kommunkod, reg.kommunkod)).get()?.name ?? null;
        sendMail(tx, invitationMail({ to: reg.email, name: reg.name, role: 'municipality', municipality, link: `${appBaseUrl()}/inbjudan/${token}`, expiresText: formatDateTime(expiresAt) }));
      }
    }
    const updated: Registration = { ...reg, status: decision, decidedAt: at, decidedBy: actorId };
    saveRegistrations(tx, cycle.id, cycle.settings, list.map((r) => (r.id === reg.id ? updated : r)));
    appendAudit(tx, {
      at,
      actorId,
      action: decision === 'approved' ? 'registration.approved' : 'registration.rejected',
      entity: 'registration',
      entityId: `${cycle.id}:${reg.id}`,
      cycleId: cycle.id,
      before: { status: 'pending' },
      after: { status: decision, email: reg.email, kommunkod: reg.kommunkod, nominationId, invitationId },
    });
    return { nominationId, invitationId };
  });
}
