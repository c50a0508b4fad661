import { localeOfRequest } from '@/i18n/request';
import { getCurrentUser } from '@/lib/auth/session';
import { MESSAGES } from '@/lib/errors';
import { enterLocale } from '@/lib/i18n/server-locale';
import { vt } from '@/lib/i18n/validation';
import { loadProgressCsv } from '@/lib/loaders/progress';

export const dynamic = 'force-dynamic';

/** The progress matrix as CSV, for organisers only; its cells (and any refusal) in the organiser's language. */
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  const locale = await localeOfRequest(req, user);
  enterLocale(locale);
  if (!user) return Response.json({ error: MESSAGES.signedOut }, { status: 401 });
  if (user.role !== 'organiser') return Response.json({ error: MESSAGES.forbidden }, { status: 403 });
  const { id } = await params;
  const data = loadProgressCsv(Number(id), locale);
  if (!data) return Response.json({ error: vt('valActCommon.noCycle') }, { status: 404 });
  return new Response(data.csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="framsteg-${data.year}-${data.cycleId}.csv"`,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    },
  });
}
