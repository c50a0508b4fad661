import { loadPublicNominees } from '@/lib/loaders/public-nominees';

export const dynamic = 'force-dynamic';

/**
 * Caching: before the announcement every year answers the same 404 body with
 * `no-store`, so nothing reveals that nominees exist and no cache keeps a "not found"
 * past the instant. After it the list can still change (a municipality declines and
 * leaves it, a replacement is invited), so a public answer is cached for at most
 * PUBLIC_MAX_AGE seconds.
 */
const PUBLIC_MAX_AGE = 60;

const NOT_FOUND = { error: 'Det finns inga offentliga nominerade för det året.' };

/** The public JSON of one year's nominees: per key-figure cycle, its name, the announcement and the nominees (name, county). */
export async function GET(_req: Request, { params }: { params: Promise<{ year: string }> }) {
  const { year } = await params;
  const list = await loadPublicNominees(year);
  if (!list) return Response.json(NOT_FOUND, { status: 404, headers: { 'Cache-Control': 'no-store' } });
  return Response.json(list, { headers: { 'Cache-Control': `public, max-age=${PUBLIC_MAX_AGE}, s-maxage=${PUBLIC_MAX_AGE}` } });
}
