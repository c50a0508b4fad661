import { localeOfRequest } from '@/i18n/request';
import { getCurrentUser } from '@/lib/auth/session';
import { routeMessage } from '@/lib/i18n/route-messages';
import { loadAuditCsv } from '@/lib/loaders/audit';

export const dynamic = 'force-dynamic';

/** The audit log, filtered like /arrangor/logg, as a CSV file. Organisers only. */
export async function GET(req: Request) {
  const params = Object.fromEntries(new URL(req.url).searchParams);
  // The kinds of entry (and a refusal) in the organiser's language; the column names stay as they are.
  const locale = await localeOfRequest(req, await getCurrentUser());
  const result = await loadAuditCsv(params, locale);
  if (result.status !== 200) {
    const error = routeMessage(result.status === 401 ? 'signedOut' : 'auditForbidden', locale);
    return Response.json({ error }, { status: result.status });
  }
  const day = new Date().toISOString().slice(0, 10);
  return new Response(result.csv, {
    status: 200,
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="logg-${day}.csv"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
