/**
 * The organiser reopens a submitted application (a wrong document, a technical
 * problem at the deadline): it becomes a draft again, the municipality's contacts
 * are told why by mail, and the reopening is audited. Only while applications are
 * open — in review, move the cycle back to "Ansökan öppen" first (a deliberate,
 * audited step that warns about scores already given).
 */
import { eq } from 'drizzle-orm';
import { writeTransaction, type Db } from '@/db/client';
import { municipalityContacts } from '@/db/queries/applications-admin';
import { appendAudit } from '@/db/queries/audit';
import { nominationById } from '@/db/queries/nominations';
import { nominations } from '@/db/schema';
import { findUserLocale } from '@/db/queries/preferences';
import { UserError } from '@/lib/errors';
import { phaseName } from '@/lib/i18n/server-locale';
import { vt } from '@/lib/i18n/validation';
import { appBaseUrl } from '@/lib/mail/config';
import { sendMail } from '@/lib/mail/send';
import { reopenApplicationMail } from '@/lib/mail/templates';
import { nowIso } from '@/lib/time';


export function reopenApplication(db: Db, input: { nominationId: number; reason: string; actorId: number }, now = new Date()): { mailed: number } {
  return writeTransaction(db, (tx) => {
    const n = nominationById(tx, input.nominationId);
    if (!n) throw new UserError(vt('valActReopenApplication.notFound'), 404);
    if (n.status !== 'submitted') throw new UserError(vt('valActReopenApplication.notSubmitted'), 409);
    if (n.cyclePhase !== 'applications_open') {
      throw new UserError(vt('valActReopenApplication.onlyWhileOpen', { phase: phaseName('applications_open') }), 409);
    }
    const at = nowIso(now);
    tx.update(nominations).set({ status: 'draft', submittedAt: null, updatedAt: at }).where(eq(nominations.id, n.id)).run();
    const contacts = municipalityContacts(tx, n.kommunkod);
    for (const c of contacts) {
      // In the contact's own language (users.locale), Swedish unless they chose English.
      sendMail(
        tx,
        reopenApplicationMail({ to: c.email, name: c.name, cycle: n.cycleName, reason: input.reason, link: `${appBaseUrl()}/kommun/ansokan/${n.id}`, locale: findUserLocale(tx, c.id) }),
      );
    }
    appendAudit(tx, {
      actorId: input.actorId,
      action: 'application.reopened',
      entity: 'nomination',
      entityId: n.id,
      cycleId: n.cycleId,
      before: { status: 'submitted', submittedAt: n.submittedAt },
      after: { status: 'draft', reason: input.reason, mailed: contacts.length },
      at,
    });
    return { mailed: contacts.length };
  });
}
