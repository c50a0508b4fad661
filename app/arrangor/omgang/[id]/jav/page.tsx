import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { RecordConflictForm } from '@/components/conflicts/conflict-forms';
import { RemoveConflictButton } from '@/components/conflicts/remove-conflict-button';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeading } from '@/components/ui/page-heading';
import type { Locale } from '@/i18n/config';
import { formatDateTime } from '@/lib/i18n/format';
import { loadConflictsPage } from '@/lib/loaders/people';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('cycleConflicts'))('metaTitle') };
}
export const dynamic = 'force-dynamic';

export default async function ConflictsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [{ cycle, conflicts, jurors, municipalities }, t, tc, tPhase, locale] = await Promise.all([
    loadConflictsPage(Number(id)),
    getTranslations('cycleConflicts'),
    getTranslations('cycleCommon'),
    getTranslations('phases'),
    getLocale() as Promise<Locale>,
  ]);
  return (
    <>
      <PageHeading lead={`${tc('phaseLead', { name: cycle.name, phase: tPhase(cycle.phase) })} ${t('lead')}`}>{t('title')}</PageHeading>
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[2fr_1fr]">
        <section aria-labelledby="registrerade-jav">
          <h2 id="registrerade-jav" className="mb-2 text-xl font-semibold">
            {t('registered', { count: conflicts.length })}
          </h2>
          {conflicts.length === 0 ? (
            <EmptyState title={t('emptyTitle')}>{t('emptyBody')}</EmptyState>
          ) : (
            <div role="region" aria-label={t('tableRegion')} tabIndex={0} className="relative overflow-x-auto">
              <table className="w-full border-collapse bg-white text-left text-sm">
                <thead>
                  <tr className="border-b border-slate-300">
                    <th scope="col" className="p-2">{t('juror')}</th>
                    <th scope="col" className="p-2">{t('municipality')}</th>
                    <th scope="col" className="p-2">{t('reason')}</th>
                    <th scope="col" className="p-2">{t('declaredBy')}</th>
                    <th scope="col" className="p-2">{t('action')}</th>
                  </tr>
                </thead>
                <tbody>
                  {conflicts.map((c) => (
                    <tr key={c.id} className="border-b border-slate-200 align-top">
                      <td className="p-2">
                        {c.juror}
                        {c.organisation ? <span className="block text-slate-700">{c.organisation}</span> : null}
                      </td>
                      <td className="p-2">
                        {c.municipality} ({c.kommunkod})
                      </td>
                      <td className="p-2">{c.reason}</td>
                      <td className="p-2">
                        {c.declaredBy}
                        <span className="block text-slate-700">{formatDateTime(c.createdAt, locale)}</span>
                      </td>
                      <td className="p-2">
                        <RemoveConflictButton conflictId={c.id} label={`${c.juror} – ${c.municipality}`} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
        <div>
          {cycle.closed ? (
            <p className="rounded border border-amber-600 bg-amber-50 p-4 text-amber-900">
              {cycle.closed}
            </p>
          ) : (
            <RecordConflictForm cycleId={cycle.id} jurors={jurors} municipalities={municipalities} />
          )}
        </div>
      </div>
    </>
  );
}
