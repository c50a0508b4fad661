import { Readable } from 'node:stream';
import type { ReadableStream as NodeWebStream } from 'node:stream/web';
import { after, NextResponse, type NextRequest } from 'next/server';
import { uploadDocument } from '@/lib/applications/upload-document';
import { localeOfRequest } from '@/i18n/request';
import { getCurrentUser } from '@/lib/auth/session';
import { runInLocale } from '@/lib/i18n/server-locale';
import { runQueuedJobs } from '@/lib/jobs/runner';
import { filesDir } from '@/lib/config';
import { crossSiteMessage, isCrossSiteWrite } from '@/lib/security/origin';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/**
 * POST /api/upload?nominationId=…&type=…&title=… with multipart/form-data holding one
 * PDF. The proxy leaves this route out (it would cut bodies at 10 MB), so the session
 * is checked here, before a byte of the body is read. Text extraction runs after the
 * response, from the job queue.
 */
export async function POST(req: NextRequest) {
  if (isCrossSiteWrite(req.method, req.headers)) return NextResponse.json({ error: crossSiteMessage(req.headers) }, { status: 403 });
  const user = await getCurrentUser();
  const headers = Object.fromEntries(req.headers.entries());
  const body = req.body ? Readable.fromWeb(req.body as unknown as NodeWebStream<Uint8Array>) : null;
  // Refusals in the language of the request (the kk-locale cookie, else the user's choice, else Swedish).
  const locale = await localeOfRequest(req, user);
  const result = await runInLocale(locale, () => uploadDocument({ user, params: req.nextUrl.searchParams, headers, body, dir: filesDir() }));
  if (result.status === 201) {
    after(async () => {
      await runQueuedJobs();
    });
  } else {
    body?.destroy();
  }
  return NextResponse.json(result.body, { status: result.status, headers: { 'Cache-Control': 'no-store' } });
}
