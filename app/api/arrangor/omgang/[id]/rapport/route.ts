import { requestLocale } from '@/i18n/request';
import { getCurrentUser } from '@/lib/auth/session';
import { juryReportFile } from '@/lib/loaders/reports';
import { pdfResponse } from '@/lib/loaders/report-response';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET: the jury report / protocol of the cycle as a PDF. Organisers only (401/403 otherwise). */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return pdfResponse(await juryReportFile(await getCurrentUser(), Number(id), new Date(), await requestLocale()));
}
