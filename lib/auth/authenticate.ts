import type { Db } from '@/db/client';
import { findUserByEmail } from '@/db/queries/users';
import { signInSchema } from '@/lib/validation/sign-in';
import { DUMMY_HASH, verifyPassword } from './password';

export type AuthenticatedUser = { id: number; name: string; email: string; role: 'organiser' | 'juror' | 'municipality'; sessionVersion: number };

/**
 * Checks e-mail and password. Unknown e-mail, wrong password and a deactivated
 * account all answer null, after the same argon2 work, so nothing is revealed.
 */
export async function authenticate(db: Db, credentials: unknown): Promise<AuthenticatedUser | null> {
  const parsed = signInSchema.safeParse(credentials ?? {});
  if (!parsed.success) return null;
  const user = findUserByEmail(db, parsed.data.email);
  const ok = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, parsed.data.password);
  if (!user || !ok || !user.active) return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role, sessionVersion: user.sessionVersion };
}
