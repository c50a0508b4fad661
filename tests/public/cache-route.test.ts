import { describe, expect, it } from 'vitest';
import { cachedResultPath, RENDER_HEADER } from '@/lib/public/cache-route';

function request(path: string, opts: { method?: string; headers?: Record<string, string>; cookies?: string[] } = {}) {
  const url = new URL(path, 'http://localhost');
  return {
    method: opts.method ?? 'GET',
    nextUrl: url,
    headers: new Headers({ accept: 'text/html,application/xhtml+xml,*/*;q=0.8', ...opts.headers }),
    cookies: { getAll: () => (opts.cookies ?? []).map((name) => ({ name })) },
  };
}

describe('which requests the public page cache answers', () => {
  it('takes a signed-out visitor’s plain page load of a result year', () => {
    expect(cachedResultPath(request('/resultat/2025'))).toBe('/resultat-cache/2025');
    expect(cachedResultPath(request('/resultat/2025', { cookies: ['kk-locale', 'kk-theme', 'next-auth.csrf-token'] }))).toBe('/resultat-cache/2025');
  });

  it('leaves signed-in visitors (any session cookie, chunked or secure) to the page', () => {
    for (const name of ['next-auth.session-token', '__Secure-next-auth.session-token', 'next-auth.session-token.0']) {
      expect(cachedResultPath(request('/resultat/2025', { cookies: [name] })), name).toBeNull();
    }
  });

  it('leaves client navigations, prefetches, actions, other methods, query strings, other paths and its own renders to the page', () => {
    for (const h of ['rsc', 'next-router-prefetch', 'next-router-state-tree', 'next-action', RENDER_HEADER]) {
      expect(cachedResultPath(request('/resultat/2025', { headers: { [h]: '1' } })), h).toBeNull();
    }
    // The router's fetches (Next strips their RSC headers before the proxy) do not ask for HTML.
    expect(cachedResultPath(request('/resultat/2025', { headers: { accept: '*/*' } }))).toBeNull();
    expect(cachedResultPath(request('/resultat/2025', { method: 'POST' }))).toBeNull();
    expect(cachedResultPath(request('/resultat/2025', { method: 'HEAD' }))).toBeNull();
    expect(cachedResultPath(request('/resultat/2025?_rsc=abc'))).toBeNull();
    for (const p of ['/resultat', '/resultat/20255', '/resultat/2025/x', '/resultat/abcd', '/api/public/resultat/2025']) expect(cachedResultPath(request(p)), p).toBeNull();
  });
});
