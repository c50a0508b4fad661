import { getToken } from 'next-auth/jwt';
import { NextResponse, type NextRequest } from 'next/server';
import { secureCookiesWanted } from '@/lib/auth/cookies';
import { authSecret } from '@/lib/auth/secret';
import { cachedDecode } from '@/lib/auth/token-cache';
import { applySecurityHeaders, contentSecurityPolicy, newNonce } from '@/lib/security/headers';
import { actionMessages, actionRequestProblem } from '@/lib/security/action-body';
import { localeOfCookieHeader, routeMessage } from '@/lib/i18n/route-messages';
import { crossSiteMessage, isCrossSiteWrite } from '@/lib/security/origin';
import { cachedResultPath } from '@/lib/public/cache-route';
import { privatePageAnswer } from '@/lib/cache/private-page-cache';
import { cachedPrivateTarget } from '@/lib/cache/private-route';

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
 *  2. refuses cross-site writes to route handlers and server actions (Origin check, 403 with a message);
 *  3. the first sign-in gate: signed-out visitors never reach the role areas or
 *     the API. It only checks that a session cookie exists; role, assignment
 *     and conflict checks happen on the server in every loader and action.
 */
export async function proxy(req: NextRequest) {
  const { pathname, search } = req.nextUrl;
  const production = process.env.NODE_ENV === 'production';
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === 'development', https: secureCookiesWanted() });
  // The language of a refusal below: the visitor's cookie (no database here), else Swedish.
  const locale = localeOfCookieHeader(req.headers.get('cookie'));
  const finish = (res: NextResponse) => {
    applySecurityHeaders(res.headers, csp, production);
    return res;
  };

  // Route handlers, and server actions (Next would refuse those itself, but with a bare 500).
  if ((pathname.startsWith('/api/') || req.headers.has('next-action')) && isCrossSiteWrite(req.method, req.headers)) {
    return finish(NextResponse.json({ error: crossSiteMessage(req.headers) }, { status: 403 }));
  }

  if (req.method === 'POST' && req.headers.has('next-action') && Number(req.headers.get('content-length') ?? 0) > ACTION_BODY_LIMIT) {
    return finish(NextResponse.json({ error: actionMessages(locale).tooLarge }, { status: 413 }));
  }

  if (req.method === 'POST' && req.headers.has('next-action')) {
    const refused = await refuseUndecodableAction(req);
    if (refused) return finish(refused);
  }

  let token: Awaited<ReturnType<typeof getToken>> = null;
  if (SIGN_IN_GATE.test(pathname)) {
    // Decoded through the cache getCurrentUser shares (lib/auth/token-cache.ts): one JWT decryption per token, not two per request.
    token = await getToken({ req, secret: authSecret(), secureCookie: secureCookiesWanted(), decode: cachedDecode });
    if (!token) {
      if (pathname.startsWith('/api/')) {
        return finish(NextResponse.json({ error: routeMessage('signedOut', locale) }, { status: 401 }));
      }
      const url = req.nextUrl.clone();
      url.pathname = '/logga-in';
      url.search = `?callbackUrl=${encodeURIComponent(pathname + search)}`;
      return finish(NextResponse.redirect(url));
    }
    if (token.totpPending && ORGANISER_AREA.test(pathname)) {
      if (pathname.startsWith('/api/')) {
        return finish(NextResponse.json({ error: routeMessage('totpFirst', locale) }, { status: 403 }));
      }
      const url = req.nextUrl.clone();
      url.pathname = ENROLMENT_PATH;
      url.search = '';
      return finish(NextResponse.redirect(url));
    }
  }

  const requestHeaders = new Headers(req.headers);
  requestHeaders.set('content-security-policy', csp);
  // Page caches: a signed-in load of the busiest pages, answered here when the session and the database
  // allow (lib/cache/private-page-cache.ts), and a signed-out visitor's public result page (its
  // embargo-safe cache, lib/public/page-cache.ts, served by its route).
  const privateTarget = token ? cachedPrivateTarget(req) : null;
  if (privateTarget && token) {
    const answer = await privatePageAnswer(privateTarget, req.headers.get('cookie') ?? '', token, nonce);
    if (answer) return finish(new NextResponse(answer.body, answer.init));
  }
  const cached = cachedResultPath(req);
  if (cached) return finish(NextResponse.rewrite(new URL(cached, req.url), { request: { headers: requestHeaders } }));
  return finish(NextResponse.next({ request: { headers: requestHeaders } }));
}

/**
 * A server action Next could not decode (unknown id, wrong content type, bad or
 * too deeply nested JSON, a reference to a missing part) gets 4xx and a message
 * here instead of Next's 500. See lib/security/action-body.ts.
 */
async function refuseUndecodableAction(req: NextRequest): Promise<NextResponse | null> {
  const problem = await actionRequestProblem(req);
  if (!problem) return null;
  const res = NextResponse.json({ error: problem.error }, { status: problem.status });
  // Next's client reloads the page on this header (an action of an older deployment).
  if (problem.unknownAction) res.headers.set('x-nextjs-action-not-found', '1');
  return res;
}

export const config = {
  // Every page and API route; static assets and the upload route (which checks session and Origin itself) stay out.
  matcher: ['/((?!_next/static|_next/image|favicon\\.ico|api/upload$).*)'],
};
