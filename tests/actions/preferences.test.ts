import { afterAll, describe, expect, it, vi } from 'vitest';
import type { CurrentUser } from '@/lib/auth/session';

const current: { user: CurrentUser | null } = { user: null };
const jar = new Map<string, { value: string; options: Record<string, unknown> }>();
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => current.user }));
vi.mock('next/headers', () => ({
  cookies: async () => ({ set: (name: string, value: string, options: Record<string, unknown>) => jar.set(name, { value, options }) }),
  headers: async () => new Headers(),
}));

const { freshDatabase } = await import('../helpers/db');
const { seedSmallCycle, asCurrent } = await import('../mail/fixture');
const prefs = await import('@/lib/actions/preferences');
const { findUserLocale } = await import('@/db/queries/preferences');

const t = freshDatabase('preferences');
const fx = seedSmallCycle(t.db, { jurors: 2 });
afterAll(() => t.cleanup());

const form = (entries: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(entries)) f.set(k, v);
  return f;
};

describe('switching the language', () => {
  it('signed out: sets the cookie for a year (HttpOnly, Lax) and touches no account', async () => {
    current.user = null;
    await prefs.switchLocale(form({ locale: 'en' }));
    expect(jar.get('kk-locale')).toMatchObject({ value: 'en', options: { path: '/', httpOnly: true, sameSite: 'lax', maxAge: 31_536_000 } });
    expect(findUserLocale(t.db, fx.jurors[0].id)).toBe('sv');
  });

  it('signed in: sets the cookie and remembers the choice on the account, only the own one', async () => {
    current.user = asCurrent(fx.jurors[0]);
    await prefs.switchLocale(form({ locale: 'en' }));
    expect(findUserLocale(t.db, fx.jurors[0].id)).toBe('en');
    expect(findUserLocale(t.db, fx.jurors[1].id)).toBe('sv');
    await prefs.switchLocale(form({ locale: 'sv' }));
    expect(findUserLocale(t.db, fx.jurors[0].id)).toBe('sv');
    expect(jar.get('kk-locale')?.value).toBe('sv');
  });

  it('ignores a language that does not exist', async () => {
    jar.clear();
    current.user = asCurrent(fx.jurors[0]);
    await prefs.switchLocale(form({ locale: 'de' }));
    expect(jar.size).toBe(0);
    expect(await prefs.saveLocale({ locale: 'de' })).toMatchObject({ ok: false, fieldErrors: { locale: expect.any(String) } });
    expect(findUserLocale(t.db, fx.jurors[0].id)).toBe('sv');
  });
});

describe('switching light/dark', () => {
  it('sets only the theme cookie', async () => {
    jar.clear();
    await prefs.switchTheme(form({ theme: 'dark' }));
    expect([...jar.keys()]).toEqual(['kk-theme']);
    expect(jar.get('kk-theme')?.value).toBe('dark');
    await prefs.switchTheme(form({ theme: 'purple' }));
    expect(jar.get('kk-theme')?.value).toBe('dark');
  });
});
