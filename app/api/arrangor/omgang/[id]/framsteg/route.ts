import { getCurrentUser } from '@/lib/auth/session';
import { MESSAGES } from '@/lib/errors';
import { loadProgressCsv } from '@/lib/loaders/progress';

export const dynamic = 'force-dynamic';

/** The progress matrix as CSV, for organisers only. */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: MESSAGES.signedOut }, { status: 401 });
  if (user.role !== 'organiser') return Response.json({ error: MESSAGES.forbidden }, { status: 403 });
  const { id } = await params;
  const data = loadProgressCsv(Number(id));
  if (!data) return Response.json({ error: 'Omgången finns inte.' }, { status: 404 });
  return new Response(data.csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="framsteg-${data.year}-${data.cycleId}.csv"`,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    },
  });
}
