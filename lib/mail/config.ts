/**
 * Mail settings from the environment. SMTP_URL (smtp[s]://user:pass@host:port) or
 * SMTP_HOST with SMTP_PORT, SMTP_USER, SMTP_PASS; MAIL_FROM is the sender. Without
 * SMTP_URL and SMTP_HOST no mail leaves the machine: every message is only kept in
 * the outbox table, which organisers read at /arrangor/utkorg.
 */
export type SmtpSettings =
  | { url: string; from: string }
  | { host: string; port: number; secure: boolean; auth?: { user: string; pass: string }; from: string };

export const DEFAULT_FROM = 'Sveriges KvalitetsKommun <noreply@kvalitetskommun.se>';

export function smtpSettings(env: Record<string, string | undefined> = process.env): SmtpSettings | null {
  const from = env.MAIL_FROM?.trim() || DEFAULT_FROM;
  if (env.SMTP_URL?.trim()) return { url: env.SMTP_URL.trim(), from };
  if (!env.SMTP_HOST?.trim()) return null;
  const port = Number(env.SMTP_PORT ?? 587) || 587;
  const auth = env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASS ?? '' } : undefined;
  return { host: env.SMTP_HOST.trim(), port, secure: port === 465, auth, from };
}

/** The public address of the app, for links in mail: APP_URL, else NEXTAUTH_URL, else localhost. */
export function appBaseUrl(env: Record<string, string | undefined> = process.env): string {
  const url = env.APP_URL?.trim() || env.NEXTAUTH_URL?.trim() || 'http://localhost:3000';
  return url.replace(/\/+$/, '');
}
