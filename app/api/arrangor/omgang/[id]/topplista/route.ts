import { localeOfRequest } from '@/i18n/request';
import { getCurrentUser } from '@/lib/auth/session';
import { routeMessage } from '@/lib/i18n/route-messages';
import { loadShortlistInput } from '@/lib/loaders/shortlist';

export const dynamic = 'force-dynamic';

/**
 * The engine's input of the shortlist (per-juror area scores, packed), for organisers only: the
 * shortlist page fetches it when a weight slider moves and recomputes the ranking in the browser.
 */
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  const locale = await localeOfRequest(req, user);
  if (!user) return Response.json({ error: routeMessage('signedOut', locale) }, { status: 401 });
  if (user.role !== 'organiser') return Response.json({ error: routeMessage('forbidden', locale) }, { status: 403 });
  const { id } = await params;
  const input = loadShortlistInput(/^\d+$/.test(id) ? Number(id) : Number.NaN);
  if (!input) return Response.json({ error: routeMessage('shortlistInputMissing', locale) }, { status: 404 });
  return Response.json(input, { headers: { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' } });
}
