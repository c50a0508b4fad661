import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '@/db/schema';
import { authenticate } from '@/lib/auth/authenticate';
import { hashPassword } from '@/lib/auth/password';
import { freshDatabase } from '../helpers/db';

describe('authenticate (sign-in with e-mail and password)', () => {
  const { db, cleanup } = freshDatabase('auth');
  afterAll(cleanup);

  beforeAll(async () => {
    const passwordHash = await hashPassword('ett långt lösenord');
    db.insert(users).values({ email: 'jury@example.org', name: 'Jury', role: 'juror', passwordHash, createdAt: 'x' }).run();
    db.insert(users).values({ email: 'borta@example.org', name: 'Borta', role: 'juror', passwordHash, active: false, createdAt: 'x' }).run();
  });

  it('accepts the right password, whatever the case of the e-mail', async () => {
    const user = await authenticate(db, { email: '  Jury@Example.org ', password: 'ett långt lösenord' });
    expect(user).toMatchObject({ email: 'jury@example.org', role: 'juror', sessionVersion: 1 });
  });

  it('refuses a wrong password, an unknown e-mail, a deactivated account and malformed input', async () => {
    expect(await authenticate(db, { email: 'jury@example.org', password: 'fel' })).toBeNull();
    expect(await authenticate(db, { email: 'okand@example.org', password: 'ett långt lösenord' })).toBeNull();
    expect(await authenticate(db, { email: 'borta@example.org', password: 'ett långt lösenord' })).toBeNull();
    expect(await authenticate(db, { email: 'inte-en-adress', password: 'x' })).toBeNull();
    expect(await authenticate(db, null)).toBeNull();
  });

  it('stores only an argon2id hash, never the password', () => {
    const row = db.select().from(users).where(eq(users.email, 'jury@example.org')).get();
    expect(row?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row?.passwordHash).not.toContain('lösenord');
  });
});
