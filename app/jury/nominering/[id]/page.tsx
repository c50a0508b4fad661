import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { DeclareConflictForm } from '@/components/conflicts/declare-conflict-form';
import { DocumentPane } from '@/components/jury/document-pane';
import { PeerAggregate } from '@/components/jury/peer-aggregate';
import { ScoreSheet } from '@/components/jury/score-sheet';
import { Snippet } from '@/components/jury/snippet';
import { Badge } from '@/components/ui/badge';
import { PageHeading } from '@/components/ui/page-heading';
import type { Locale } from '@/i18n/config';
import { scaleValues } from '@/lib/domain/scoring';
import { formatDateTime, formatNumber } from '@/lib/i18n/format';
import { loadJurorNomination } from '@/lib/loaders/jury';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('juryReview'))('metaTitle') };
}
export const dynamic = 'force-dynamic';

type Search = { dokument?: string; sida?: string; q?: string };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? '';

export default async function JurorNominationPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  const sp = await searchParams;
  const search: Search = { dokument: one(sp.dokument), sida: one(sp.sida), q: one(sp.q) };
  const [data, t, locale] = await Promise.all([
    loadJurorNomination(Number(id), {
      documentId: Number(search.dokument) || null,
      page: Number(search.sida) || 1,
      query: search.q,
    }),
    getTranslations('juryReview'),
    getLocale() as Promise<Locale>,
  ]);
  const { nomination, documents, viewer, rubric, sheet, selfDescription } = data;
  const current = documents.find((d) => d.id === viewer.documentId) ?? null;
  const base = `/jury/nominering/${nomination.id}`;
  const link = (documentId: number, page: number) => {
    const p = new URLSearchParams({ dokument: String(documentId), sida: String(page) });
    if (viewer.query) p.set('q', viewer.query);
    return `${base}?${p.toString()}#dokumentvy`;
  };
  const criteria = rubric.flatMap((a) => a.criteria);

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/jury">{t('back')}</Link>
      </p>
      <PageHeading lead={t('lead', { county: nomination.county, population: formatNumber(nomination.population, locale), cycle: nomination.cycleName })}>
        {nomination.municipality}
      </PageHeading>
      <div className="mb-6 flex flex-wrap items-center gap-3">
        <Badge tone={sheet.status === 'submitted' ? 'success' : sheet.done > 0 ? 'warning' : 'neutral'}>
          {sheet.status === 'submitted'
            ? t('submittedAt', { when: formatDateTime(sheet.submittedAt, locale) })
            : sheet.done > 0 || sheet.status
              ? t('inProgress')
              : t('notStarted')}
        </Badge>
        <span>{t('progress', { done: sheet.done, total: sheet.total })}</span>
        {nomination.finalist ? <Link href={`${base}/intervju`}>{t('interviewNotes')}</Link> : null}
        <Link href={`${base}/nyckeltal`}>{t('indicators')}</Link>
      </div>
      <div className="mb-6">
        <DeclareConflictForm nominationId={nomination.id} />
      </div>
      {sheet.reopenedReason ? (
        <div role="status" className="mb-6 rounded border-2 border-amber-600 bg-amber-50 p-4">
          <p className="font-medium">{t('reopenedTitle')}</p>
          <p className="mt-1">
            {t('reopenedReason')} <span lang="sv">{sheet.reopenedReason}</span>
          </p>
          <p className="mt-1">{t('reopenedDo')}</p>
        </div>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="dokument" className="min-w-0 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="dokument" className="text-lg font-semibold">
            {t('documents')}
          </h2>
          {documents.length === 0 ? (
            <p className="mt-2 text-slate-700">{t('noDocuments')}</p>
          ) : (
            <>
              <ul className="mt-2 space-y-1">
                {documents.map((d) => (
                  <li key={d.id}>
                    <Link href={link(d.id, 1)} aria-current={d.id === viewer.documentId ? 'page' : undefined} className={d.id === viewer.documentId ? 'font-semibold' : ''}>
                      {d.title}
                    </Link>{' '}
                    <span className="text-sm text-slate-700">{t('pages', { count: d.pageCount })}</span> {d.isDemo ? <Badge tone="warning">{t('demo')}</Badge> : null}{' '}
                    <a href={`/api/dokument/${d.id}?download=1`} className="text-sm">
                      {t('download')}
                      <span className="sr-only"> {d.title}</span>
                    </a>
                  </li>
                ))}
              </ul>

              <form method="get" action={base} role="search" className="mt-4">
                <label htmlFor="sok" className="block font-medium">
                  {t('searchLabel')}
                </label>
                <div className="mt-1 flex gap-2">
                  <input id="sok" name="q" type="search" defaultValue={viewer.query} className="min-w-0 flex-1 rounded border border-slate-500 px-2 py-1" />
                  {viewer.documentId ? <input type="hidden" name="dokument" value={viewer.documentId} /> : null}
                  <button type="submit" className="rounded bg-brand-700 px-3 py-1 font-medium text-white hover:bg-brand-800">
                    {t('search')}
                  </button>
                </div>
              </form>
              {viewer.query ? (
                <div className="mt-3">
                  <h3 className="font-semibold" id="traffar">
                    {viewer.hits.length === 0
                      ? t('noHits', { query: viewer.query })
                      : t('hits', { count: viewer.hits.length, more: viewer.hits.length === 50 ? '+' : '', query: viewer.query })}
                  </h3>
                  {viewer.hits.length > 0 ? (
                    <ol className="mt-1 max-h-80 space-y-2 overflow-y-auto text-sm" aria-labelledby="traffar" tabIndex={0}>
                      {viewer.hits.map((h) => (
                        <li key={`${h.documentId}-${h.pageNo}`}>
                          <Link href={link(h.documentId, h.pageNo)}>{t('hitLink', { title: h.documentTitle, page: h.pageNo })}</Link>
                          <p lang="sv" className="text-slate-800">
                            <Snippet text={h.snippet} />
                          </p>
                        </li>
                      ))}
                    </ol>
                  ) : (
                    <p className="text-sm text-slate-700">{t('tryAnother')}</p>
                  )}
                </div>
              ) : null}

              {current ? (
                <div id="dokumentvy" className="mt-4 scroll-mt-4">
                  <h3 className="font-semibold">{t('pageHeading', { title: current.title, page: viewer.page })}</h3>
                  <div className="mt-2">
                    <DocumentPane nominationId={nomination.id} document={{ id: current.id, title: current.title, pageCount: current.pageCount }} page={viewer.page} query={viewer.query} />
                  </div>
                  <section aria-labelledby="sidtext" className="mt-4">
                    <h4 id="sidtext" className="font-semibold">
                      {t('pageText', { page: viewer.page })}
                    </h4>
                    {viewer.pageText ? (
                      <p lang="sv" className="mt-1 whitespace-pre-line text-sm" data-testid="sidtext">
                        {viewer.pageText}
                      </p>
                    ) : (
                      <p className="mt-1 text-sm text-slate-700">{t('noPageText')}</p>
                    )}
                  </section>
                </div>
              ) : null}
            </>
          )}
        </section>

        <section aria-labelledby="bedomning" className="min-w-0 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="bedomning" className="text-lg font-semibold">
            {t('rubric')}
          </h2>
          {selfDescription.goals ? (
            <details className="mt-2 rounded border border-slate-200 bg-slate-50 p-3">
              <summary className="cursor-pointer font-medium">{t('goals')}</summary>
              <p lang="sv" className="mt-2 whitespace-pre-line text-sm">
                {selfDescription.goals}
              </p>
              {selfDescription.followUp ? (
                <p lang="sv" className="mt-2 whitespace-pre-line text-sm">
                  {selfDescription.followUp}
                </p>
              ) : null}
            </details>
          ) : null}
          {selfDescription.keyFacts.length > 0 ? (
            <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 text-sm">
              {selfDescription.keyFacts.map((f) => (
                <div key={f.key} className="contents">
                  <dt className="font-medium">{t(`keyFacts.${f.key}`)}</dt>
                  <dd lang="sv">{f.value}</dd>
                </div>
              ))}
            </dl>
          ) : null}
          <ScoreSheet
            nominationId={nomination.id}
            jurorId={data.jurorId}
            scale={data.scale}
            areas={rubric}
            scores={sheet.scores}
            revision={sheet.revision}
            submitted={sheet.status === 'submitted'}
            submittedAt={sheet.submittedAt}
            selfDescription={selfDescription.byArea}
            closedReason={sheet.status === 'submitted' ? null : data.scoringClosedReason}
          />
        </section>
      </div>

      <section aria-labelledby="andra" className="below-fold mt-8 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="andra" className="text-lg font-semibold">
          {t('others')}
        </h2>
        {data.others ? (
          <PeerAggregate peer={data.others} criteria={criteria} scaleValues={scaleValues(data.scale)} />
        ) : (
          <p className="mt-2 text-slate-700">{t('othersLater')}</p>
        )}
      </section>
    </>
  );
}
