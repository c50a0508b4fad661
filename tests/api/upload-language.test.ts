/**
 * The upload route (app/api/upload/route.ts) answers its refusals in the language of the
 * request: the kk-locale cookie, else the user's stored choice, else Swedish — also for a
 * refusal raised while the file streams in.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CurrentUser } from '@/lib/auth/session';

const current: { user: CurrentUser | null } = { user: null };
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => current.user }));
vi.mock('next/server', async (orig) => ({ ...(await orig<typeof import('next/server')>()), after: () => {} }));

const { POST } = await import('@/app/api/upload/route');
const { NextRequest } = await import('next/server');
const { freshDatabase } = await import('../helpers/db');
const { applicationFixture } = await import('../helpers/application-fixture');

const t = freshDatabase('upload-language');
let fx: ReturnType<typeof applicationFixture>;
const BOUNDARY = '----kklanguageboundary';

beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2027-02-10T10:00:00.000Z'));
  fx = applicationFixture(t.db);
});
afterAll(() => {
  vi.useRealTimers();
  t.cleanup();
});

function multipart(content: Buffer): Uint8Array {
  return new Uint8Array(
    Buffer.concat([
      Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="plan.pdf"\r\nContent-Type: application/pdf\r\n\r\n`),
      content,
      Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
    ]),
  );
}

async function upload(content: Buffer, opts: { cookie?: string; user?: CurrentUser | null } = {}): Promise<{ status: number; error: string }> {
  current.user = opts.user === undefined ? fx.haboContact : opts.user;
  const query = new URLSearchParams({ nominationId: String(fx.habo), type: 'ovrigt', title: 'Plan' });
  const headers: Record<string, string> = { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` };
  if (opts.cookie) headers.cookie = opts.cookie;
  const req = new NextRequest(`http://localhost/api/upload?${query}`, { method: 'POST', headers, body: multipart(content), duplex: 'half' } as ConstructorParameters<typeof NextRequest>[1]);
  const res = await POST(req);
  return { status: res.status, error: ((await res.json()) as { error: string }).error };
}

const notPdf = Buffer.from('Hej, det här är ingen PDF utan vanlig text.');

describe('the upload route answers in the request’s language', () => {
  it('refuses a file that is not a PDF in Swedish without a cookie, and in English with the English cookie', async () => {
    expect(await upload(notPdf)).toEqual({ status: 415, error: 'Filen är inte en PDF. Spara dokumentet som PDF och försök igen.' });
    expect(await upload(notPdf, { cookie: 'kk-locale=en' })).toEqual({ status: 415, error: 'The file is not a PDF. Save the document as PDF and try again.' });
    expect(await upload(Buffer.alloc(0), { cookie: 'theme=dark; kk-locale=en' })).toEqual({ status: 400, error: 'The file is empty. Choose a PDF file with content.' });
  });

  it('says "not signed in" and "municipalities only" in English for an English request', async () => {
    expect(await upload(notPdf, { cookie: 'kk-locale=en', user: null })).toEqual({ status: 401, error: 'You are not signed in. Sign in and try again.' });
    expect(await upload(notPdf, { cookie: 'kk-locale=en', user: { ...fx.haboContact, role: 'juror' } })).toEqual({ status: 403, error: "Only the municipality's contact persons can upload documents." });
    expect(await upload(notPdf, { cookie: 'kk-locale=sv', user: null })).toEqual({ status: 401, error: 'Du är inte inloggad. Logga in och försök igen.' });
  });

  it('follows the user’s stored language when there is no cookie', async () => {
    t.db.$client.prepare("update users set locale = 'en' where id = ?").run(fx.haboContact.id);
    expect(await upload(notPdf)).toMatchObject({ status: 415, error: expect.stringMatching(/^The file is not a PDF/) });
    t.db.$client.prepare("update users set locale = 'sv' where id = ?").run(fx.haboContact.id);
  });
});
