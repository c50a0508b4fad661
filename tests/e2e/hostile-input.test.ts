/**
 * Hostile input over real HTTP against the production server (a smaller sample
 * than the in-process fuzz in tests/security/hostile-*.test.ts): uploads with
 * broken multipart, wrong types, random bytes and an oversize body; server-action
 * posts with huge, deeply nested and malformed bodies. Never a 5xx, the server
 * stays up, no temporary file stays behind; per-address limits ignore a forged
 * X-Forwarded-For. Then the stored payloads — a contact's
 * name, application answers, a document title — are rendered: the HTML carries
 * them escaped and no script of theirs runs in Chromium.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { generateDemoDocument } from '@/lib/reports/demo-document';
import { signInOverHttp } from '../helpers/http-sign-in';
import { openBrowser } from './browser';

const e2e = inject('e2e');
const EMAIL = 'fientlig.e2e@example.org';
const SCRIPT = '<script>window.__kkXss=1</script>';
const IMG = '"><img src=x onerror="window.__kkXss=2">';
const BOUNDARY = '----kke2efuzz';
const distDir = process.env.NEXT_DIST_DIR || '.next';

function part(content: Buffer, filename = 'plan.pdf', type = 'application/pdf'): Buffer {
  return Buffer.concat([
    Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`),
    content,
    Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
  ]);
}

describe.skipIf(e2e.skip !== null)('hostile input over HTTP', () => {
  let nominationId: number;
  let cookie: string;
  let pdf: Buffer;
  const tally = { cases: 0, byStatus: {} as Record<number, number> };
  const base = e2e.baseURL;
  const tmpDir = path.join(path.dirname(e2e.databasePath), 'files', 'tmp');

  beforeAll(async () => {
    const db = new Database(e2e.databasePath);
    const hash = (db.prepare("select password_hash as h from users where email = 'kommun1@example.org'").get() as { h: string }).h;
    const m = db.prepare('select kommunkod from municipalities where kommunkod not in (select kommunkod from nominations) order by kommunkod desc limit 1').get() as { kommunkod: string };
    const now = new Date().toISOString();
    const cycleId = Number(db.prepare("insert into cycles (year, name, mode, phase, created_at) values (2030, 'E2E-fientlig indata 2030', 'open_application', 'applications_open', ?)").run(now).lastInsertRowid);
    db.prepare("insert into cycle_phase_dates (cycle_id, phase, starts_at, ends_at) values (?, 'applications_open', '2020-01-01T00:00:00.000Z', '2099-12-31T22:59:00.000Z')").run(cycleId);
    const answers = { goals: `Mål ${SCRIPT}`, followUp: `Uppföljning ${IMG}`, selfDescription: { democracy: "'; DROP TABLE users; --" } };
    nominationId = Number(
      db.prepare("insert into nominations (cycle_id, kommunkod, status, answers, updated_at, created_at) values (?, ?, 'draft', ?, ?, ?)").run(cycleId, m.kommunkod, JSON.stringify(answers), now, now).lastInsertRowid,
    );
    db.prepare("insert into users (email, name, role, title, kommunkod, password_hash, is_demo) values (?, ?, 'municipality', 'Testare', ?, ?, 1)").run(EMAIL, `Eva ${SCRIPT}`, m.kommunkod, hash);
    db.close();
    cookie = await signInOverHttp(base, EMAIL, 'kvalitet2027');
    pdf = (await generateDemoDocument({ municipalityName: 'Fientlig', kommunkod: m.kommunkod, type: 'vision', year: 2029, seed: 99, pages: 1 })).pdf;
  });

  afterAll(() => {
    console.log(`Hostile input over HTTP: ${tally.cases} requests, by status ${JSON.stringify(tally.byStatus)}.`);
  });

  async function send(url: string, init: RequestInit): Promise<{ status: number; text: string }> {
    tally.cases++;
    const res = await fetch(url, init);
    const text = await res.text();
    tally.byStatus[res.status] = (tally.byStatus[res.status] ?? 0) + 1;
    expect(res.status, `${init.method} ${url}: ${text.slice(0, 200)}`).toBeLessThan(500);
    return { status: res.status, text };
  }
  /**
   * An oversize upload over node:http: the server answers 413 and closes the connection without
   * reading the rest, so writing the body may fail (EPIPE/ECONNRESET) before or after the answer is
   * read. Either is a refusal; fetch cannot tell them apart, so it is not used here.
   */
  function oversize(body: Uint8Array): Promise<{ status: number | null; closedEarly: boolean }> {
    tally.cases++;
    return new Promise((resolve) => {
      let status: number | null = null;
      const url = new URL(`${base}/api/upload?${new URLSearchParams({ nominationId: String(nominationId), type: 'ovrigt', title: 'Stor' })}`);
      const req = http.request(url, { method: 'POST', headers: { cookie, 'content-type': `multipart/form-data; boundary=${BOUNDARY}`, 'content-length': String(body.length) } }, (res) => {
        status = res.statusCode ?? null;
        res.resume();
        res.on('end', () => resolve({ status, closedEarly: false }));
        res.on('error', () => resolve({ status, closedEarly: true }));
      });
      req.on('error', (err: NodeJS.ErrnoException) => {
        // Only the server cutting the connection counts as a refusal; any other error fails the check below.
        resolve({ status, closedEarly: err.code === 'EPIPE' || err.code === 'ECONNRESET' });
      });
      req.end(body);
    });
  }
  const upload = (body: BodyInit, headers: Record<string, string> = { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` }, title = 'Plan') =>
    send(`${base}/api/upload?${new URLSearchParams({ nominationId: String(nominationId), type: 'ovrigt', title })}`, { method: 'POST', headers: { cookie, ...headers }, body });

  it('the upload route answers 4xx with a message to broken, wrong and random bodies, and 201 to a PDF with a hostile title', async () => {
    const ok = await upload(new Uint8Array(part(pdf)), undefined, `Plan ${SCRIPT}`);
    expect(ok.status).toBe(201);
    const cases: [BodyInit, Record<string, string>?][] = [
      [new Uint8Array(part(randomBytes(3000)))],
      [new Uint8Array(randomBytes(5000))],
      [new Uint8Array(part(pdf).subarray(0, 500))],
      [new Uint8Array(part(pdf)), { 'content-type': 'multipart/form-data' }],
      [new Uint8Array(part(pdf)), { 'content-type': 'application/json' }],
      [JSON.stringify({ a: 'x'.repeat(2_000_000) }), { 'content-type': 'application/json' }],
      ['['.repeat(200_000), { 'content-type': 'application/json' }],
      [new Uint8Array(part(pdf, '../../etc/passwd', 'text/html'))],
      ['', { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` }],
    ];
    // All at once (the server must cope with them side by side, too).
    const big = Buffer.alloc(52 * 1024 * 1024, 0x20);
    big.write('%PDF-1.4\n', 0);
    const [over, ...answers] = await Promise.all([oversize(new Uint8Array(part(big))), ...cases.map(([body, headers]) => upload(body, headers))]);
    for (const r of answers) {
      expect(r.status, r.text).toBeGreaterThanOrEqual(400);
      expect(JSON.parse(r.text).error).toMatch(/\p{L}{3,}/u);
    }
    // An oversize body, streamed: refused with 413 (or the connection cut while the rest was still being sent) without the server reading it all.
    if (over.status !== null) expect(over.status).toBe(413);
    else expect(over.closedEarly).toBe(true);
    if (over.status !== null) tally.byStatus[over.status] = (tally.byStatus[over.status] ?? 0) + 1;
    const unsigned = await send(`${base}/api/upload?nominationId=${nominationId}&type=ovrigt&title=x`, { method: 'POST', headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` }, body: new Uint8Array(part(pdf)) });
    expect(unsigned.status).toBe(401);
    await expect.poll(() => (fs.existsSync(tmpDir) ? fs.readdirSync(tmpDir) : [])).toEqual([]);
  }, 120_000);

  it('server-action posts Next cannot decode get 4xx and a Swedish message, never a 5xx; hostile text that reaches the action is refused with a message', async () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(process.cwd(), distDir, 'server', 'server-reference-manifest.json'), 'utf8')) as { node: Record<string, { filename: string; exportedName: string }> };
    const actionId = Object.entries(manifest.node).find(([, v]) => v.exportedName === 'saveDraftAction' && v.filename === 'app/kommun/actions.ts')?.[0];
    expect(actionId, 'saveDraftAction in the build').toBeTruthy();
    const headers = { cookie, origin: base, 'next-action': actionId!, 'content-type': 'text/plain;charset=UTF-8', accept: 'text/x-component' };
    const url = `${base}/kommun/ansokan/${nominationId}`;
    const post = async (body: string, extra: Record<string, string> = {}) => {
      tally.cases++;
      const res = await fetch(url, { method: 'POST', headers: { ...headers, ...extra }, body });
      const text = await res.text();
      tally.byStatus[res.status] = (tally.byStatus[res.status] ?? 0) + 1;
      // Whatever the answer, it names no stack, file or error class.
      expect(text, text.slice(0, 300)).not.toMatch(/SyntaxError|RangeError|TypeError|\bat \S+ \(|\/work\/|node_modules|\.tsx?:\d+/);
      return { status: res.status, text };
    };
    const refusedWithMessage = (r: { status: number; text: string }, status: number, label: string) => {
      expect(r.status, `${label}: ${r.text.slice(0, 200)}`).toBe(status);
      expect(JSON.parse(r.text).error, label).toMatch(/^[A-ZÅÄÖ][^{}<>]*(försök igen|Korta texten)[^{}<>]*\.$/u);
    };
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    // One case per class, all at once: over 1 MB; bodies Next itself could not decode (nested past
    // the stack, not JSON, empty, forged references — the React2Shell shape — broken multipart, a
    // deep multipart part); a content type React never sends; an unknown and a malformed action id.
    const cases: [string, string, Record<string, string>, number][] = [
      ['over 1 MB', JSON.stringify([{ nominationId, answers: { goals: 'x'.repeat(3_000_000) } }]), {}, 413],
      ['deep nesting', deep, {}, 400],
      ['not JSON', '{not json', {}, 400],
      ['empty', '', {}, 400],
      ['forged references', JSON.stringify(['$@0', '$K1', '$Q2', { then: '$1:__proto__:constructor:constructor' }]), {}, 400],
      ['missing part', JSON.stringify(['$1']), {}, 400],
      ['broken multipart', '--x\r\nbroken', { 'content-type': 'multipart/form-data; boundary=x' }, 400],
      ['deep multipart', `--x\r\nContent-Disposition: form-data; name="0"\r\n\r\n${deep}\r\n--x--\r\n`, { 'content-type': 'multipart/form-data; boundary=x' }, 400],
      ['JSON content type', JSON.stringify([{ nominationId, answers: {} }]), { 'content-type': 'application/json' }, 415],
      ['unknown action', '[]', { 'next-action': 'f'.repeat(42) }, 404],
      ['malformed action id', '[]', { 'next-action': 'zz' }, 404],
    ];
    const answers = await Promise.all(cases.map(([, body, extra]) => post(body, extra)));
    cases.forEach(([label, , , status], i) => refusedWithMessage(answers[i], status, label));
    expect(answers[cases.findIndex(([l]) => l === 'unknown action')].text).toContain('Ladda om sidan');
    // Hostile text that reaches the action: refused by its schema with a Swedish message, never a 5xx.
    const reached = await Promise.all(
      [`${SCRIPT}\u0000\u202e`, 'x'.repeat(900_000), "'; DROP TABLE users; --"].map((goals) => post(JSON.stringify([{ nominationId, answers: { goals }, updatedAt: 'fel' }]))),
    );
    for (const r of reached) {
      expect(r.status, r.text.slice(0, 200)).toBe(200);
      expect(r.text).toMatch(/"ok":(false|true)/);
    }
    expect((await fetch(`${base}/api/health`)).status, 'the server is still up').toBe(200);
  }, 120_000);

  it('per-address sign-in limits count the connection, not a rotated X-Forwarded-For (TRUST_PROXY unset)', async () => {
    const db = new Database(e2e.databasePath);
    try {
      const ipKeys = () => new Map((db.prepare("select key, points from rate_limits where key like 'rl:signInIp:%'").all() as { key: string; points: number }[]).map((r) => [r.key, r.points]));
      const before = ipKeys();
      const forged = ['198.51.100.1', '198.51.100.2', '203.0.113.77'];
      for (const address of forged) {
        const csrf = await fetch(`${base}/api/auth/csrf`);
        const { csrfToken } = (await csrf.json()) as { csrfToken: string };
        const jar = csrf.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
        const res = await fetch(`${base}/api/auth/callback/credentials`, {
          method: 'POST',
          redirect: 'manual',
          headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar, 'x-forwarded-for': address, 'x-real-ip': address },
          body: new URLSearchParams({ csrfToken, email: `okand-${address}@example.org`, password: 'fel lösenord helt klart', json: 'true' }),
        });
        expect(res.status).toBeLessThan(500);
      }
      const after = ipKeys();
      for (const address of forged) expect([...after.keys()].some((k) => k.includes(address)), `a counter keyed by the forged ${address}`).toBe(false);
      // All three failures landed on one counter: the connection's address.
      const grown = [...after].filter(([k, n]) => n - (before.get(k) ?? 0) === forged.length);
      expect(grown.map(([k]) => k)).toEqual([expect.stringMatching(/^rl:signInIp:(?:::ffff:)?(?:127\.0\.0\.1|::1)$/)]);
      // Give the shared server its attempts back (other journeys sign in from the same address).
      db.prepare('update rate_limits set points = points - ? where key = ?').run(forged.length, grown[0][0]);
      db.prepare("delete from rate_limits where key like 'rl:signInAccount:okand-%'").run();
    } finally {
      db.close();
    }
  }, 60_000);

  it('stored payloads are rendered escaped, and none of their scripts runs', async () => {
    const res = await fetch(`${base}/kommun/ansokan/${nominationId}`, { headers: { cookie } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).not.toContain(SCRIPT);
    expect(html).not.toContain('<img src=x onerror');
    expect(html).toContain('&lt;script&gt;window.__kkXss=1&lt;/script&gt;'); // the document title, as text
    const { context, close }: { context: BrowserContext; close: () => Promise<void> } = await openBrowser(base);
    try {
      // The session of the HTTP sign-in (the form itself is proven by other journeys).
      await context.addCookies(cookie.split('; ').map((pair) => ({ name: pair.slice(0, pair.indexOf('=')), value: pair.slice(pair.indexOf('=') + 1), url: base })));
      const page = await context.newPage();
      await page.goto(`/kommun/ansokan/${nominationId}`);
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => (window as unknown as { __kkXss?: number }).__kkXss)).toBeUndefined();
      expect(await page.getByText(`Plan ${SCRIPT}`).count()).toBeGreaterThan(0);
      await page.goto('/kommun');
      expect(await page.evaluate(() => (window as unknown as { __kkXss?: number }).__kkXss)).toBeUndefined();
    } finally {
      await close();
    }
  }, 120_000);
});
