import type { PdfFile, Refusal } from './reports';

/** A PDF download (attachment, nosniff, never cached) or the refusal as a short Swedish JSON message. */
export function pdfResponse(result: PdfFile | Refusal): Response {
  if (!result.ok) return Response.json({ error: result.error }, { status: result.status, headers: { 'Cache-Control': 'private, no-store' } });
  return new Response(new Uint8Array(result.pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="${result.filename}"`,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, no-store',
    },
  });
}
