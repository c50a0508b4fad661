import { getToken } from 'next-auth/jwt';
import { NextResponse, type NextRequest } from 'next/server';
import { secureCookiesWanted } from '@/lib/auth/cookies';
import { authSecret } from '@/lib/auth/secret';
import { applySecurityHeaders, contentSecurityPolicy, newNonce } from '@/lib/security/headers';
import { CROSS_SITE_MESSAGE, isCrossSiteWrite } from '@/lib/security/origin';
import { cachedResultPath } from '@/lib/public/cache-route';

/** The role areas and the API need a session cookie (auth, health and the public API excepted). */
const SIGN_IN_GATE = /^\/(?:(?:arrangor|jury|kommun)(?:\/|$)|api\/(?!auth\/|health$|public\/))/;
/** Where an organiser who still has to set up two-factor sign-in may not go. */
const ORGANISER_AREA = /^\/(?:api\/)?arrangor(?:\/|$)/;
const ENROLMENT_PATH = '/konto/tvafaktor';
/** Next's own limit for a server action's body; a larger one is refused here with a message instead of a 500. */
const ACTION_BODY_LIMIT = 1024 * 1024;

/**
 * Runs before every page and API request (not static files, not the upload
 * route, whose body the proxy would cut at 10 MB):
 *  1. a fresh CSP nonce: set on the request (Next reads it there and puts it on
 *     its scripts) and on the answer, with the other security headers;
 *  2. refuses cross-site writes to route handlers (Origin check);
 *  3. the first sign-in gate: signed-out visitors never reach the role areas or
 *     the API. It only checks that a session cookie exists; role, assignment
 *     and conflict checks happen on the server in every loader and action.
 */
export async function proxy(req: NextRequest) {
  const { pathname, search } = req.nextUrl;
  const production = process.env.NODE_ENV === 'production';
  const csp = contentSecurityPolicy(newNonce(), { dev: process.env.NODE_ENV === 'development', https: secureCookiesWanted() });
  const finish = (res: NextResponse) => {
    applySecurityHeaders(res.headers, csp, production);
    return res;
  };

  if (pathname.startsWith('/api/') && isCrossSiteWrite(req.method, req.headers)) {
    return finish(NextResponse.json({ error: CROSS_SITE_MESSAGE }, { status: 403 }));
  }

  if (req.method === 'POST' && req.headers.has('next-action') && Number(req.headers.get('content-length') ?? 0) > ACTION_BODY_LIMIT) {
    return finish(NextResponse.json({ error: 'Det du skickade är för stort (högst 1 MB). Korta texten och försök igen.' }, { status: 413 }));
  }

  if (SIGN_IN_GATE.test(pathname)) {
    const token = await getToken({ req, secret: authSecret(), secureCookie: secureCookiesWanted() });
    if (!token) {
      if (pathname.startsWith('/api/')) {
        return finish(NextResponse.json({ error: 'Du är inte inloggad. Logga in och försök igen.' }, { status: 401 }));
      }
      const url = req.nextUrl.clone();
      url.pathname = '/logga-in';
      url.search = `?callbackUrl=${encodeURIComponent(pathname + search)}`;
      return finish(NextResponse.redirect(url));
    }
    if (token.totpPending && ORGANISER_AREA.test(pathname)) {
      if (pathname.startsWith('/api/')) {
        return finish(NextResponse.json({ error: 'Aktivera tvåfaktorsinloggning innan du fortsätter.' }, { status: 403 }));
      }
      const url = req.nextUrl.clone();
      url.pathname = ENROLMENT_PATH;
      url.search = '';
      return finish(NextResponse.redirect(url));
    }
  }

  const requestHeaders = new Headers(req.headers);
  requestHeaders.set('content-security-policy', csp);
  // A signed-out visitor's public result page: answered from its embargo-safe cache (lib/public/page-cache.ts).
  const cached = cachedResultPath(req);
  if (cached) return finish(NextResponse.rewrite(new URL(cached, req.url), { request: { headers: requestHeaders } }));
  return finish(NextResponse.next({ request: { headers: requestHeaders } }));
}

export const config = {
  // Every page and API route; static assets and the upload route (which checks session and Origin itself) stay out.
  matcher: ['/((?!_next/static|_next/image|favicon\\.ico|api/upload$).*)'],
};
