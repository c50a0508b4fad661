import { databaseIsHealthy } from '@/lib/loaders/health';

export const dynamic = 'force-dynamic';

/** For load balancers and the test harness: the database answers. */
export function GET() {
  return Response.json({ ok: databaseIsHealthy() }, { headers: { 'Cache-Control': 'no-store' } });
}
