import type { NextRequest } from 'next/server';
import { cachedResultPage } from '@/lib/public/page-cache';

/*
 * Internal: the proxy rewrites a signed-out visitor's GET /resultat/YYYY here (see
 * lib/public/cache-route.ts). It answers from the embargo-safe cache of the rendered page,
 * or renders the page afresh (lib/public/page-cache.ts). Reached directly, it answers the
 * same public page a signed-out visitor gets.
 */
export const dynamic = 'force-dynamic';

export async function GET(req: NextRequest, { params }: { params: Promise<{ year: string }> }) {
  const { year } = await params;
  return cachedResultPage(req, year);
}
