import { describe, expect, it } from 'vitest';
import { RENDER_HEADER } from '@/lib/cache/document-request';
import { cachedPrivateTarget } from '@/lib/cache/private-route';

function request(path: string, opts: { method?: string; headers?: Record<string, string>; cookies?: string[] } = {}) {
  return {
    method: opts.method ?? 'GET',
    nextUrl: new URL(path, 'http://localhost'),
    headers: new Headers({ accept: 'text/html,application/xhtml+xml,*/*;q=0.8', ...opts.headers }),
    cookies: { getAll: () => (opts.cookies ?? ['next-auth.session-token']).map((name) => ({ name })) },
  };
}

describe('which signed-in page loads the proxy sends to the page cache', () => {
  it('takes a signed-in document load of the juror’s assignments, the score matrix and the shortlist, query included', () => {
    expect(cachedPrivateTarget(request('/jury'))).toBe('/jury');
    expect(cachedPrivateTarget(request('/jury?status=submitted&sida=2'))).toBe('/jury?status=submitted&sida=2');
    expect(cachedPrivateTarget(request('/arrangor/omgang/12/topplista'))).toBe('/arrangor/omgang/12/topplista');
    expect(cachedPrivateTarget(request('/arrangor/omgang/3/framsteg', { cookies: ['__Secure-next-auth.session-token.0'] }))).not.toBeNull();
  });

  it('leaves every other page, signed-out visitors, the router, actions, other methods and its own renders to the page', () => {
    for (const p of ['/jury/mina-poang', '/jury/nominering/4', '/jury/', '/arrangor', '/arrangor/omgang/1', '/arrangor/omgang/x/topplista', '/arrangor/omgang/1/topplista/x', '/kommun', '/resultat/2025', '/api/jury/poang']) {
      expect(cachedPrivateTarget(request(p)), p).toBeNull();
    }
    expect(cachedPrivateTarget(request('/jury', { cookies: ['kk-locale', 'next-auth.csrf-token'] }))).toBeNull();
    for (const h of ['rsc', 'next-router-prefetch', 'next-router-state-tree', 'next-action', RENDER_HEADER]) {
      expect(cachedPrivateTarget(request('/jury', { headers: { [h]: '1' } })), h).toBeNull();
    }
    expect(cachedPrivateTarget(request('/jury', { headers: { accept: '*/*' } }))).toBeNull();
    expect(cachedPrivateTarget(request('/jury', { method: 'POST' }))).toBeNull();
  });
});
