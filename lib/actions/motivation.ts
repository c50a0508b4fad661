import 'server-only';
import { revalidatePath } from 'next/cache';
import { approveVersion, generateDraftVersion, saveEditedVersion } from '@/lib/motivation/versions';
import { approveMotivationSchema, generateMotivationSchema, saveMotivationSchema } from '@/lib/validation/motivation';
import { defineAction } from './define-action';

/**
 * The motivation editor's actions (organisers only). Who may edit which nomination, and when
 * (finalists and the winner, from "finalists named" until publication), is checked in
 * lib/motivation/versions.ts, inside each handler, before anything is written.
 */

const revalidate = (cycleId: number, nominationId: number) => {
  revalidatePath(`/arrangor/omgang/${cycleId}/motivering`);
  revalidatePath(`/arrangor/omgang/${cycleId}/motivering/${nominationId}`);
};

/** Generates a new draft from the evidence and saves it as the next version. */
export const generateMotivationDraft = defineAction({
  name: 'motivation.generate',
  roles: ['organiser'],
  schema: generateMotivationSchema,
  handler: ({ user, input, db }) => {
    const saved = generateDraftVersion(db, user.id, input.nominationId);
    revalidate(saved.cycleId, input.nominationId);
    return { version: saved.version };
  },
});

/** Saves the edited sentences as a new version (every version is kept). */
export const saveMotivationVersion = defineAction({
  name: 'motivation.save',
  roles: ['organiser'],
  schema: saveMotivationSchema,
  handler: ({ user, input, db }) => {
    const saved = saveEditedVersion(db, user.id, input);
    revalidate(saved.cycleId, input.nominationId);
    return { version: saved.version, withoutEvidence: saved.withoutEvidence };
  },
});

/** Approves (freezes) one version as the motivation to publish. */
export const approveMotivationVersion = defineAction({
  name: 'motivation.approve',
  roles: ['organiser'],
  schema: approveMotivationSchema,
  handler: ({ user, input, db }) => {
    const approved = approveVersion(db, user.id, input);
    revalidate(approved.cycleId, input.nominationId);
    return { version: approved.version, approvedAt: approved.approvedAt };
  },
});
