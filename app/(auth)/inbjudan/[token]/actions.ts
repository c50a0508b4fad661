'use server';
import { acceptInvitation } from '@/lib/actions/invitations';

/** The invitee's server action (no session yet); the work and its checks are in lib/actions/invitations.ts. */
export async function acceptInvitationAction(input: unknown) {
  return acceptInvitation(input);
}
