'use server';
import { headers } from 'next/headers';
import { acceptInvitationFrom } from '@/lib/actions/entry';
import { clientAddress } from '@/lib/security/client-address';

/** The invitee's server action (no session yet): rate limited per link and address, then lib/actions/invitations.ts. */
export async function acceptInvitationAction(input: unknown) {
  return acceptInvitationFrom(clientAddress(await headers()), input);
}
