import fs from 'node:fs';
import { Readable } from 'node:stream';
import { NextResponse, type NextRequest } from 'next/server';
import { localeOfRequest } from '@/i18n/request';
import { getCurrentUser } from '@/lib/auth/session';
import { routeMessage } from '@/lib/i18n/route-messages';
import { loadDocumentAccess } from '@/lib/loaders/documents';
import { filePath } from '@/lib/storage/files';

export const dynamic = 'force-dynamic';

/** A refusal in the language of the request (the kk-locale cookie, else the user's choice, else Swedish). */
async function refuse(req: Request, status: 401 | 404): Promise<Response> {
  const locale = await localeOfRequest(req, status === 401 ? null : await getCurrentUser());
  const error = routeMessage(status === 401 ? 'signedOut' : 'documentMissing', locale);
  return NextResponse.json({ error }, { status, headers: { 'Cache-Control': 'no-store' } });
}

/** A Content-Disposition value that survives Swedish letters: an ASCII fallback and the UTF-8 name. */
function contentDisposition(kind: 'inline' | 'attachment', filename: string): string {
  const safe = filename.replace(/[\r\n"\\]/g, '').trim() || 'dokument.pdf';
  const ascii = safe.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^\x20-\x7e]/g, '_');
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(safe)}`;
}

/**
 * Streams a stored document (data/files/<sha256>) to someone who may read it:
 * inline for the PDF view, as a download with ?download=1.
 */
export async function GET(req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const access = await loadDocumentAccess(/^\d{1,12}$/.test(id) ? Number(id) : -1);
  if (access.status !== 200) return refuse(req, access.status);
  const { document } = access;
  let stat: fs.Stats;
  const file = filePath(document.sha256);
  try {
    stat = fs.statSync(file);
  } catch {
    return refuse(req, 404);
  }
  const download = req.nextUrl.searchParams.get('download') === '1';
  const body = Readable.toWeb(fs.createReadStream(file)) as ReadableStream<Uint8Array>;
  return new Response(body, {
    status: 200,
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Length': String(stat.size),
      'Content-Disposition': contentDisposition(download ? 'attachment' : 'inline', document.filename),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, no-cache',
    },
  });
}
