import { vt } from '@/lib/i18n/validation';
import 'server-only';
/**
 * Nomination by key figures: the organiser nominates from a stored screening
 * run (each nominee with its reason) and invites the municipality's contacts;
 * the municipality accepts (its application opens as a draft) or declines.
 */
import { revalidatePath } from 'next/cache';
import { writeTransaction, type Db } from '@/db/client';
import { appendAudit } from '@/db/queries/audit';
import { cycleById } from '@/db/queries/cycles';
import { invitationStatus } from '@/db/queries/invitations';
import {
  existingNominations,
  insertNomination,
  keyFigureNominations,
  municipalityContacts,
  nominationEvents,
  nominationInvitations,
  nominationWithCycle,
  screeningRunById,
  setNominationResponse,
  userByEmail,
} from '@/db/queries/nominees';
import { areNomineesPublic } from '@/lib/domain/nominees-announcement';
import type { Phase } from '@/lib/domain/phases';
import type { ScreeningResult } from '@/lib/domain/screening';
import { differsFromProposal, nominationVerdict, proposeNominees } from '@/lib/domain/screening-nominations';
import { UserError } from '@/lib/errors';
import { checkAgainstDatabase, createInvitation, reissueInvitation } from '@/lib/invitations/create';
import { appBaseUrl } from '@/lib/mail/config';
import { sendMail } from '@/lib/mail/send';
import { nominationMail, nominationNote } from '@/lib/screening/nomination-mail';
import { nowIso } from '@/lib/time';
import { inviteNomineeSchema, nominateSchema, respondNominationSchema } from '@/lib/validation/nominees';
import { defineAction } from './define-action';
import { refusalText } from '@/lib/i18n/refusal';


function checkPhase(mode: 'open_application' | 'key_figures', phase: Phase) {
  const verdict = nominationVerdict(mode, phase);
  if (!verdict.ok) throw new UserError(refusalText(verdict), 409);
}

function revalidate(cycleId: number) {
  revalidatePath(`/arrangor/omgang/${cycleId}/nominerade`);
  revalidatePath('/kommun');
}

export const nominate = defineAction({
  name: 'nominees.nominate',
  roles: ['organiser'],
  schema: nominateSchema,
  handler: ({ user, input, db }) => {
    const result = writeTransaction(db, (tx) => {
      const cycle = cycleById(tx, input.cycleId);
      if (!cycle) throw new UserError(vt('valActCommon.noCycle'), 404);
      checkPhase(cycle.mode, cycle.phase as Phase);
      const run = screeningRunById(tx, input.runId);
      if (!run || run.cycleId !== cycle.id) throw new UserError(vt('valActNominees.noRun'), 404);
      const screening = run.results as ScreeningResult;
      const rows = new Map(screening.rows.map((r) => [r.kommunkod, r]));
      const codes = input.nominees.map((n) => n.kommunkod);
      const twice = codes.filter((k, i) => codes.indexOf(k) !== i);
      if (twice.length > 0) throw new UserError(vt('valActNominees.twice', { code: twice[0] }), 422);
      for (const k of codes) {
        const row = rows.get(k);
        if (!row) throw new UserError(vt('valActNominees.notInScreening', { code: k }), 422);
        if (row.rank === null) throw new UserError(vt('valActNominees.insufficientData', { name: row.namn }), 422);
      }
      const already = existingNominations(tx, cycle.id, codes);
      if (already.size > 0) {
        const names = [...already].map((k) => rows.get(k)?.namn ?? k).join(', ');
        throw new UserError(vt(already.size === 1 ? 'valActNominees.alreadyOne' : 'valActNominees.alreadyMany', { names }), 409);
      }
      const earlier = keyFigureNominations(tx, cycle.id).map((n) => n.kommunkod);
      const proposal = proposeNominees(screening, run.topN, 0);
      const diff = differsFromProposal([...earlier, ...codes], proposal);
      const changed = diff.added.length > 0 || diff.removed.length > 0;
      if (changed && !input.changeReason) {
        const added = diff.added.map((k) => rows.get(k)?.namn ?? k).join(', ');
        const removed = diff.removed.map((k) => rows.get(k)?.namn ?? k).join(', ');
        const msg = vt(added && removed ? 'valActNominees.changeBoth' : added ? 'valActNominees.changeAdded' : 'valActNominees.changeRemoved', { added, removed });
        throw new UserError(msg, 422, { changeReason: msg });
      }
      const at = nowIso();
      const ids = input.nominees.map((n) => {
        const row = rows.get(n.kommunkod)!;
        const id = insertNomination(tx, { cycleId: cycle.id, kommunkod: n.kommunkod, reason: n.reason, screeningRunId: run.id, at });
        appendAudit(tx, {
          at,
          actorId: user.id,
          action: 'nomination.nominated',
          entity: 'nomination',
          entityId: id,
          cycleId: cycle.id,
          after: { kommunkod: n.kommunkod, rank: row.rank, reason: n.reason, screeningRunId: run.id, status: 'invited' },
        });
        return id;
      });
      if (changed) {
        appendAudit(tx, {
          at,
          actorId: user.id,
          action: 'nominees.changed_from_proposal',
          entity: 'cycle',
          entityId: cycle.id,
          cycleId: cycle.id,
          after: { added: diff.added, removed: diff.removed, reason: input.changeReason, screeningRunId: run.id },
        });
      }
      return { ids, cycleId: cycle.id };
    });
    revalidate(result.cycleId);
    return { nominationIds: result.ids };
  },
});

/**
 * Sends the nomination to the municipality: a mail to every contact with an
 * account, a new invitation (through the invitation machinery, with the reason)
 * to an e-mail the organiser gives, and a fresh link for the cycle's pending
 * invitations. Called again, it resends.
 */
export function inviteNomineeInDb(db: Db, actorId: number, input: { nominationId: number; email?: string; name?: string }, nowDate: Date) {
  return writeTransaction(db, (tx) => {
    const n = nominationWithCycle(tx, input.nominationId);
    if (!n) throw new UserError(vt('valActNominees.notFound'), 404);
    checkPhase(n.mode, n.phase as Phase);
    if (n.status !== 'invited') throw new UserError(vt('valActNominees.answered', { municipality: n.municipality }), 409);
    const reason = n.reason ?? '';
    const note = nominationNote(n.cycleName, reason);
    const now = nowDate.toISOString();
    const contacts = municipalityContacts(tx, n.kommunkod);
    const pending = nominationInvitations(tx, n.cycleId, n.kommunkod).filter((i) => invitationStatus(i, now) === 'pending');
    const mailed: string[] = [];
    const invitationIds: number[] = [];

    if (input.email && !contacts.some((c) => c.email === input.email) && !pending.some((p) => p.email === input.email)) {
      const account = userByEmail(tx, input.email);
      if (account) {
        const msg = vt('valActNominees.foreignAccount', { email: input.email, municipality: n.municipality });
        throw new UserError(msg, 409, { email: msg });
      }
      const [line] = checkAgainstDatabase(tx, [{ line: 1, raw: '', name: input.name ?? null, organisation: null, email: input.email, kommunkod: n.kommunkod, errors: [] }], now);
      if (line.errors.length > 0) throw new UserError(line.errors[0], 409, { email: line.errors[0] });
      const created = createInvitation(
        tx,
        actorId,
        { kind: 'municipality', email: input.email, name: input.name ?? null, organisation: null, kommunkod: n.kommunkod, cycleId: n.cycleId, note },
        nowDate,
      );
      invitationIds.push(created.id);
      mailed.push(created.email);
    }
    for (const p of pending) {
      reissueInvitation(tx, p, nowDate, note);
      invitationIds.push(p.id);
      mailed.push(p.email);
    }
    for (const c of contacts) {
      sendMail(tx, nominationMail({ to: c.email, name: c.name, municipality: n.municipality, cycleName: n.cycleName, reason, link: `${appBaseUrl()}/kommun` }));
      mailed.push(c.email);
    }
    if (mailed.length === 0) {
      const msg = `${n.municipality} har ingen kontaktperson med konto. Ange e-postadressen till den som ska ta emot nomineringen.`;
      throw new UserError(msg, 422, { email: msg });
    }
    const before = nominationEvents(tx, n.cycleId).some((e) => e.action === 'nomination.invited' && e.entityId === String(n.id));
    appendAudit(tx, {
      at: now,
      actorId,
      action: before ? 'nomination.invitation_resent' : 'nomination.invited',
      entity: 'nomination',
      entityId: n.id,
      cycleId: n.cycleId,
      after: { to: mailed, invitationIds, reason },
    });
    return { cycleId: n.cycleId, mailed, resent: before };
  });
}

export const inviteNominee = defineAction({
  name: 'nominees.invite',
  roles: ['organiser'],
  schema: inviteNomineeSchema,
  handler: ({ user, input, db }) => {
    const out = inviteNomineeInDb(db, user.id, input, new Date());
    revalidate(out.cycleId);
    return { mailed: out.mailed, resent: out.resent };
  },
});

/** The municipality's contact accepts (the application opens as a draft) or declines (with an optional reason). */
export const respondToNomination = defineAction({
  name: 'nominees.respond',
  roles: ['municipality'],
  schema: respondNominationSchema,
  handler: ({ user, input, db }) => {
    const out = writeTransaction(db, (tx) => {
      const n = nominationWithCycle(tx, input.nominationId);
      if (!n || !user.kommunkod || n.kommunkod !== user.kommunkod) throw new UserError(vt('valActNominees.notOurs'), 404);
      checkPhase(n.mode, n.phase as Phase);
      const status = input.response === 'accept' ? 'draft' : 'declined';
      const now = new Date();
      const at = nowIso(now);
      if (n.status !== 'invited' || !setNominationResponse(tx, n.id, status, at)) throw new UserError(vt('valActNominees.alreadyAnswered'), 409);
      // A decline after the public announcement takes the municipality off the public list; the organiser's page says so.
      const announced = areNomineesPublic({ mode: n.mode, nomineesAnnounceAt: n.nomineesAnnounceAt }, now);
      appendAudit(tx, {
        at,
        actorId: user.id,
        action: input.response === 'accept' ? 'nomination.accepted' : 'nomination.declined',
        entity: 'nomination',
        entityId: n.id,
        cycleId: n.cycleId,
        before: { status: 'invited' },
        after: { status, ...(input.response === 'decline' && input.reason ? { reason: input.reason } : {}), ...(announced ? { afterAnnouncement: true } : {}) },
      });
      return { cycleId: n.cycleId, year: n.cycleYear, status, announced };
    });
    revalidate(out.cycleId);
    if (out.announced) revalidatePath(`/nominerade/${out.year}`);
    return { status: out.status, nominationId: input.nominationId, announced: out.announced };
  },
});
