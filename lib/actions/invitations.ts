'use server';
/**
 * Invitations: one by one or from a pasted list, resend, revoke, and the
 * invitee's acceptance. Only the SHA-256 of a token is stored; the link with the
 * token itself exists only in the mail (the outbox without SMTP).
 */
import { actionLocale, runInLocale } from '@/lib/i18n/server-locale';
import { vt } from '@/lib/i18n/validation';
import { writeTransaction, type Db } from '@/db/client';
import { appendAudit } from '@/db/queries/audit';
import {
  invitationById,
  invitationByTokenHash,
  invitationStatus,
  markInvitationRevoked,
  markInvitationUsed,
  replaceInvitationToken,
} from '@/db/queries/invitations';
import { createUser, existingEmails, municipalityByCode } from '@/db/queries/people';
import { findUserByEmail } from '@/db/queries/users';
import { getDb } from '@/db/client';
import { defineAction, fieldErrorsOf, type ActionResult } from '@/lib/actions/define-action';
import { checkAgainstDatabase, createInvitation, type NewInvitation } from '@/lib/invitations/create';
import { hashPassword } from '@/lib/auth/password';
import { ROLE_HOME_PATH } from '@/lib/domain/policies';
import { MESSAGES, UserError } from '@/lib/errors';
import { appBaseUrl } from '@/lib/mail/config';
import { sendMail } from '@/lib/mail/send';
import { invitationMail } from '@/lib/mail/templates';
import { hashToken, INVITATION_MESSAGES, INVITATION_TTL_MS, newToken } from '@/lib/mail/tokens';
import { formatDateTime, nowIso } from '@/lib/time';
import {
  acceptInvitationSchema,
  csvInviteSchema,
  invitationIdSchema,
  jurorInviteSchema,
  municipalityInviteSchema,
  parseInviteCsv,
} from '@/lib/validation/invitation';

function inviteOne(db: Db, actorId: number, inv: NewInvitation, field: 'email') {
  return writeTransaction(db, (tx) => {
    const nowDate = new Date();
    const [line] = checkAgainstDatabase(
      tx,
      [{ line: 1, raw: '', name: inv.name, organisation: inv.organisation, email: inv.email, kommunkod: inv.kommunkod, errors: [] }],
      nowDate.toISOString(),
    );
    if (line.errors.length > 0) {
      const kommunError = line.errors.find((e) => e.startsWith('Kommunkoden'));
      const emailError = line.errors.find((e) => !e.startsWith('Kommunkoden'));
      const fieldErrors: Record<string, string> = {};
      if (emailError) fieldErrors[field] = emailError;
      if (kommunError) fieldErrors.kommunkod = kommunError;
      throw new UserError(line.errors[0], 409, fieldErrors);
    }
    return createInvitation(tx, actorId, inv, nowDate);
  });
}

export const inviteJuror = defineAction({
  name: 'invitations.inviteJuror',
  roles: ['organiser'],
  schema: jurorInviteSchema,
  handler: ({ user, input, db }) =>
    inviteOne(db, user.id, { kind: 'juror', email: input.email, name: input.name, organisation: input.organisation, kommunkod: null }, 'email'),
});

export const inviteMunicipality = defineAction({
  name: 'invitations.inviteMunicipality',
  roles: ['organiser'],
  schema: municipalityInviteSchema,
  handler: ({ user, input, db }) =>
    inviteOne(db, user.id, { kind: 'municipality', email: input.email, name: input.name ?? null, organisation: null, kommunkod: input.kommunkod }, 'email'),
});

/** Checks a pasted list without changing anything: each line with its errors. */
export const previewInvitationCsv = defineAction({
  name: 'invitations.previewCsv',
  roles: ['organiser'],
  schema: csvInviteSchema,
  handler: ({ input, db }) => {
    const lines = checkAgainstDatabase(db, parseInviteCsv(input.kind, input.csv), nowIso());
    return { lines, valid: lines.filter((l) => l.errors.length === 0).length, invalid: lines.filter((l) => l.errors.length > 0).length };
  },
});

/** Invites everyone on a pasted list, all or nothing: one bad line and nothing changes. */
export const inviteFromCsv = defineAction({
  name: 'invitations.inviteCsv',
  roles: ['organiser'],
  schema: csvInviteSchema,
  handler: ({ user, input, db }) =>
    writeTransaction(db, (tx) => {
      const nowDate = new Date();
      const lines = checkAgainstDatabase(tx, parseInviteCsv(input.kind, input.csv), nowDate.toISOString());
      if (lines.length === 0) throw new UserError(vt('valActInvitations.emptyList'), 422, { csv: vt('valActInvitations.emptyListField') });
      const bad = lines.filter((l) => l.errors.length > 0);
      if (bad.length > 0)
        throw new UserError(
          vt(bad.length === 1 ? 'valActInvitations.badLine' : 'valActInvitations.badLines', { count: bad.length, lines: bad.map((l) => l.line).join(', ') }),
          422,
          { csv: vt('valActInvitations.badLinesField') },
        );
      const created = lines.map((l) =>
        createInvitation(tx, user.id, { kind: input.kind, email: l.email, name: l.name, organisation: l.organisation, kommunkod: l.kommunkod }, nowDate),
      );
      return { count: created.length };
    }),
});

/** A new link (the old one stops working) with a new expiry, for an invitation not yet accepted or revoked. */
export const resendInvitation = defineAction({
  name: 'invitations.resend',
  roles: ['organiser'],
  schema: invitationIdSchema,
  handler: ({ user, input, db }) =>
    writeTransaction(db, (tx) => {
      const row = invitationById(tx, input.invitationId);
      if (!row) throw new UserError(vt('valActInvitations.noInvitation'), 404);
      const nowDate = new Date();
      const status = invitationStatus(row, nowDate.toISOString());
      if (status === 'accepted') throw new UserError(vt('valActInvitations.acceptedResend'), 409);
      if (status === 'revoked') throw new UserError(vt('valActInvitations.revokedResend'), 409);
      if (existingEmails(tx, [row.email]).size > 0) throw new UserError(vt('valActInvitations.accountExists', { email: row.email }), 409);
      const { token, tokenHash } = newToken();
      const expiresAt = new Date(nowDate.getTime() + INVITATION_TTL_MS).toISOString();
      replaceInvitationToken(tx, row.id, tokenHash, expiresAt);
      const municipality = row.kommunkod ? (municipalityByCode(tx, row.kommunkod)?.name ?? null) : null;
      sendMail(
        tx,
        invitationMail({
          to: row.email,
          name: row.name,
          role: row.role,
          municipality,
          link: `${appBaseUrl()}/inbjudan/${token}`,
          expiresText: formatDateTime(expiresAt),
        }),
      );
      appendAudit(tx, {
        actorId: user.id,
        action: 'invitation.resent',
        entity: 'invitation',
        entityId: row.id,
        before: { expiresAt: row.expiresAt, status },
        after: { expiresAt },
        at: nowDate.toISOString(),
      });
      return { id: row.id, expiresAt };
    }),
});

export const revokeInvitation = defineAction({
  name: 'invitations.revoke',
  roles: ['organiser'],
  schema: invitationIdSchema,
  handler: ({ user, input, db }) =>
    writeTransaction(db, (tx) => {
      const row = invitationById(tx, input.invitationId);
      if (!row) throw new UserError(vt('valActInvitations.noInvitation'), 404);
      const now = nowIso();
      const status = invitationStatus(row, now);
      if (status === 'accepted') throw new UserError(vt('valActInvitations.acceptedRevoke'), 409);
      if (status === 'revoked') throw new UserError(vt('valActInvitations.revokedRevoke'), 409);
      markInvitationRevoked(tx, row.id, now);
      appendAudit(tx, {
        actorId: user.id,
        action: 'invitation.revoked',
        entity: 'invitation',
        entityId: row.id,
        before: { status },
        after: { status: 'revoked' },
        at: now,
      });
      return { id: row.id };
    }),
});


/**
 * The invitee accepts: chooses a password (at least 12 characters) and gets an
 * account with the invitation's role. Not a defineAction: the caller has no
 * session yet. It parses with zod, checks the token, and writes the account, the
 * used mark and the audit entry in one transaction, like every other action.
 */
export async function acceptInvitation(raw: unknown): Promise<ActionResult<{ email: string; home: string }>> {
  // The field errors come in the visitor's language (the kk-locale cookie).
  return runInLocale(await actionLocale(null), () => accept(raw));
}

async function accept(raw: unknown): Promise<ActionResult<{ email: string; home: string }>> {
  const parsed = acceptInvitationSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: MESSAGES.invalid, fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    const { token, password } = parsed.data;
    const passwordHash = await hashPassword(password);
    const db = getDb();
    return writeTransaction(db, (tx) => {
      const found = invitationByTokenHash(tx, hashToken(token));
      if (!found) throw new UserError(INVITATION_MESSAGES.unknown, 404);
      const inv = found.invitation;
      const now = nowIso();
      const status = invitationStatus(inv, now);
      if (status !== 'pending') throw new UserError(INVITATION_MESSAGES[status], 409);
      if (findUserByEmail(tx, inv.email)) throw new UserError(INVITATION_MESSAGES.account, 409);
      if (!markInvitationUsed(tx, inv.id, now)) throw new UserError(INVITATION_MESSAGES.accepted, 409);
      const userId = createUser(tx, {
        email: inv.email,
        name: inv.name?.trim() || (inv.role === 'municipality' ? `Kontakt ${found.municipality ?? ''}`.trim() : inv.email),
        role: inv.role,
        organisation: inv.organisation,
        kommunkod: inv.kommunkod,
        passwordHash,
        createdAt: now,
      });
      appendAudit(tx, {
        actorId: userId,
        action: 'invitation.accepted',
        entity: 'invitation',
        entityId: inv.id,
        before: { status: 'pending' },
        after: { status: 'accepted', userId, role: inv.role, email: inv.email, kommunkod: inv.kommunkod },
        at: now,
      });
      return { ok: true as const, data: { email: inv.email, home: ROLE_HOME_PATH[inv.role] } };
    });
  } catch (err) {
    if (err instanceof UserError) return { ok: false, error: err.message, fieldErrors: err.fieldErrors };
    console.error('[action invitations.accept]', err);
    return { ok: false, error: MESSAGES.server };
  }
}

