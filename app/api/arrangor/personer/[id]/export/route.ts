import { loadPersonExport } from '@/lib/loaders/person';

export const dynamic = 'force-dynamic';

const ERRORS = {
  401: 'Du är inte inloggad. Logga in och försök igen.',
  403: 'Du har inte behörighet att hämta personuppgifter.',
  404: 'Personen finns inte.',
} as const;

/** Everything stored about one person, as a JSON file (GDPR access request). Organisers only. */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const result = await loadPersonExport(id);
  if (result.status !== 200) return Response.json({ error: ERRORS[result.status] }, { status: result.status });
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
