'use server';
import { headers } from 'next/headers';
import { getDb } from '@/db/client';
import { resetPassword } from '@/lib/auth/password-reset';
import { clientAddress } from '@/lib/security/client-address';

/** Sets a new password from a reset link (no session): see lib/auth/password-reset.ts. */
export async function resetPasswordAction(input: unknown) {
  return resetPassword(getDb(), input, clientAddress(await headers()));
}
