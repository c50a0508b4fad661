/**
 * Strict headers and hardened sign-in in the real app (next build && next start):
 * every kind of answer carries the security headers; scripts only run with the
 * request's nonce and the browser reports no CSP violation while signing in,
 * reading a PDF as a juror and opening the organiser's shortlist; cross-site
 * writes are refused; an organiser enrols TOTP and signs in with a code.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page, Response } from 'playwright-core';
import { hashPassword } from '@/lib/auth/password';
import { totpCodeAt } from '@/lib/auth/totp';
import { expectNoAxeViolations, openBrowser, signIn } from './browser';

const e2e = inject('e2e');

type Violation = { url: string; directive: string; blocked: string; sample: string };

function expectSecurityHeaders(headers: Record<string, string>, what: string, opts: { csp: boolean } = { csp: true }) {
  expect(headers['x-content-type-options'], what).toBe('nosniff');
  expect(headers['referrer-policy'], what).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy'], what).toContain('camera=()');
  if (!opts.csp) return;
  const csp = headers['content-security-policy'] ?? '';
  const script = csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src')) ?? '';
  expect(script, what).toMatch(/^script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'$/);
  expect(csp, what).toContain("frame-ancestors 'none'");
  expect(csp, what).toContain("object-src 'none'");
  expect(headers['strict-transport-security'], what).toMatch(/^max-age=\d{8,}/);
}

const nonceOf = (csp: string) => /'nonce-([^']+)'/.exec(csp)?.[1];

describe.skipIf(e2e.skip !== null)('security headers, CSP and two-factor sign-in', () => {
  let context: BrowserContext;
  let close: () => Promise<void>;
  const violations: Violation[] = [];
  const documents: { url: string; headers: Record<string, string> }[] = [];
  let juror: { email: string; nominationId: number };
  let cycleId = 0;
  const organiser = { email: `totp-${Date.now()}@example.org`, password: 'tvåfaktor är bra för arrangörer' };

  beforeAll(async () => {
    ({ context, close } = await openBrowser(e2e.baseURL));
    await context.exposeBinding('__kkCspViolation', (_source, v: Violation) => {
      violations.push(v);
    });
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        (window as unknown as { __kkCspViolation: (v: unknown) => void }).__kkCspViolation({
          url: document.location.href,
          directive: e.violatedDirective,
          blocked: e.blockedURI,
          sample: e.sample,
        });
      });
    });
    const db = new Database(e2e.databasePath);
    const nomination = db
      .prepare(
        `select a.nomination_id as id from assignments a join users u on u.id = a.juror_id
          where u.email = 'jury1@example.org' and (select count(*) from documents d where d.nomination_id = a.nomination_id) >= 1
          order by a.nomination_id limit 1`,
      )
      .get() as { id: number };
    juror = { email: 'jury1@example.org', nominationId: nomination.id };
    cycleId = (db.prepare('select id from cycles where is_demo = 1 order by id limit 1').get() as { id: number }).id;
    // A real (non-demo) organiser of this test's own, without two-factor sign-in yet.
    db.prepare("insert into users (email, name, role, password_hash, is_demo, created_at) values (?, 'Tova Tvåfaktor', 'organiser', ?, 0, ?)").run(
      organiser.email,
      await hashPassword(organiser.password),
      new Date().toISOString(),
    );
    db.close();
  });

  afterAll(async () => {
    await close?.();
  });

  async function watchedPage(): Promise<Page> {
    await context.clearCookies();
    violations.length = 0;
    documents.length = 0;
    const page = await context.newPage();
    page.on('console', (m) => {
      if (/Content[- ]Security[- ]Policy/i.test(m.text())) violations.push({ url: page.url(), directive: 'console', blocked: '', sample: m.text() });
    });
    page.on('response', async (r: Response) => {
      if (r.request().resourceType() === 'document' && r.request().frame() === page.mainFrame()) documents.push({ url: r.url(), headers: await r.allHeaders() });
    });
    return page;
  }

  it('every kind of answer carries the headers: pages, redirects, 404, API JSON, 401, the auth API', async () => {
    const paths = ['/logga-in', '/glomt-losenord', '/registrera', '/aterstall/ingen-sadan-lank-finns-har', '/finns-inte-alls', '/arrangor', '/jury/pdf-worker', '/api/health', '/api/arrangor/logg', '/api/auth/session'];
    const nonces = new Set<string>();
    for (const p of paths) {
      const res = await fetch(`${e2e.baseURL}${p}`, { redirect: 'manual' });
      const headers = Object.fromEntries(res.headers.entries());
      expectSecurityHeaders(headers, `${p} (${res.status})`);
      nonces.add(nonceOf(headers['content-security-policy'])!);
      if ((res.headers.get('content-type') ?? '').includes('text/html')) {
        const html = await res.text();
        const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
        expect(scripts.length, p).toBeGreaterThan(0);
        for (const tag of scripts) expect(tag, `${p}: every script has this request's nonce`).toContain(`nonce="${nonceOf(headers['content-security-policy'])}"`);
      }
    }
    expect(nonces.size, 'a fresh nonce per request').toBe(paths.length);
    // The upload route stays out of the proxy (bodies over 10 MB): next.config's headers, and its own Origin check.
    const upload = await fetch(`${e2e.baseURL}/api/upload`, { method: 'POST', headers: { origin: 'https://angripare.example' } });
    expectSecurityHeaders(Object.fromEntries(upload.headers.entries()), '/api/upload', { csp: false });
    expect(upload.status).toBe(403);
  });

  it('refuses cross-site writes to route handlers and server actions with 403 and a message', async () => {
    const auth = await fetch(`${e2e.baseURL}/api/auth/callback/credentials`, {
      method: 'POST',
      headers: { origin: 'https://angripare.example', 'content-type': 'application/x-www-form-urlencoded' },
      body: 'email=jury1%40example.org&password=x',
    });
    expect(auth.status).toBe(403);
    // A real action id: the proxy answers an unknown one with 404 before Next looks at the Origin.
    const manifest = JSON.parse(fs.readFileSync(path.join(process.cwd(), process.env.NEXT_DIST_DIR || '.next', 'server', 'server-reference-manifest.json'), 'utf8')) as {
      node: Record<string, { filename: string; exportedName: string }>;
    };
    const actionId = Object.entries(manifest.node).find(([, v]) => v.filename === 'app/glomt-losenord/actions.ts')?.[0];
    expect(actionId, 'the reset-request action in the build').toBeTruthy();
    const action = (origin: string) =>
      fetch(`${e2e.baseURL}/glomt-losenord`, {
        method: 'POST',
        headers: { origin, 'next-action': actionId!, 'content-type': 'text/plain;charset=UTF-8', accept: 'text/x-component' },
        body: '[{"email":"jury1@example.org"}]',
      });
    const evil = await action('https://angripare.example');
    const same = await action(e2e.baseURL);
    expect(evil.status).toBe(403);
    expect(((await evil.json()) as { error: string }).error).toMatch(/annan webbplats/);
    expect(same.status).toBe(200);
  });

  it('records no CSP violation while signing in, reading a PDF as a juror and opening the shortlist; every document has the headers', async () => {
    const page = await watchedPage();
    await signIn(page, juror.email);
    await page.goto(`/jury/nominering/${juror.nominationId}`);
    await page.locator('#dokumentvy canvas').scrollIntoViewIfNeeded();
    await page.locator('canvas[data-page="1"]').waitFor({ timeout: 30_000 });
    await page.waitForTimeout(500);
    await context.clearCookies();
    await signIn(page, 'arrangor@example.org');
    await page.goto(`/arrangor/omgang/${cycleId}/topplista`);
    await page.locator('#rangordning-tabell').waitFor();
    await page.goto('/konto');
    await page.getByRole('heading', { name: 'Byt lösenord' }).waitFor();
    await expectNoAxeViolations(page);
    await page.close();
    expect(violations).toEqual([]);
    expect(documents.length).toBeGreaterThanOrEqual(5);
    for (const d of documents) expectSecurityHeaders(d.headers, d.url);
  });

  it('a real organiser must enrol TOTP before /arrangor, then signs in with a code from the app', async () => {
    const page = await watchedPage();
    await signIn(page, organiser.email, organiser.password);
    expect(new URL(page.url()).pathname).toBe('/konto/tvafaktor');
    // The organiser API is closed too until enrolment.
    expect((await page.request.get('/api/arrangor/logg')).status()).toBe(403);

    await page.getByRole('button', { name: 'Aktivera tvåfaktorsinloggning' }).click();
    const secret = (await page.getByTestId('totp-secret').textContent())!.replace(/\s/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await expect.poll(() => page.getByRole('img', { name: 'QR-kod för autentiseringsappen' }).evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    await expectNoAxeViolations(page);
    await page.getByLabel('Kod från appen').fill(totpCodeAt(secret, Date.now()));
    await page.getByRole('button', { name: 'Bekräfta och aktivera' }).click();
    await page.getByRole('heading', { name: 'Dina återställningskoder' }).waitFor();
    const codes = await page.getByRole('list', { name: 'Återställningskoder' }).getByRole('listitem').allTextContents();
    expect(codes).toHaveLength(10);
    await page.getByRole('button', { name: /logga in igen/ }).click();
    await page.waitForURL((u) => u.pathname === '/logga-in');

    await page.getByLabel('E-post').fill(organiser.email);
    await page.getByLabel('Lösenord').fill(organiser.password);
    await page.getByRole('button', { name: 'Logga in' }).click();
    const code = page.getByLabel('Kod från autentiseringsappen');
    await code.waitFor();
    await code.fill('000000');
    await page.getByRole('button', { name: 'Verifiera och logga in' }).click();
    await page.getByText('Koden stämmer inte').first().waitFor();
    // The next step's code: the one used to confirm enrolment cannot be used again.
    await code.fill(totpCodeAt(secret, Date.now() + 30_000));
    await page.getByRole('button', { name: 'Verifiera och logga in' }).click();
    await page.waitForURL((u) => u.pathname.startsWith('/arrangor'));
    expect((await page.request.get('/api/arrangor/logg')).status()).toBe(200);
    await page.close();
    expect(violations).toEqual([]);
  });
});
