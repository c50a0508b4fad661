/**
 * Erasing a person (GDPR article 17) without breaking a finished ranking: the
 * account keeps its id, so scores, comments and interview notes stay linked to a
 * pseudonym ("Raderad person 12") and every ranking stays reproducible; the name,
 * e-mail, title, password, two-factor secrets, sessions, invitations, reset links,
 * mail to them, self-registrations and their entries as an application contact are
 * removed or blanked. One write transaction, with an audit entry that itself holds
 * no personal data.
 *
 * Left as it is: earlier audit entries. They form a hash chain that must not be
 * rewritten, and the app keeps them for accountability (GDPR art. 17(3)(b) and (e));
 * they name the account by id, and their before/after fields can hold a name
 * written at the time (e.g. an invitation). The privacy notice says so.
 */
import { eq } from 'drizzle-orm';
import { writeTransaction, type Db } from '@/db/client';
import { appendAudit } from '@/db/queries/audit';
import { cycles, invitations, nominations, outbox, passwordResets, sessions, users } from '@/db/schema';
import { UserError } from '@/lib/errors';
import { vt } from '@/lib/i18n/validation';
import { nowIso } from '@/lib/time';

export const pseudonymName = (id: number) => `Raderad person ${id}`;
export const pseudonymEmail = (id: number) => `raderad-${id}@raderad.invalid`;

export type ErasureSummary = {
  userId: number;
  sessions: number;
  invitations: number;
  passwordResets: number;
  mail: number;
  registrations: number;
  applicationContacts: number;
};

export function erasePerson(db: Db, input: { userId: number; actorId: number }, now = new Date()): ErasureSummary {
  return writeTransaction(db, (tx) => {
    const person = tx.select().from(users).where(eq(users.id, input.userId)).get();
    if (!person) throw new UserError('Personen finns inte.', 404);
    if (person.id === input.actorId) throw new UserError(vt('valActGdpr.eraseSelf'), 409);
    if (person.erasedAt) throw new UserError(vt('valActGdpr.alreadyErased'), 409);
    const email = person.email.toLowerCase();
    const at = nowIso(now);

    tx.update(users)
      .set({
        name: pseudonymName(person.id),
        email: pseudonymEmail(person.id),
        title: null,
        passwordHash: null,
        totpSecret: null,
        totpEnabledAt: null,
        recoveryCodes: null,
        active: false,
        sessionVersion: person.sessionVersion + 1,
        erasedAt: at,
      })
      .where(eq(users.id, person.id))
      .run();
    const sessionCount = tx.delete(sessions).where(eq(sessions.userId, person.id)).run().changes;
    const resetCount = tx.delete(passwordResets).where(eq(passwordResets.userId, person.id)).run().changes;

    let invitationCount = 0;
    for (const i of tx.select({ id: invitations.id, email: invitations.email }).from(invitations).all()) {
      if (i.email.toLowerCase() === email) invitationCount += tx.delete(invitations).where(eq(invitations.id, i.id)).run().changes;
    }
    let mailCount = 0;
    for (const m of tx.select({ id: outbox.id, to: outbox.to }).from(outbox).all()) {
      if (m.to.toLowerCase() === email) mailCount += tx.delete(outbox).where(eq(outbox.id, m.id)).run().changes;
    }

    let registrationCount = 0;
    for (const c of tx.select({ id: cycles.id, settings: cycles.settings }).from(cycles).all()) {
      const list = Array.isArray(c.settings?.registrations) ? (c.settings.registrations as Record<string, unknown>[]) : [];
      let changed = false;
      const next = list.map((r) => {
        if (typeof r.email !== 'string' || r.email.toLowerCase() !== email) return r;
        changed = true;
        registrationCount += 1;
        return { ...r, name: pseudonymName(person.id), title: '', email: pseudonymEmail(person.id) };
      });
      if (changed) tx.update(cycles).set({ settings: { ...c.settings, registrations: next } }).where(eq(cycles.id, c.id)).run();
    }

    let contactCount = 0;
    for (const n of tx.select({ id: nominations.id, answers: nominations.answers }).from(nominations).all()) {
      const contacts = Array.isArray(n.answers?.contacts) ? (n.answers.contacts as Record<string, unknown>[]) : [];
      let changed = false;
      const next = contacts.map((c) => {
        if (typeof c?.email !== 'string' || c.email.trim().toLowerCase() !== email) return c;
        changed = true;
        contactCount += 1;
        return { ...c, name: pseudonymName(person.id), email: '', phone: '' };
      });
      if (changed) tx.update(nominations).set({ answers: { ...n.answers, contacts: next } }).where(eq(nominations.id, n.id)).run();
    }

    const summary: ErasureSummary = {
      userId: person.id,
      sessions: sessionCount,
      invitations: invitationCount,
      passwordResets: resetCount,
      mail: mailCount,
      registrations: registrationCount,
      applicationContacts: contactCount,
    };
    appendAudit(tx, { actorId: input.actorId, action: 'user.erased', entity: 'user', entityId: person.id, before: null, after: summary, at });
    return summary;
  });
}
