import { randomUUID } from 'node:crypto';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { getDb } from '@/db/client';
import { createSession, revokeSession } from '@/db/queries/users';
import { nowIso } from '@/lib/time';
import { authenticate } from './authenticate';
import { authSecret } from './secret';

/** Organisers get at most 8 hours per sign-in; everyone else a working day too. */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

/**
 * next-auth configuration: e-mail + password (argon2id), JWT sessions that carry
 * the user id, role, session version and a session id kept in the database, so
 * sign-out, deactivation and password changes end a session at the next request.
 */
export function getAuthOptions(): NextAuthOptions {
  return {
    secret: authSecret(),
    session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: '/logga-in', error: '/logga-in' },
    providers: [
      CredentialsProvider({
        name: 'E-post och lösenord',
        credentials: {
          email: { label: 'E-post', type: 'email' },
          password: { label: 'Lösenord', type: 'password' },
        },
        async authorize(credentials) {
          const user = await authenticate(getDb(), credentials);
          return user ? { ...user, id: String(user.id) } : null;
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) {
          const sid = randomUUID();
          createSession(getDb(), { id: sid, userId: Number(user.id), at: nowIso() });
          token.uid = Number(user.id);
          token.role = user.role;
          token.sv = user.sessionVersion;
          token.sid = sid;
        }
        return token;
      },
      async session({ session, token }) {
        session.sid = token.sid;
        session.sv = token.sv;
        session.user = { id: token.uid, role: token.role, name: token.name ?? '', email: token.email ?? '' };
        return session;
      },
    },
    events: {
      async signOut({ token }) {
        if (token?.sid) revokeSession(getDb(), token.sid, nowIso());
      },
    },
  };
}
