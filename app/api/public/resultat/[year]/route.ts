import { loadPublicResultForApi } from '@/lib/loaders/public';
import { localeOfCookieHeader, routeMessage } from '@/lib/i18n/route-messages';

export const dynamic = 'force-dynamic';

/**
 * Caching, thought through:
 * - Every 404 (a year that never existed, or one whose result is still under embargo)
 *   is the same body with `no-store`, so nothing reveals that a decision exists and
 *   no cache can keep a "not found" past the embargo instant.
 * - A public result is cached for at most PUBLIC_MAX_AGE seconds, and only when the
 *   year is settled: an embargo that has passed is final (published cannot be undone
 *   and the embargo can no longer move), so the answer cannot turn private again.
 *   While another cycle of that year is still unpublished, the answer (e.g. the
 *   archive row) could be replaced at any moment by that cycle's result, so it is
 *   `no-store` too. The short max-age bounds how long an organiser's archive edit
 *   takes to reach caches.
 */
const PUBLIC_MAX_AGE = 60;

/**
 * The 404 body, in the language of the request's kk-locale cookie (Swedish without one; no
 * session is read: the API is public). It is the same for every year in that language, so it
 * still reveals nothing, and it is `no-store` as before: no cache may keep it, so a body that
 * depends on the cookie cannot reach a reader of the other language. `Vary: Cookie` says so
 * to any cache that would look; the public (cacheable) answers are data, the same for all.
 */
const notFound = (req: Request) =>
  Response.json({ error: routeMessage('publicResultMissing', localeOfCookieHeader(req.headers.get('cookie'))) }, { status: 404, headers: { 'Cache-Control': 'no-store', Vary: 'Cookie' } });

/** The public JSON of one year's result (read-only, no sign-in). */
export async function GET(req: Request, { params }: { params: Promise<{ year: string }> }) {
  const { year } = await params;
  const { result, cacheable } = await loadPublicResultForApi(year);
  if (!result) return notFound(req);
  return Response.json(result, {
    headers: { 'Cache-Control': cacheable ? `public, max-age=${PUBLIC_MAX_AGE}, s-maxage=${PUBLIC_MAX_AGE}` : 'no-store' },
  });
}
