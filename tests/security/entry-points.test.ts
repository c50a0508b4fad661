import { afterAll, describe, expect, it } from 'vitest';
import { limitInvitationAcceptance } from '@/lib/auth/entry-limits';
import { clientAddress } from '@/lib/security/client-address';
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
  it('takes the last X-Forwarded-For entry (the nearest hop vouches for it)', () => {
    expect(clientAddress(new Headers({ 'x-forwarded-for': '6.6.6.6, 10.0.0.7' }))).toBe('10.0.0.7');
    expect(clientAddress({ 'x-forwarded-for': '10.0.0.8' })).toBe('10.0.0.8');
    expect(clientAddress(undefined)).toBe('unknown');
  });
});
