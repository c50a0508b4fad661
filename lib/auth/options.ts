import { randomUUID } from 'node:crypto';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { getDb } from '@/db/client';
import { createSession, revokeSession } from '@/db/queries/users';
import { nowIso } from '@/lib/time';
import { clientAddress } from '@/lib/security/client-address';
import { secureCookiesWanted } from './cookies';
import { authSecret } from './secret';
import { signInErrorCode, signInWithPassword } from './sign-in';

/**
 * The cookie lives at most 8 hours; the limits that count (30 minutes idle for
 * everyone, 8 hours absolute for organisers) are checked against the sessions
 * table on every request (lib/auth/session-policy.ts).
 */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

/**
 * next-auth configuration: e-mail + password (argon2id), JWT sessions that carry
 * the user id, role, session version and a session id kept in the database, so
 * sign-out, deactivation and password changes end a session at the next request.
 */
export function getAuthOptions(): NextAuthOptions {
  return {
    secret: authSecret(),
    // HttpOnly and SameSite=Lax are next-auth's defaults for every cookie it sets.
    useSecureCookies: secureCookiesWanted(),
    session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: '/logga-in', error: '/logga-in' },
    providers: [
      CredentialsProvider({
        name: 'E-post och lösenord',
        credentials: {
          email: { label: 'E-post', type: 'email' },
          password: { label: 'Lösenord', type: 'password' },
          code: { label: 'Kod', type: 'text' },
        },
        /** Throws a short code the form turns into Swedish: invalid, code-required, code-invalid, rate-limited:<ms>. */
        async authorize(credentials, req) {
          const outcome = await signInWithPassword(getDb(), credentials, clientAddress(req?.headers as Record<string, string> | undefined));
          if (!outcome.ok) throw new Error(signInErrorCode(outcome));
          return { ...outcome.user, id: String(outcome.user.id) };
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
          token.totpPending = user.needsTotpEnrolment === true;
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
