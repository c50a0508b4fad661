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
import { UserError } from '@/lib/errors';
import { appBaseUrl } from '@/lib/mail/config';
import { sendMail } from '@/lib/mail/send';
import { nowIso } from '@/lib/time';

const SIGNATURE = '\n\nVänliga hälsningar\nSekretariatet för Sveriges KvalitetsKommun';

export function reopenApplication(db: Db, input: { nominationId: number; reason: string; actorId: number }, now = new Date()): { mailed: number } {
  return writeTransaction(db, (tx) => {
    const n = nominationById(tx, input.nominationId);
    if (!n) throw new UserError('Ansökan finns inte.', 404);
    if (n.status !== 'submitted') throw new UserError('Ansökan är inte inskickad, så den är redan öppen för kommunen.', 409);
    if (n.cyclePhase !== 'applications_open') {
      throw new UserError('En ansökan kan bara öppnas igen medan ansökan är öppen. Flytta först tillbaka omgången till ”Ansökan öppen”.', 409);
    }
    const at = nowIso(now);
    tx.update(nominations).set({ status: 'draft', submittedAt: null, updatedAt: at }).where(eq(nominations.id, n.id)).run();
    const contacts = municipalityContacts(tx, n.kommunkod);
    for (const c of contacts) {
      sendMail(tx, {
        to: c.email,
        subject: `Er ansökan till ${n.cycleName} är öppnad igen`,
        body:
          `Hej ${c.name}!\n\nSekretariatet har öppnat er ansökan till ${n.cycleName} igen, så att ni kan ändra och lämna in den på nytt.\n\n` +
          `Skäl: ${input.reason}\n\nLogga in här:\n${appBaseUrl()}/kommun/ansokan/${n.id}\n\nGlöm inte att lämna in ansökan igen före sista dag.` +
          SIGNATURE,
      });
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
