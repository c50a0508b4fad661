import { afterAll, describe, expect, it } from 'vitest';
import { limitInvitationAcceptance } from '@/lib/auth/entry-limits';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { signInWithPassword } from '@/lib/auth/sign-in';
import { clientAddress, installSocketAddressStamp, SOCKET_ADDRESS_HEADER } from '@/lib/security/client-address';
import { contentSecurityPolicy, newNonce } from '@/lib/security/headers';
import { isCrossSiteWrite } from '@/lib/security/origin';
import { RATE_RULES } from '@/lib/security/rate-limit';
import { freshDatabase } from '../helpers/db';

describe('invitation acceptance is rate limited per link and per address', () => {
  const t = freshDatabase('entry');
  afterAll(() => t.cleanup());

  it('refuses the 11th try of one link within the hour, from any address', async () => {
    const token = { token: 'k'.repeat(43) };
    for (let i = 0; i < RATE_RULES.invitationToken.points; i++) expect(await limitInvitationAcceptance(t.db, token, `9.9.9.${i}`)).toBeNull();
    expect(await limitInvitationAcceptance(t.db, token, '9.9.8.1')).toMatch(/^För många försök\. Försök igen om (60|59) minuter\.$/);
    expect(await limitInvitationAcceptance(t.db, { token: 'm'.repeat(43) }, '9.9.8.1')).toBeNull();
  });
});

describe('cross-site writes', () => {
  const h = (o: Record<string, string>) => new Headers(o);
  it('refuses a POST whose Origin is another host, or that the browser marks cross-site', () => {
    expect(isCrossSiteWrite('POST', h({ host: 'jury.example.se', origin: 'https://evil.example' }))).toBe(true);
    expect(isCrossSiteWrite('POST', h({ host: 'jury.example.se', 'sec-fetch-site': 'cross-site' }))).toBe(true);
    expect(isCrossSiteWrite('POST', h({ host: 'jury.example.se', origin: 'null' }))).toBe(true);
  });
  it('lets same-origin writes, reads and requests without a browser through', () => {
    expect(isCrossSiteWrite('POST', h({ host: 'jury.example.se', origin: 'https://jury.example.se' }))).toBe(false);
    expect(isCrossSiteWrite('GET', h({ host: 'jury.example.se', origin: 'https://evil.example' }))).toBe(false);
    expect(isCrossSiteWrite('POST', h({ host: 'jury.example.se' }))).toBe(false);
  });
});

describe('the Content-Security-Policy', () => {
  it('allows scripts only with the nonce (strict-dynamic), never inline or eval in production', () => {
    const nonce = newNonce();
    const csp = contentSecurityPolicy(nonce, { dev: false, https: true });
    const script = csp.split('; ').find((d) => d.startsWith('script-src'))!;
    expect(script).toBe(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("worker-src 'self'");
    expect(csp).toContain("img-src 'self' data: blob:");
    expect(csp).toContain('upgrade-insecure-requests');
    expect(newNonce()).not.toBe(nonce);
    expect(contentSecurityPolicy(nonce, { dev: true, https: false })).toContain("'unsafe-eval'");
  });
});

describe('the client address for per-address limits', () => {
  const saved = process.env.TRUST_PROXY;
  afterAll(() => {
    if (saved === undefined) delete process.env.TRUST_PROXY;
    else process.env.TRUST_PROXY = saved;
  });

  it('without TRUST_PROXY: the connection’s address; X-Forwarded-For and X-Real-IP are ignored', () => {
    delete process.env.TRUST_PROXY;
    const keys = new Set(
      Array.from({ length: 20 }, (_, i) => clientAddress(new Headers({ 'x-forwarded-for': `6.6.${i}.1, 10.0.0.${i}`, 'x-real-ip': `7.7.7.${i}`, [SOCKET_ADDRESS_HEADER]: '203.0.113.5' }))),
    );
    expect([...keys]).toEqual(['203.0.113.5']);
    // Not stamped (should not happen): one shared key, stricter rather than open to a forged header.
    expect(clientAddress({ 'x-forwarded-for': '10.0.0.8' })).toBe('unknown');
    expect(clientAddress(undefined)).toBe('unknown');
  });

  it('with TRUST_PROXY=1: the last X-Forwarded-For entry (the one the nearest proxy appended)', () => {
    process.env.TRUST_PROXY = '1';
    expect(clientAddress(new Headers({ 'x-forwarded-for': '6.6.6.6, 10.0.0.7', [SOCKET_ADDRESS_HEADER]: '127.0.0.1' }))).toBe('10.0.0.7');
    expect(clientAddress({ 'x-forwarded-for': '10.0.0.8' })).toBe('10.0.0.8');
    expect(clientAddress({ [SOCKET_ADDRESS_HEADER]: '127.0.0.1' })).toBe('127.0.0.1');
  });

  it('the stamp overwrites an address header the client sent with the socket’s', async () => {
    const server = http.createServer((req, res) => res.end(clientAddress(req.headers as Record<string, string>)));
    await installSocketAddressStamp();
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      delete process.env.TRUST_PROXY;
      const { port } = server.address() as AddressInfo;
      const res = await fetch(`http://127.0.0.1:${port}/`, { headers: { 'x-forwarded-for': '1.2.3.4', [SOCKET_ADDRESS_HEADER]: '5.6.7.8' } });
      expect(await res.text()).toBe('127.0.0.1');
    } finally {
      server.close();
    }
  });

  it('an attacker rotating X-Forwarded-For still uses up the per-address sign-in limit', async () => {
    delete process.env.TRUST_PROXY;
    const t = freshDatabase('rotating-xff');
    try {
      const outcomes = [];
      for (let i = 0; i <= RATE_RULES.signInIp.points; i++) {
        const address = clientAddress(new Headers({ 'x-forwarded-for': `198.51.${i}.${i}`, [SOCKET_ADDRESS_HEADER]: '203.0.113.9' }));
        outcomes.push(await signInWithPassword(t.db, { email: `okand${i}@example.org`, password: 'fel lösenord igen' }, address));
      }
      expect(outcomes.at(-1)).toMatchObject({ ok: false, reason: 'rate-limited' });
    } finally {
      t.cleanup();
    }
  }, 120_000);
});
