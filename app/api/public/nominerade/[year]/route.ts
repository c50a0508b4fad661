import { loadPublicNominees } from '@/lib/loaders/public-nominees';
import { localeOfCookieHeader, routeMessage } from '@/lib/i18n/route-messages';

export const dynamic = 'force-dynamic';

/**
 * Caching: before the announcement every year answers the same 404 body with
 * `no-store`, so nothing reveals that nominees exist and no cache keeps a "not found"
 * past the instant. After it the list can still change (a municipality declines and
 * leaves it, a replacement is invited), so a public answer is cached for at most
 * PUBLIC_MAX_AGE seconds.
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
  Response.json({ error: routeMessage('publicNomineesMissing', localeOfCookieHeader(req.headers.get('cookie'))) }, { status: 404, headers: { 'Cache-Control': 'no-store', Vary: 'Cookie' } });

/** The public JSON of one year's nominees: per key-figure cycle, its name, the announcement and the nominees (name, county). */
export async function GET(req: Request, { params }: { params: Promise<{ year: string }> }) {
  const { year } = await params;
  const list = await loadPublicNominees(year);
  if (!list) return notFound(req);
  return Response.json(list, { headers: { 'Cache-Control': `public, max-age=${PUBLIC_MAX_AGE}, s-maxage=${PUBLIC_MAX_AGE}` } });
}
