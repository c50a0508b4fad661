'use server';
import { headers } from 'next/headers';
import { getDb } from '@/db/client';
import { acceptInvitation } from '@/lib/actions/invitations';
import { limitInvitationAcceptance } from '@/lib/auth/entry-limits';
import { clientAddress } from '@/lib/security/client-address';

/** The invitee's server action (no session yet): rate limited per link and address, then lib/actions/invitations.ts. */
export async function acceptInvitationAction(input: unknown) {
  const refused = await limitInvitationAcceptance(getDb(), input, clientAddress(await headers()));
  if (refused) return { ok: false as const, error: refused };
  return acceptInvitation(input);
}
