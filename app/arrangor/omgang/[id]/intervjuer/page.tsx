import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeading } from '@/components/ui/page-heading';
import type { Locale } from '@/i18n/config';
import { formatDate, formatNumber } from '@/lib/i18n/format';
import { loadInterviewOverview } from '@/lib/loaders/arrangor';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('cycleInterviews'))('metaTitle') };
}
export const dynamic = 'force-dynamic';

/** The jurors' interview notes for each finalist, area by area, side by side. */
export default async function InterviewOverviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [data, t, tc, tPhase, locale] = await Promise.all([
    loadInterviewOverview(id),
    getTranslations('cycleInterviews'),
    getTranslations('cycleCommon'),
    getTranslations('phases'),
    getLocale() as Promise<Locale>,
  ]);
  return (
    <>
      <PageHeading lead={`${tc('phaseLead', { name: data.cycle.name, phase: tPhase(data.cycle.phase) })} ${t('lead')}`}>{t('title')}</PageHeading>
      {data.finalists.length === 0 ? (
        <EmptyState title={t('emptyTitle')}>{t('emptyBody')}</EmptyState>
      ) : (
        data.finalists.map((f) => (
          <section key={f.id} aria-labelledby={`finalist-${f.id}`} className="mb-10">
            <h2 id={`finalist-${f.id}`} className="text-xl font-semibold">
              {f.municipality}
            </h2>
            {f.jurors.length === 0 ? (
              <p className="mt-2 text-slate-700">{t('noNotes')}</p>
            ) : (
              f.areas.map((a) => (
                <div key={a.id} className="mt-4">
                  <h3 className="font-semibold">{a.name}</h3>
                  {a.notes.length === 0 ? (
                    <p className="text-slate-700">{t('noAreaNotes')}</p>
                  ) : (
                    <div role="region" aria-label={t('region', { municipality: f.municipality, area: a.name })} tabIndex={0} className="overflow-x-auto">
                      <table className="mt-2 min-w-full text-left text-sm">
                        <caption className="sr-only">
                          {t('caption', { municipality: f.municipality, area: a.name })}
                        </caption>
                        <thead>
                          <tr className="border-b border-slate-300">
                            <th scope="col" className="w-40 py-2 pr-3">
                              <span className="sr-only">{t('field')}</span>
                            </th>
                            {a.notes.map((n) => (
                              <th key={n.juror} scope="col" className="py-2 pr-3">
                                {n.juror}
                              </th>
                            ))}
                          </tr>
                        </thead>
                        <tbody className="align-top">
                          {(
                            [
                              [t('interviewed'), (n: (typeof a.notes)[number]) => n.roles || '–'],
                              [t('date'), (n: (typeof a.notes)[number]) => formatDate(n.date, locale)],
                              [t('observations'), (n: (typeof a.notes)[number]) => n.observations || '–'],
                              [t('strengths'), (n: (typeof a.notes)[number]) => n.strengths || '–'],
                              [t('concerns'), (n: (typeof a.notes)[number]) => n.concerns || '–'],
                              [t('score'), (n: (typeof a.notes)[number]) => (n.score == null ? '–' : formatNumber(n.score, locale))],
                            ] as const
                          ).map(([label, value]) => (
                            <tr key={label} className="border-b border-slate-200">
                              <th scope="row" className="py-2 pr-3 font-medium">
                                {label}
                              </th>
                              {a.notes.map((n) => (
                                <td key={n.juror} className="whitespace-pre-line py-2 pr-3">
                                  {value(n)}
                                </td>
                              ))}
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    </div>
                  )}
                </div>
              ))
            )}
          </section>
        ))
      )}
    </>
  );
}
