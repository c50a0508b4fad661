'use server';
import { headers } from 'next/headers';
import { requestPasswordResetFrom } from '@/lib/actions/entry';
import { clientAddress } from '@/lib/security/client-address';

/** Asks for a reset link (no session): the work, the limits and the audit are in lib/auth/password-reset.ts. */
export async function requestPasswordResetAction(input: unknown) {
  return requestPasswordResetFrom(clientAddress(await headers()), input);
}
