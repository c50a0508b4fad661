import 'server-only';
/**
 * Creating an invitation (token, row, mail, audit) inside the caller's write
 * transaction — shared by the invitation actions and the nomination of
 * key-figure nominees, which adds the cycle and a note (the reason) to the mail.
 */
import type { Db } from '@/db/client';
import { appendAudit } from '@/db/queries/audit';
import { insertInvitation, pendingInvitationEmails, replaceInvitationToken, type InvitationRow } from '@/db/queries/invitations';
import { existingEmails, knownKommunkoder, municipalityByCode } from '@/db/queries/people';
import { appBaseUrl } from '@/lib/mail/config';
import { sendMail } from '@/lib/mail/send';
import { invitationMail } from '@/lib/mail/templates';
import { INVITATION_TTL_MS, newToken } from '@/lib/mail/tokens';
import { formatDateTime } from '@/lib/time';
import { vt } from '@/lib/i18n/validation';
import type { CsvLine, InviteKind } from '@/lib/validation/invitation';

export type NewInvitation = {
  kind: InviteKind;
  email: string;
  name: string | null;
  organisation: string | null;
  kommunkod: string | null;
  /** The cycle the invitation belongs to (a key-figure nomination), if any. */
  cycleId?: number | null;
  /** A paragraph for the mail, e.g. why the municipality was nominated. */
  note?: string | null;
};

/** Adds the errors only the database can tell: unknown kommunkod, an account or a pending invitation, a repeat in the list. */
export function checkAgainstDatabase(db: Db, lines: CsvLine[], now: string): CsvLine[] {
  const emails = lines.map((l) => l.email).filter(Boolean);
  const accounts = existingEmails(db, emails);
  const pending = pendingInvitationEmails(db, emails, now);
  const codes = knownKommunkoder(db, lines.map((l) => l.kommunkod ?? '').filter((k) => /^\d{4}$/.test(k)));
  const seen = new Map<string, number>();
  return lines.map((l) => {
    const errors = [...l.errors];
    if (l.kommunkod && /^\d{4}$/.test(l.kommunkod) && !codes.has(l.kommunkod))
      errors.push(vt('valActInvitations.unknownKommunkod', { kommunkod: l.kommunkod }));
    if (l.email) {
      if (accounts.has(l.email)) errors.push(vt('valActInvitations.lineAccount', { email: l.email }));
      else if (pending.has(l.email)) errors.push(vt('valActInvitations.linePending', { email: l.email }));
      const first = seen.get(l.email);
      if (first !== undefined) errors.push(vt('valActInvitations.lineRepeated', { email: l.email, line: first }));
      else seen.set(l.email, l.line);
    }
    return { ...l, errors };
  });
}

/** Creates the invitation and its mail; inside the caller's transaction. */
export function createInvitation(tx: Db, actorId: number, inv: NewInvitation, nowDate: Date) {
  const { token, tokenHash } = newToken();
  const now = nowDate.toISOString();
  const expiresAt = new Date(nowDate.getTime() + INVITATION_TTL_MS).toISOString();
  const row = insertInvitation(tx, {
    email: inv.email,
    name: inv.name,
    role: inv.kind,
    organisation: inv.organisation,
    kommunkod: inv.kommunkod,
    cycleId: inv.cycleId ?? null,
    tokenHash,
    expiresAt,
    invitedBy: actorId,
    createdAt: now,
  });
  const municipality = inv.kommunkod ? (municipalityByCode(tx, inv.kommunkod)?.name ?? null) : null;
  sendMail(
    tx,
    invitationMail({
      to: inv.email,
      name: inv.name,
      role: inv.kind,
      municipality,
      link: `${appBaseUrl()}/inbjudan/${token}`,
      expiresText: formatDateTime(expiresAt),
      note: inv.note ?? null,
    }),
  );
  appendAudit(tx, {
    actorId,
    action: 'invitation.created',
    entity: 'invitation',
    entityId: row.id,
    after: { email: inv.email, role: inv.kind, name: inv.name, organisation: inv.organisation, kommunkod: inv.kommunkod, expiresAt, ...(inv.cycleId ? { cycleId: inv.cycleId } : {}) },
    at: now,
  });
  return { id: row.id, email: inv.email };
}


/** A new link and expiry for a pending invitation, and its mail again (with the note); inside the caller's transaction. */
export function reissueInvitation(tx: Db, row: InvitationRow, nowDate: Date, note: string | null) {
  const { token, tokenHash } = newToken();
  const expiresAt = new Date(nowDate.getTime() + INVITATION_TTL_MS).toISOString();
  replaceInvitationToken(tx, row.id, tokenHash, expiresAt);
  const municipality = row.kommunkod ? (municipalityByCode(tx, row.kommunkod)?.name ?? null) : null;
  sendMail(
    tx,
    invitationMail({ to: row.email, name: row.name, role: row.role, municipality, link: `${appBaseUrl()}/inbjudan/${token}`, expiresText: formatDateTime(expiresAt), note }),
  );
  return { id: row.id, email: row.email, expiresAt };
}
