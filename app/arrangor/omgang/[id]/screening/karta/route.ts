import { localeOfRequest } from '@/i18n/request';
import { getCurrentUser } from '@/lib/auth/session';
import { routeMessage } from '@/lib/i18n/route-messages';
import { loadScreeningMapSvg } from '@/lib/loaders/screening';

export const dynamic = 'force-dynamic';

const REFUSED = { 401: 'signedOut', 403: 'mapForbidden', 404: 'mapMissing' } as const;

/**
 * GET ?korning=<run id>: the screening map of the cycle's latest run as an SVG image
 * (organisers only). A run never changes, so the browser may keep it privately; a new
 * run has a new address.
 */
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const run = new URL(req.url).searchParams.get('korning') ?? '';
  const map = await loadScreeningMapSvg(/^\d+$/.test(id) ? Number(id) : NaN, /^\d+$/.test(run) ? Number(run) : NaN);
  if (map.status !== 200) return new Response(routeMessage(REFUSED[map.status], await localeOfRequest(req, await getCurrentUser())), { status: map.status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
  return new Response(map.svg, {
    headers: {
      'Content-Type': 'image/svg+xml; charset=utf-8',
      'Cache-Control': 'private, max-age=86400',
      // Shown as an image only: no scripts, no outside resources, even when opened on its own.
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
