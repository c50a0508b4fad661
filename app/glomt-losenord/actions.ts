'use server';
import { headers } from 'next/headers';
import { getDb } from '@/db/client';
import { requestPasswordReset } from '@/lib/auth/password-reset';
import { clientAddress } from '@/lib/security/client-address';

/** Asks for a reset link (no session): the work, the limits and the audit are in lib/auth/password-reset.ts. */
export async function requestPasswordResetAction(input: unknown) {
  return requestPasswordReset(getDb(), input, clientAddress(await headers()));
}
