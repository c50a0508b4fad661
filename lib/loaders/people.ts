import 'server-only';
import { notFound } from 'next/navigation';
import { getDb } from '@/db/client';
import { cycleById } from '@/db/queries/assignments';
import { conflictsOfCycle, conflictsOfJuror } from '@/db/queries/conflicts';
import { invitationByTokenHash, invitationStatus, listInvitations, listOutbox } from '@/db/queries/invitations';
import { activeUsersByRole, listPeople, municipalityList } from '@/db/queries/people';
import { cyclesWithCounts } from '@/db/queries/cycles';
import { requireArea } from '@/lib/auth/guards';
import { vt } from '@/lib/i18n/validation';
import { actionLocale, enterLocale } from '@/lib/i18n/server-locale';
import { getCurrentUser } from '@/lib/auth/session';
import { permits } from '@/lib/domain/phases';
import { smtpSettings } from '@/lib/mail/config';
import { hashToken, INVITATION_MESSAGES } from '@/lib/mail/tokens';
import { nowIso } from '@/lib/time';
import { verdictText } from '@/lib/i18n/refusal';

/** The roles a person or an invitation can have; pages name them from the catalogue (orgLabels.roles). */
export type PersonRole = 'organiser' | 'juror' | 'municipality';

/** "Personer": everyone with an account and every invitation with its state. */
export async function loadPeoplePage() {
  const me = await requireArea('arrangor');
  const db = getDb();
  const now = nowIso();
  return {
    me: me.id,
    people: listPeople(db).map((p) => ({
      id: p.id,
      name: p.name,
      email: p.email,
      role: p.role,
      detail: p.role === 'municipality' ? (p.municipality ?? p.kommunkod ?? '') : (p.organisation ?? ''),
      active: p.active,
      isDemo: p.isDemo,
    })),
    invitations: listInvitations(db).map((i) => {
      const status = invitationStatus(i, now);
      return {
        id: i.id,
        email: i.email,
        name: i.name,
        role: i.role,
        detail: i.role === 'municipality' ? (i.municipality ?? i.kommunkod ?? '') : (i.organisation ?? ''),
        status,
        expiresAt: i.expiresAt,
        createdAt: i.createdAt,
      };
    }),
  };
}

/** The municipalities for a select, by name. */
export async function loadInviteForm() {
  await requireArea('arrangor');
  return { municipalities: municipalityList(getDb()) };
}

/** The outbox: every message the platform has written, newest first. */
export async function loadOutbox() {
  await requireArea('arrangor');
  return {
    smtp: smtpSettings() !== null,
    messages: listOutbox(getDb()).map((m) => ({ id: m.id, to: m.to, subject: m.subject, body: m.body, createdAt: m.createdAt, sentAt: m.sentAt })),
  };
}

/**
 * An invitation as its link shows it, for anyone holding the link (no session).
 * Reveals nothing without a valid token but the reason it cannot be used.
 */
export async function loadInvitation(token: string) {
  const found = token.length >= 20 && token.length <= 200 ? invitationByTokenHash(getDb(), hashToken(token)) : undefined;
  const signedIn = await getCurrentUser();
  if (!found) return { state: 'unknown' as const, message: INVITATION_MESSAGES.unknown, signedIn: !!signedIn };
  const status = invitationStatus(found.invitation, nowIso());
  if (status !== 'pending') return { state: status, message: INVITATION_MESSAGES[status], signedIn: !!signedIn };
  const inv = found.invitation;
  return {
    state: 'pending' as const,
    signedIn: !!signedIn,
    invitation: {
      email: inv.email,
      name: inv.name,
      role: inv.role,
      municipality: found.municipality,
      organisation: inv.organisation,
      expiresAt: inv.expiresAt,
    },
  };
}

/** A cycle's conflicts, the jurors and the municipalities to record a new one. */
export async function loadConflictsPage(cycleId: number) {
  const user = await requireArea('arrangor');
  // Phase refusals in the reader's language.
  enterLocale(await actionLocale(user.id));
  if (!Number.isSafeInteger(cycleId) || cycleId <= 0) notFound();
  const db = getDb();
  const cycle = cycleById(db, cycleId);
  if (!cycle) notFound();
  const verdict = permits({ mode: cycle.mode, phase: cycle.phase, dates: {} }, 'declare_conflict', new Date());
  return {
    cycle: { id: cycle.id, name: cycle.name, phase: cycle.phase, closed: verdictText(verdict) },
    conflicts: conflictsOfCycle(db, cycleId).map((c) => ({
      id: c.id,
      juror: c.juror,
      organisation: c.organisation,
      municipality: c.municipality,
      kommunkod: c.kommunkod,
      reason: c.reason,
      declaredBy: c.declaredById === c.jurorId ? vt('valLabels.jurorThemself') : (c.declaredBy ?? '–'),
      createdAt: c.createdAt,
    })),
    jurors: activeUsersByRole(db, 'juror').map((j) => ({ id: j.id, name: j.name, organisation: j.organisation })),
    municipalities: municipalityList(db),
  };
}

/** A juror's profile: their conflicts and the cycles they can still declare one in. */
export async function loadJurorProfile() {
  const user = await requireArea('jury');
  const db = getDb();
  const now = new Date();
  const open = cyclesWithCounts(db)
    .filter((c) => permits({ mode: c.mode, phase: c.phase, dates: {} }, 'declare_conflict', now).ok)
    .map((c) => ({ id: c.id, name: c.name }));
  return {
    juror: { name: user.name, email: user.email, organisation: user.organisation },
    conflicts: conflictsOfJuror(db, user.id).map((c) => ({ id: c.id, cycleName: c.cycleName, municipality: c.municipality, reason: c.reason, createdAt: c.createdAt })),
    cycles: open,
    municipalities: municipalityList(db),
  };
}
