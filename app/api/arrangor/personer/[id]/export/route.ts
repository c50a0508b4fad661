import { localeOfRequest } from '@/i18n/request';
import { getCurrentUser } from '@/lib/auth/session';
import { routeMessage } from '@/lib/i18n/route-messages';
import { loadPersonExport } from '@/lib/loaders/person';

export const dynamic = 'force-dynamic';

const ERRORS = { 401: 'signedOut', 403: 'personForbidden', 404: 'personMissing' } as const;

/** Everything stored about one person, as a JSON file (GDPR access request). Organisers only. */
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const result = await loadPersonExport(id);
  if (result.status !== 200) return Response.json({ error: routeMessage(ERRORS[result.status], await localeOfRequest(req, await getCurrentUser())) }, { status: result.status });
  return new Response(JSON.stringify(result.data, null, 2), {
    status: 200,
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="personuppgifter-${result.data.person.id}.json"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
