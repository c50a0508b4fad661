'use server';
import { headers } from 'next/headers';
import { resetPasswordFrom } from '@/lib/actions/entry';
import { clientAddress } from '@/lib/security/client-address';

/** Sets a new password from a reset link (no session): see lib/auth/password-reset.ts. */
export async function resetPasswordAction(input: unknown) {
  return resetPasswordFrom(clientAddress(await headers()), input);
}
