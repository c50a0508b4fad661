import 'server-only';
import { getDb } from '@/db/client';
import { isLocale, isTheme, LOCALE_COOKIE, THEME_COOKIE } from '@/i18n/config';
import { RENDER_HEADER } from './cache-route';
import { resultFingerprint } from './fingerprint';
import { publicResultOfYear } from './results';

/*
 * A cache of the rendered public result page (/resultat/YYYY) for signed-out visitors.
 *
 * Embargo: an entry's key holds a fingerprint of the public result *as the page rendered
 * it* (the page writes it into <meta name="kk-result">; no fingerprint, no entry, and the
 * page only has one when the result was public at its render). A request is answered
 * from the cache only when the fingerprint of the result public at *this* request,
 * computed here from the database (publicResultOfYear, which asks isResultPublic), is the
 * same. Before the embargo, after a retraction or a moved embargo the result is null or
 * another one, so no entry can match; any change of what the page shows (winner,
 * motivation, finalists, jury, the embargo instant) gives a new fingerprint, so the
 * cache changes with the publication. The check costs a few indexed reads per request
 * instead of a React render.
 *
 * CSP: every answer keeps the strict per-request nonce. A fresh render is made with a
 * random nonce N0 of its own (its CSP header names it); the cache stores the page cut
 * at every occurrence of N0 and joins the parts with this request's nonce. N0 is 128
 * random bits, so no text of the page can contain it by chance, and it is never sent
 * to any visitor; the visitor's nonce is new for every answer as before.
 *
 * A fresh render is a request to this same server (its own address, never the Host
 * header) with RENDER_HEADER, which makes the proxy let it through to the page, and
 * only the language and theme cookies. Concurrent misses for one key share one render.
 */

const MAX_ENTRIES = 96;
const FINGERPRINT = /<meta name="kk-result" content="([A-Za-z0-9_-]+)"/;
const NONCE_IN_CSP = /'nonce-([A-Za-z0-9+/=]+)'/;
/** Headers of the rendered page that the cached answer repeats. */
const KEPT_HEADERS = ['content-type', 'cache-control', 'vary', 'link'];

type Rendered = { status: number; parts: string[]; headers: [string, string][]; fingerprint: string | null };
type Store = { entries: Map<string, Rendered>; pending: Map<string, Promise<Rendered>> };

// One store per server process (module copies in different bundles share it).
const STORE_KEY = Symbol.for('kk.public-result-page-cache');
const store: Store = ((globalThis as Record<symbol, Store>)[STORE_KEY] ??= { entries: new Map(), pending: new Map() });

/** This server's own address (set by `next start`/`next dev` once listening), or null. */
function selfOrigin(): string | null {
  const origin = process.env.__NEXT_PRIVATE_ORIGIN;
  if (origin && /^https?:\/\/[^/]+$/.test(origin)) return origin;
  return process.env.PORT ? `http://127.0.0.1:${process.env.PORT}` : null;
}

function nonceOf(csp: string | null): string | null {
  return (csp && NONCE_IN_CSP.exec(csp)?.[1]) || null;
}

/** The visitor's preferences the page depends on (signed out, nothing else of the request is read). */
function preferences(req: Request & { cookies: { get(name: string): { value: string } | undefined } }) {
  const locale = req.cookies.get(LOCALE_COOKIE)?.value;
  const theme = req.cookies.get(THEME_COOKIE)?.value;
  return { locale: isLocale(locale) ? locale : null, theme: isTheme(theme) ? theme : null };
}

async function render(year: number, prefs: { locale: string | null; theme: string | null }, origin: string): Promise<Rendered> {
  const cookie = [prefs.locale && `${LOCALE_COOKIE}=${prefs.locale}`, prefs.theme && `${THEME_COOKIE}=${prefs.theme}`].filter(Boolean).join('; ');
  const res = await fetch(`${origin}/resultat/${year}`, {
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
  return {
    status: res.status,
    parts: nonce ? html.split(nonce) : [html],
    headers,
    fingerprint: res.status === 200 && nonce ? (FINGERPRINT.exec(html)?.[1] ?? null) : null,
  };
}

function answer(page: Rendered, nonce: string, state: 'hit' | 'miss' | 'bypass'): Response {
  const headers = new Headers(page.headers);
  headers.set('x-kk-cache', state);
  return new Response(page.parts.join(nonce), { status: page.status, headers });
}

function remember(prefix: string, page: Rendered) {
  // Older fingerprints of the same page and language can never match again.
  for (const k of store.entries.keys()) if (k.startsWith(prefix)) store.entries.delete(k);
  while (store.entries.size >= MAX_ENTRIES) store.entries.delete(store.entries.keys().next().value!);
  store.entries.set(prefix + page.fingerprint, page);
}

/**
 * The answer to a signed-out visitor's GET /resultat/YYYY (rewritten here by the proxy,
 * whose CSP header on the request carries this answer's nonce).
 */
export async function cachedResultPage(req: Request & { cookies: { get(name: string): { value: string } | undefined } }, rawYear: string): Promise<Response> {
  const nonce = nonceOf(req.headers.get('content-security-policy'));
  const origin = selfOrigin();
  if (!nonce || !origin || !/^\d{4}$/.test(rawYear)) return new Response('Not found', { status: 404 });
  const year = Number(rawYear);
  const prefs = preferences(req);
  const result = publicResultOfYear(getDb(), year, new Date());
  const prefix = `${year}|${prefs.locale ?? ''}|${prefs.theme ?? ''}|`;
  if (!result) return answer(await render(year, prefs, origin), nonce, 'bypass');

  const key = prefix + resultFingerprint(result);
  const hit = store.entries.get(key);
  if (hit) return answer(hit, nonce, 'hit');

  let pending = store.pending.get(key);
  if (!pending) {
    pending = render(year, prefs, origin).finally(() => store.pending.delete(key));
    store.pending.set(key, pending);
  }
  const page = await pending;
  // Stored under the fingerprint the page itself rendered: what it showed was public then.
  if (page.fingerprint) remember(prefix, page);
  return answer(page, nonce, 'miss');
}

/** For tests: forget every cached page. */
export function clearResultPageCache(): void {
  store.entries.clear();
}
