import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { Fragment } from 'react';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeading } from '@/components/ui/page-heading';
import type { Locale } from '@/i18n/config';
import { formatDateTime } from '@/lib/i18n/format';
import { loadOutbox } from '@/lib/loaders/people';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('orgOutbox'))('metaTitle') };
}
export const dynamic = 'force-dynamic';

const URL_PATTERN = /(https?:\/\/[^\s]+)/g;

/** The body as text with its links clickable. */
function Body({ text }: { text: string }) {
  const parts = text.split(URL_PATTERN);
  return (
    <pre className="mt-2 whitespace-pre-wrap break-words font-sans text-sm">
      {parts.map((p, i) => (i % 2 === 1 ? <a key={i} href={p}>{p}</a> : <Fragment key={i}>{p}</Fragment>))}
    </pre>
  );
}

export default async function OutboxPage() {
  const [{ smtp, messages }, t, locale] = await Promise.all([loadOutbox(), getTranslations('orgOutbox'), getLocale() as Promise<Locale>]);
  return (
    <>
      <PageHeading lead={smtp ? t('leadSmtp') : t('leadNoSmtp')}>{t('title')}</PageHeading>
      {messages.length === 0 ? (
        <EmptyState title={t('emptyTitle')}>{t('emptyBody')}</EmptyState>
      ) : (
        <ol className="space-y-4">
          {messages.map((m) => (
            <li key={m.id}>
              <article aria-labelledby={`meddelande-${m.id}`} className="rounded-lg border border-slate-200 bg-white p-4">
                <h2 id={`meddelande-${m.id}`} className="text-lg font-semibold">
                  {m.subject}
                </h2>
                <p className="text-sm text-slate-700">
                  {t('to')}
                  <span className="font-medium text-slate-900">{m.to}</span> · {formatDateTime(m.createdAt, locale)} ·{' '}
                  {m.sentAt ? <Badge tone="success">{t('sent', { when: formatDateTime(m.sentAt, locale) })}</Badge> : <Badge>{smtp ? t('notSent') : t('outboxOnly')}</Badge>}
                </p>
                <Body text={m.body} />
              </article>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
