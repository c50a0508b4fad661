import { getCurrentUser } from '@/lib/auth/session';
import { exportFile } from '@/lib/loaders/reports';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET ?format=csv|json: one dataset of the cycle (scores, ranking, agreement, finance index, audit log), streamed. Organisers only. */
export async function GET(req: Request, { params }: { params: Promise<{ id: string; dataset: string }> }) {
  const { id, dataset } = await params;
  const result = exportFile(await getCurrentUser(), Number(id), dataset, new URL(req.url).searchParams.get('format'));
  if (!result.ok) return Response.json({ error: result.error }, { status: result.status, headers: { 'Cache-Control': 'private, no-store' } });
  return new Response(result.stream, {
    headers: {
      'Content-Type': result.contentType,
      'Content-Disposition': `attachment; filename="${result.filename}"`,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, no-store',
    },
  });
}
