import { nonceOf, type RenderedPage } from './answer';
import { RENDER_HEADER } from './document-request';

export { answerFrom, nonceOf, type RenderedPage } from './answer';

/*
 * A page rendered by this same server for a cache, and the answer made from it with the
 * visitor's own CSP nonce. Shared by the public result page cache (lib/public/page-cache.ts)
 * and the signed-in page cache (lib/cache/private-page-cache.ts).
 *
 * CSP: every answer keeps the strict per-request nonce. A fresh render is made with a
 * random nonce N0 of its own (its CSP header names it); the page is kept cut at every
 * occurrence of N0 and the parts are joined with the nonce of the request being answered.
 * N0 is 128 random bits, so no text of the page can contain it by chance, and it is never
 * sent to any visitor; the visitor's nonce is new for every answer as before.
 *
 * A fresh render is a request to this same server (its own address, never the Host header)
 * with RENDER_HEADER, which makes the proxy let it through to the page instead of the cache.
 * No server-only marker: the proxy renders for the signed-in page cache itself.
 * The header is not a secret: a visitor who sends it only skips the cache.
 */

/** Headers of the rendered page that a cached answer repeats. */
const KEPT_HEADERS = ['content-type', 'cache-control', 'vary', 'link'];

/** This server's own address (set by `next start`/`next dev` once listening), or null. */
export function selfOrigin(): string | null {
  const origin = process.env.__NEXT_PRIVATE_ORIGIN;
  if (origin && /^https?:\/\/[^/]+$/.test(origin)) return origin;
  return process.env.PORT ? `http://127.0.0.1:${process.env.PORT}` : null;
}

/** Renders `path` (with its query) on this server, as a document request with the given cookie header. */
export async function renderPage(origin: string, path: string, cookie: string): Promise<RenderedPage & { html: string }> {
  const res = await fetch(`${origin}${path}`, {
    headers: { [RENDER_HEADER]: '1', accept: 'text/html', ...(cookie ? { cookie } : {}) },
    redirect: 'manual',
    cache: 'no-store',
  });
  const html = await res.text();
  const nonce = nonceOf(res.headers.get('content-security-policy'));
  const headers = KEPT_HEADERS.flatMap((h): [string, string][] => {
    const v = res.headers.get(h);
    return v ? [[h, v]] : [];
  });
  // A redirect names this server's own address when it is absolute: the visitor gets the path.
  const location = res.headers.get('location');
  if (location) headers.push(['location', location.startsWith(origin) ? location.slice(origin.length) || '/' : location]);
  const setCookies = res.headers.getSetCookie();
  for (const c of setCookies) headers.push(['set-cookie', c]);
  return { status: res.status, html, parts: nonce ? html.split(nonce) : [html], headers, nonced: nonce !== null, setsCookie: setCookies.length > 0 };
}
