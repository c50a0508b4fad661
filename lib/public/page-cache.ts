import 'server-only';
import { getDb } from '@/db/client';
import { isLocale, isTheme, LOCALE_COOKIE, THEME_COOKIE } from '@/i18n/config';
import { answerFrom, nonceOf, renderPage, selfOrigin, type RenderedPage } from '@/lib/cache/rendered-page';
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
 * CSP and the fresh render: lib/cache/rendered-page.ts (the page is kept cut at its own
 * nonce and joined with each visitor's). A render gets only the language and theme
 * cookies. Concurrent misses for one key share one render.
 */

const MAX_ENTRIES = 96;
const FINGERPRINT = /<meta name="kk-result" content="([A-Za-z0-9_-]+)"/;

type Rendered = RenderedPage & { fingerprint: string | null };
type Store = { entries: Map<string, Rendered>; pending: Map<string, Promise<Rendered>> };

// One store per server process (module copies in different bundles share it).
const STORE_KEY = Symbol.for('kk.public-result-page-cache');
const store: Store = ((globalThis as Record<symbol, Store>)[STORE_KEY] ??= { entries: new Map(), pending: new Map() });

/** The visitor's preferences the page depends on (signed out, nothing else of the request is read). */
function preferences(req: Request & { cookies: { get(name: string): { value: string } | undefined } }) {
  const locale = req.cookies.get(LOCALE_COOKIE)?.value;
  const theme = req.cookies.get(THEME_COOKIE)?.value;
  return { locale: isLocale(locale) ? locale : null, theme: isTheme(theme) ? theme : null };
}

async function render(year: number, prefs: { locale: string | null; theme: string | null }, origin: string): Promise<Rendered> {
  const cookie = [prefs.locale && `${LOCALE_COOKIE}=${prefs.locale}`, prefs.theme && `${THEME_COOKIE}=${prefs.theme}`].filter(Boolean).join('; ');
  const { html, ...page } = await renderPage(origin, `/resultat/${year}`, cookie);
  return { ...page, fingerprint: page.status === 200 && page.nonced && !page.setsCookie ? (FINGERPRINT.exec(html)?.[1] ?? null) : null };
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
  if (!result) return answerFrom(await render(year, prefs, origin), nonce, 'bypass');

  const key = prefix + resultFingerprint(result);
  const hit = store.entries.get(key);
  if (hit) return answerFrom(hit, nonce, 'hit');

  let pending = store.pending.get(key);
  if (!pending) {
    pending = render(year, prefs, origin).finally(() => store.pending.delete(key));
    store.pending.set(key, pending);
  }
  const page = await pending;
  // Stored under the fingerprint the page itself rendered: what it showed was public then.
  if (page.fingerprint) remember(prefix, page);
  return answerFrom(page, nonce, 'miss');
}

/** For tests: forget every cached page. */
export function clearResultPageCache(): void {
  store.entries.clear();
}
