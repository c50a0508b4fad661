import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const sent: { to: string; subject: string; text: string; from: string }[] = [];
const createTransport = vi.fn(() => ({
  sendMail: vi.fn(async (m: { to: string; subject: string; text: string; from: string }) => {
    if (m.to === 'fails@example.org') throw new Error('550 mailbox unavailable');
    sent.push(m);
    return { messageId: 'x' };
  }),
}));
vi.mock('nodemailer', () => ({ default: { createTransport }, createTransport }));

const { freshDatabase } = await import('../helpers/db');
const { writeTransaction, getDb, closeDb } = await import('@/db/client');
const { sendMail, flushMail } = await import('@/lib/mail/send');
const { smtpSettings, appBaseUrl } = await import('@/lib/mail/config');

const t = freshDatabase('mail');
afterAll(() => {
  closeDb();
  t.cleanup();
});
const outbox = () => t.db.$client.prepare('select "to", subject, body, sent_at from outbox order by id').all() as { to: string; sent_at: string | null }[];

describe('mail settings', () => {
  it('reads SMTP_URL or SMTP_HOST/PORT/USER/PASS and MAIL_FROM; none means outbox only', () => {
    expect(smtpSettings({})).toBeNull();
    expect(smtpSettings({ SMTP_URL: 'smtps://u:p@mail.example.org:465', MAIL_FROM: 'KK <kk@example.org>' })).toEqual({ url: 'smtps://u:p@mail.example.org:465', from: 'KK <kk@example.org>' });
    expect(smtpSettings({ SMTP_HOST: 'mail.example.org', SMTP_PORT: '465', SMTP_USER: 'u', SMTP_PASS: 'p' })).toMatchObject({ host: 'mail.example.org', port: 465, secure: true, auth: { user: 'u', pass: 'p' } });
    expect(appBaseUrl({ NEXTAUTH_URL: 'https://jury.example.org/' })).toBe('https://jury.example.org');
  });
});

describe('sendMail', () => {
  beforeEach(() => {
    sent.length = 0;
    createTransport.mockClear();
    t.db.$client.prepare('delete from outbox').run();
  });
  afterEach(() => {
    delete process.env.SMTP_URL;
  });

  it('without SMTP writes the message to the outbox only', async () => {
    writeTransaction(getDb(), (tx) => sendMail(tx, { to: 'a@example.org', subject: 'Hej', body: 'Länk: http://x/inbjudan/abc' }));
    await flushMail();
    expect(outbox()).toEqual([{ to: 'a@example.org', subject: 'Hej', body: 'Länk: http://x/inbjudan/abc', sent_at: null }]);
    expect(createTransport).not.toHaveBeenCalled();
  });

  it('with SMTP sends after commit and marks the row sent', async () => {
    process.env.SMTP_URL = 'smtp://localhost:2525';
    writeTransaction(getDb(), (tx) => {
      sendMail(tx, { to: 'b@example.org', subject: 'Hej B', body: 'text' });
      expect(sent).toHaveLength(0); // nothing leaves while the transaction is open
    });
    await flushMail();
    expect(sent).toEqual([expect.objectContaining({ to: 'b@example.org', subject: 'Hej B', text: 'text' })]);
    expect(outbox()[0].sent_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
  });

  it('with SMTP sends nothing when the transaction rolls back', async () => {
    process.env.SMTP_URL = 'smtp://localhost:2525';
    expect(() =>
      writeTransaction(getDb(), (tx) => {
        sendMail(tx, { to: 'c@example.org', subject: 'Hej C', body: 'text' });
        throw new Error('rollback');
      }),
    ).toThrow('rollback');
    await flushMail();
    expect(sent).toHaveLength(0);
    expect(outbox()).toEqual([]);
  });

  it('a failed send keeps the row, unsent, and is logged', async () => {
    process.env.SMTP_URL = 'smtp://localhost:2525';
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    writeTransaction(getDb(), (tx) => sendMail(tx, { to: 'fails@example.org', subject: 'Hej', body: 'text' }));
    await flushMail();
    expect(outbox()).toEqual([expect.objectContaining({ to: 'fails@example.org', sent_at: null })]);
    expect(log).toHaveBeenCalled();
  });
});
