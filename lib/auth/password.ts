import { hash, verify } from '@node-rs/argon2';

/** argon2id with the library's defaults (OWASP: m=19 MiB, t=2, p=1). */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (!passwordHash) return false;
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A fixed hash to verify against when the e-mail is unknown, so timing does not reveal accounts. */
export const DUMMY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$PCjX5WIFEhoyzxX2qYSF+A$LtdjEl4EA6nqn6mU8V4COG4Ggk6wD2kwF3q1VxKAwfU';
