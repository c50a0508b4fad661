import { localeOfRequest } from '@/i18n/request';
import { getCurrentUser } from '@/lib/auth/session';
import { pressReleaseFile } from '@/lib/loaders/reports';
import { pdfResponse } from '@/lib/loaders/report-response';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET: the press release (winner, motivation, finalists, quote) as a PDF. Organisers only; 409 before the decision. */
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await getCurrentUser();
  return pdfResponse(await pressReleaseFile(user, Number(id), new Date(), await localeOfRequest(req, user)));
}
