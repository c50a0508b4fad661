import { localeOfCookieHeader, routeMessage } from '@/lib/i18n/route-messages';

/**
 * Cross-site request check for route handlers that change something (server
 * actions get the same check from Next itself). A browser sends Origin on every
 * POST; a request whose Origin names another host, or that the browser marks
 * Sec-Fetch-Site: cross-site, is refused. A request without either (curl, a
 * script) carries no ambient cookies of a victim, so it is let through to the
 * handler's own session check.
 */
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

export function isCrossSiteWrite(method: string, headers: Headers): boolean {
  if (SAFE.has(method.toUpperCase())) return false;
  if (headers.get('sec-fetch-site') === 'cross-site') return true;
  const origin = headers.get('origin');
  if (!origin) return false;
  const host = headers.get('x-forwarded-host') ?? headers.get('host');
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

/** The refusal of a cross-site write, in the language of the request's cookie (Swedish by default). */
export function crossSiteMessage(headers: Headers): string {
  return routeMessage('crossSite', localeOfCookieHeader(headers.get('cookie')));
}
