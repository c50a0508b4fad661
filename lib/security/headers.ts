/**
 * The security headers the proxy puts on every page and API answer (next.config.ts
 * adds X-Content-Type-Options, Referrer-Policy, X-Frame-Options and
 * Permissions-Policy to every path, the upload route included).
 *
 * Content-Security-Policy, strict: scripts only with this request's nonce (Next
 * puts it on its own scripts, reading it from the request's CSP header), and
 * what those load ('strict-dynamic'); no inline or injected script runs.
 * style-src keeps 'unsafe-inline': React writes `style` attributes (bar widths
 * in the charts and progress matrix, the PDF viewer's page size), which a nonce
 * cannot cover; CSS cannot run script, and no secret sits in the markup for a
 * style rule to leak. worker-src for the pdf.js worker (/jury/pdf-worker);
 * img-src data: and blob: for the two-factor QR code and the PDF canvas.
 */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

export function contentSecurityPolicy(nonce: string, opts: { dev: boolean; https: boolean }): string {
  const directives = [
    "default-src 'self'",
    // React in development rebuilds error stacks with eval; production needs none.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${opts.dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${opts.dev ? ' ws: wss:' : ''}`,
    "worker-src 'self'",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(opts.https ? ['upgrade-insecure-requests'] : []),
  ];
  return directives.join('; ');
}

/** Two years, subdomains included: sent only by a production server (browsers ignore it over http anyway). */
export const HSTS = 'max-age=63072000; includeSubDomains';

export function applySecurityHeaders(headers: Headers, csp: string, production: boolean): void {
  headers.set('Content-Security-Policy', csp);
  headers.set('Cross-Origin-Opener-Policy', 'same-origin');
  if (production) headers.set('Strict-Transport-Security', HSTS);
}
