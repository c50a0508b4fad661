import 'server-only';
import nodemailer, { type Transporter } from 'nodemailer';
import { and, eq } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { outbox } from '@/db/schema';
import { nowIso } from '@/lib/time';
import { smtpSettings, type SmtpSettings } from './config';

export type MailMessage = { to: string; subject: string; body: string };

let cached: { key: string; transport: Transporter } | null = null;

function transportFor(settings: SmtpSettings): Transporter {
  const key = JSON.stringify(settings);
  if (cached?.key === key) return cached.transport;
  const transport =
    'url' in settings
      ? nodemailer.createTransport(settings.url)
      : nodemailer.createTransport({ host: settings.host, port: settings.port, secure: settings.secure, auth: settings.auth });
  cached = { key, transport };
  return transport;
}

/**
 * Records a message in the outbox inside the caller's write transaction, and — when
 * SMTP is configured — sends it once that transaction has committed. A rolled-back
 * transaction leaves no outbox row, so nothing is sent. Returns the outbox id.
 *
 * The send runs on the next turn of the event loop (transactions here are
 * synchronous, so by then the caller's transaction has ended); it checks that the
 * row is there and unsent, sends, and sets sent_at. A failed send is logged and
 * the row stays unsent (visible as such at /arrangor/utkorg).
 */
export function sendMail(tx: Db, message: MailMessage): number {
  const createdAt = nowIso();
  const id = tx
    .insert(outbox)
    .values({ to: message.to, subject: message.subject, body: message.body, createdAt })
    .returning({ id: outbox.id })
    .get().id;
  const settings = smtpSettings();
  if (settings) {
    const pending = deliverAfterCommit(id, createdAt, message, settings);
    pendingDeliveries.add(pending);
    void pending.finally(() => pendingDeliveries.delete(pending));
  }
  return id;
}

const pendingDeliveries = new Set<Promise<void>>();

/** Waits for every send started so far (tests, scripts that exit right after). */
export async function flushMail(): Promise<void> {
  await Promise.all([...pendingDeliveries]);
}

async function deliverAfterCommit(id: number, createdAt: string, message: MailMessage, settings: SmtpSettings): Promise<void> {
  await new Promise<void>((resolve) => setImmediate(resolve));
  const db = getDb();
  if (db.$client.inTransaction) await new Promise<void>((resolve) => setTimeout(resolve, 0));
  const row = db
    .select()
    .from(outbox)
    .where(and(eq(outbox.id, id), eq(outbox.createdAt, createdAt), eq(outbox.to, message.to), eq(outbox.subject, message.subject)))
    .get();
  if (!row || row.sentAt) return;
  try {
    await transportFor(settings).sendMail({ from: settings.from, to: message.to, subject: message.subject, text: message.body });
    db.update(outbox).set({ sentAt: nowIso() }).where(eq(outbox.id, id)).run();
  } catch (err) {
    console.error(`[mail] could not send outbox message ${id}:`, (err as Error).message);
  }
}
