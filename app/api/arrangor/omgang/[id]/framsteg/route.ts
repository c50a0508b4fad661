import { getDb } from '@/db/client';
import { getCurrentUser } from '@/lib/auth/session';
import { MESSAGES } from '@/lib/errors';
import { progressCsv, progressOfCycle } from '@/lib/loaders/progress';

export const dynamic = 'force-dynamic';

/** The progress matrix as CSV, for organisers only. */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: MESSAGES.signedOut }, { status: 401 });
  if (user.role !== 'organiser') return Response.json({ error: MESSAGES.forbidden }, { status: 403 });
  const { id } = await params;
  const cycleId = Number(id);
  const data = Number.isSafeInteger(cycleId) && cycleId > 0 ? progressOfCycle(getDb(), cycleId) : null;
  if (!data) return Response.json({ error: 'Omgången finns inte.' }, { status: 404 });
  return new Response(progressCsv(data.progress), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="framsteg-${data.cycle.year}-${data.cycle.id}.csv"`,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    },
  });
}
