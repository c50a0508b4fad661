/*
 * A kept render of a page and the answer made from it with the visitor's own CSP nonce
 * (see lib/cache/rendered-page.ts). Pure: used by the caches' routes and by the proxy.
 */

export type RenderedPage = {
  status: number;
  /** The HTML cut at the render's own nonce (one part when it had none). */
  parts: string[];
  headers: [string, string][];
  /** Whether the render had a nonce to cut at: a page without one is never kept. */
  nonced: boolean;
  /** Whether the render set a cookie: such an answer belongs to its one request and is never kept. */
  setsCookie: boolean;
};

const NONCE_IN_CSP = /'nonce-([A-Za-z0-9+/=]+)'/;

export function nonceOf(csp: string | null): string | null {
  return (csp && NONCE_IN_CSP.exec(csp)?.[1]) || null;
}

export type CacheState = 'hit' | 'miss' | 'bypass';

/** The body and status of the answer from a rendered page, with this request's nonce (one string, not a stream). */
export function answerParts(page: RenderedPage, nonce: string, state: CacheState): { body: string; init: { status: number; headers: Headers } } {
  const headers = new Headers();
  for (const [k, v] of page.headers) headers.append(k, v);
  headers.set('x-kk-cache', state);
  return { body: page.parts.join(nonce), init: { status: page.status, headers } };
}

/** The answer to this request from a rendered page, with this request's nonce. */
export function answerFrom(page: RenderedPage, nonce: string, state: CacheState): Response {
  const { body, init } = answerParts(page, nonce, state);
  return new Response(body, init);
}
