import { loadAuditCsv } from '@/lib/loaders/audit';

export const dynamic = 'force-dynamic';

/** The audit log, filtered like /arrangor/logg, as a CSV file. Organisers only. */
export async function GET(req: Request) {
  const params = Object.fromEntries(new URL(req.url).searchParams);
  const result = await loadAuditCsv(params);
  if (result.status !== 200) {
    const error = result.status === 401 ? 'Du är inte inloggad. Logga in och försök igen.' : 'Du har inte behörighet att hämta loggen.';
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
