import { localeOfRequest } from '@/i18n/request';
import { getCurrentUser } from '@/lib/auth/session';
import { feedbackLetterFile } from '@/lib/loaders/reports';
import { pdfResponse } from '@/lib/loaders/report-response';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/**
 * GET: the municipality's own feedback letter as a PDF, checked on every request: own
 * municipality only (another → 404), and only after publication and the organiser's release
 * (before → 404 with a Swedish message). Organisers may preview any letter.
 */
export async function GET(req: Request, { params }: { params: Promise<{ nominationId: string }> }) {
  const { nominationId } = await params;
  const user = await getCurrentUser();
  return pdfResponse(await feedbackLetterFile(user, Number(nominationId), new Date(), await localeOfRequest(req, user)));
}
