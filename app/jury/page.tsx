import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeading } from '@/components/ui/page-heading';
import type { Locale } from '@/i18n/config';
import { formatDateTime } from '@/lib/i18n/format';
import { loadMyAssignments } from '@/lib/loaders/jury';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('juryHome'))('metaTitle') };
}
export const dynamic = 'force-dynamic';

const TONE = { not_started: 'neutral', in_progress: 'warning', submitted: 'success' } as const;
const PAGE_SIZE = 50;
const FILTERS = ['alla', 'not_started', 'in_progress', 'submitted'] as const;
type Filter = (typeof FILTERS)[number];

export default async function JurorHome({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { jav, status, sida } = await searchParams;
  const [{ juror, assignments }, t, locale] = await Promise.all([loadMyAssignments(), getTranslations('juryHome'), getLocale() as Promise<Locale>]);
  const interviews = assignments.filter((a) => a.interviewsOpen);
  // A long list (a juror may have hundreds) is filtered by status and paged, 50 at a time.
  const filter: Filter = FILTERS.includes(status as Filter) ? (status as Filter) : 'alla';
  const shown = filter === 'alla' ? assignments : assignments.filter((a) => a.progress === filter);
  const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
  const page = Math.min(pages, Math.max(1, Number.parseInt(typeof sida === 'string' ? sida : '1', 10) || 1));
  const rows = shown.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const deadlines = [...new Set(assignments.map((a) => a.deadline))];
  const count = (f: Filter) => (f === 'alla' ? assignments.length : assignments.filter((a) => a.progress === f).length);
  const href = (f: Filter, p = 1) => `/jury?${new URLSearchParams({ ...(f !== 'alla' ? { status: f } : {}), ...(p > 1 ? { sida: String(p) } : {}) })}`;
  return (
    <>
      <PageHeading lead={t('lead', { name: juror.name, organisation: juror.organisation ? `, ${juror.organisation}` : '' })}>{t('title')}</PageHeading>
      {jav === 'anmalt' ? (
        <p role="status" className="mb-4 rounded border-2 border-green-700 bg-green-50 p-3">
          {t('conflictDeclared')}
        </p>
      ) : null}
      <p className="mb-4">
        <Link href="/jury/mina-poang">{t('myScores')}</Link>
        {t('myScoresHint')}
      </p>
      <p className="mb-4">
        <Link href="/jury/beslut">{t('decision')}</Link>
        {t('decisionHint')}
      </p>
      {assignments.length === 0 ? (
        <EmptyState title={t('emptyTitle')}>{t('emptyBody')}</EmptyState>
      ) : (
        <>
          {deadlines.length === 1 ? <p className="mb-3">{t('deadline')} <strong>{formatDateTime(deadlines[0], locale)}</strong></p> : null}
          {assignments.length > PAGE_SIZE ? (
            <nav aria-label={t('filterLabel')} className="mb-3 flex flex-wrap gap-3 text-sm">
              {FILTERS.map((f) => (
                <Link key={f} href={href(f)} aria-current={f === filter ? 'page' : undefined} className={f === filter ? 'font-semibold' : undefined}>
                  {f === 'alla' ? t('all') : t(`progress.${f}`)} ({count(f)})
                </Link>
              ))}
            </nav>
          ) : null}
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left">
            <caption className="sr-only">
              {t('caption')}
              {pages > 1 ? t('captionPage', { page, pages }) : ''}
            </caption>
            <thead className="bg-slate-100 text-sm">
              <tr>
                <th scope="col" className="px-4 py-2">{t('colMunicipality')}</th>
                <th scope="col" className="px-4 py-2">{t('colProgress')}</th>
                <th scope="col" className="px-4 py-2">{t('colStatus')}</th>
                {deadlines.length > 1 ? <th scope="col" className="px-4 py-2">{t('colDeadline')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {rows.map((a) => (
                <tr key={a.nominationId} className="border-t border-slate-200">
                  <th scope="row" className="px-4 py-3 font-medium">
                    {/* No prefetch: a list of up to 50 links would make the browser fetch 50 nomination pages on every visit. */}
                    <Link href={`/jury/nominering/${a.nominationId}`} prefetch={false}>
                      {a.municipality}
                    </Link>
                    <div className="text-sm font-normal text-slate-700">{a.county}</div>
                  </th>
                  <td className="px-4 py-3">
                    <span className="tabular-nums">{t('criteria', { scored: a.scored, total: a.total })}</span>
                    <progress className="ml-2 align-middle" max={a.total || 1} value={a.scored} aria-label={t('criteriaLabel', { municipality: a.municipality, scored: a.scored, total: a.total })} />
                  </td>
                  <td className="px-4 py-3">
                    <Badge tone={TONE[a.progress]}>{t(`progress.${a.progress}`)}</Badge>
                  </td>
                  {deadlines.length > 1 ? <td className="px-4 py-3">{formatDateTime(a.deadline, locale)}</td> : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
          {pages > 1 ? (
            <nav aria-label={t('pagesLabel')} className="mt-3 flex gap-4">
              {page > 1 ? <Link href={href(filter, page - 1)}>{t('previous')}</Link> : null}
              <span className="text-slate-700">{t('pageOf', { page, pages })}</span>
              {page < pages ? <Link href={href(filter, page + 1)}>{t('next')}</Link> : null}
            </nav>
          ) : null}
        </>
      )}
      {interviews.length > 0 ? (
        <section aria-labelledby="intervjuer" className="mt-8">
          <h2 id="intervjuer" className="text-lg font-semibold">
            {t('interviews')}
          </h2>
          <ul className="mt-2 list-disc pl-5">
            {interviews.map((a) => (
              <li key={a.nominationId}>
                <Link href={`/jury/nominering/${a.nominationId}/intervju`}>{t('interviewNotes', { municipality: a.municipality })}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
