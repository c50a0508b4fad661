import { localeOfRequest } from '@/i18n/request';
import { getCurrentUser } from '@/lib/auth/session';
import { juryReportFile } from '@/lib/loaders/reports';
import { pdfResponse } from '@/lib/loaders/report-response';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET: the jury report / protocol of the cycle as a PDF. Organisers only (401/403 otherwise). */
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await getCurrentUser();
  return pdfResponse(await juryReportFile(user, Number(id), new Date(), await localeOfRequest(req, user)));
}
