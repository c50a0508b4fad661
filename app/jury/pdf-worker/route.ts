import fs from 'node:fs';
import path from 'node:path';

export const dynamic = 'force-static';

let worker: Buffer | null = null;

/**
 * The pdf.js worker (pdfjs-dist, the same version as the viewer), served from
 * node_modules so that no copy has to live in public/. Behind the sign-in proxy
 * like the rest of /jury; it is library code, so it needs no further check.
 */
export function GET() {
  worker ??= fs.readFileSync(
    path.join(/*turbopackIgnore: true*/ process.cwd(), 'node_modules', 'pdfjs-dist', 'build', 'pdf.worker.min.mjs'),
  );
  return new Response(new Uint8Array(worker), {
    headers: {
      'Content-Type': 'text/javascript; charset=utf-8',
      'Cache-Control': 'public, max-age=86400',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
