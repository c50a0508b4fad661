import type { Metadata } from 'next';
import { Fragment } from 'react';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeading } from '@/components/ui/page-heading';
import { loadOutbox } from '@/lib/loaders/people';
import { formatDateTime } from '@/lib/time';

export const metadata: Metadata = { title: 'Utkorg' };
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
  const { smtp, messages } = await loadOutbox();
  return (
    <>
      <PageHeading
        lead={
          smtp
            ? 'Alla meddelanden som plattformen har skickat via e-postservern, nyast först.'
            : 'Ingen e-postserver är inställd: meddelandena skickas inte, de sparas bara här. Kopiera länken i en inbjudan och skicka den själv, eller öppna den för att prova.'
        }
      >
        Utkorg
      </PageHeading>
      {messages.length === 0 ? (
        <EmptyState title="Utkorgen är tom">Här hamnar inbjudningar, påminnelser och meddelanden om jäv.</EmptyState>
      ) : (
        <ol className="space-y-4">
          {messages.map((m) => (
            <li key={m.id}>
              <article aria-labelledby={`meddelande-${m.id}`} className="rounded-lg border border-slate-200 bg-white p-4">
                <h2 id={`meddelande-${m.id}`} className="text-lg font-semibold">
                  {m.subject}
                </h2>
                <p className="text-sm text-slate-700">
                  Till <span className="font-medium text-slate-900">{m.to}</span> · {formatDateTime(m.createdAt)} ·{' '}
                  {m.sentAt ? <Badge tone="success">Skickat {formatDateTime(m.sentAt)}</Badge> : <Badge>{smtp ? 'Inte skickat' : 'Endast i utkorgen'}</Badge>}
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
