import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { OwnScoreChart } from '@/components/jury/own-score-chart';
import { DialogButton } from '@/components/ui/dialog-button';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeading } from '@/components/ui/page-heading';
import { Table } from '@/components/ui/table';
import type { Locale } from '@/i18n/config';
import { MIN_SCORES_FOR_TENDENCY, TENDENCY_THRESHOLD } from '@/lib/domain/scoring';
import { formatDecimal } from '@/lib/i18n/format';
import { loadOwnOverview } from '@/lib/loaders/jury';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('juryScores'))('metaTitle') };
}
export const dynamic = 'force-dynamic';

export default async function OwnOverviewPage() {
  const [{ cycles }, t, locale] = await Promise.all([loadOwnOverview(), getTranslations('juryScores'), getLocale()]);
  const fmt = (n: number | null) => formatDecimal(n, locale as Locale, 1);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/jury">{t('back')}</Link>
      </p>
      <PageHeading lead={t('lead')}>{t('title')}</PageHeading>
      <p className="mb-4">
        <DialogButton label={t('explainOpen')} title={t('explainTitle')}>
          <p>{t('explainBody', { threshold: fmt(TENDENCY_THRESHOLD), min: MIN_SCORES_FOR_TENDENCY })}</p>
          <p className="mt-3">{t('explainCalibration')}</p>
        </DialogButton>
      </p>
      {cycles.every((c) => c.profile.n === 0 && c.profile.cannotAssess === 0) ? <EmptyState title={t('emptyTitle')}>{t('emptyBody')}</EmptyState> : null}
      {cycles.map((c) => {
        const max = Math.max(1, ...c.profile.counts.map((x) => x.count));
        const offset = c.profile.offset === null ? '' : fmt(Math.abs(c.profile.offset));
        return (
          <section key={c.cycleId} aria-labelledby={`cykel-${c.cycleId}`} className="mt-6 rounded-lg border border-slate-200 bg-white p-4">
            <h2 id={`cykel-${c.cycleId}`} className="text-lg font-semibold">
              {c.cycleName}
            </h2>
            <p className="mt-1">
              {t('summary', { n: c.profile.n, mean: fmt(c.profile.mean), median: fmt(c.profile.median), middle: fmt(c.profile.middle) })}{' '}
              {c.profile.cannotAssess > 0 ? t('cannotAssess', { count: c.profile.cannotAssess }) : ''}
            </p>
            <p className="mt-1 font-medium">{t(`tendency.${c.profile.tendency}`, { offset })}</p>
            {c.profile.n > 0 ? <OwnScoreChart id={`diagram-${c.cycleId}`} tableId={`fordelning-${c.cycleId}`} profile={c.profile} /> : null}
            <div id={`fordelning-${c.cycleId}`} className="mt-3 max-w-lg">
              <Table caption={t('distributionCaption')} captionHidden>
                <thead>
                  <tr>
                    <th scope="col" className="py-1 pr-2">
                      {t('value')}
                    </th>
                    <th scope="col" className="py-1 pr-2">
                      {t('count')}
                    </th>
                    <th scope="col" className="w-2/3 py-1">
                      {t('distribution')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {c.profile.counts.map((x) => (
                    <tr key={x.value} className="border-t border-slate-200">
                      <th scope="row" className="py-1 pr-2 font-normal">
                        {x.value}
                        {x.value === c.profile.middle ? ` ${t('middle')}` : ''}
                      </th>
                      <td className="py-1 pr-2 tabular-nums">{x.count}</td>
                      <td className="py-1">
                        <div className="h-3 rounded bg-brand-700" style={{ width: `${(x.count / max) * 100}%` }} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            </div>
            <h3 className="mt-4 font-semibold">{t('perMunicipality')}</h3>
            <div className="mt-1 max-w-lg">
              <Table caption={t('perMunicipalityCaption')} captionHidden>
                <thead>
                  <tr>
                    <th scope="col" className="py-1 pr-2">
                      {t('municipality')}
                    </th>
                    <th scope="col" className="py-1 pr-2 text-right">
                      {t('points')}
                    </th>
                    <th scope="col" className="py-1 pr-2 text-right">
                      {t('mean')}
                    </th>
                    <th scope="col" className="py-1">
                      {t('status')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {c.nominations.map((n) => (
                    <tr key={n.nominationId} className="border-t border-slate-200">
                      <th scope="row" className="py-1 pr-2 font-normal">
                        <Link href={`/jury/nominering/${n.nominationId}`}>{n.municipality}</Link>
                      </th>
                      <td className="py-1 pr-2 text-right tabular-nums">{n.n}</td>
                      <td className="py-1 pr-2 text-right tabular-nums">{fmt(n.mean)}</td>
                      <td className="py-1">{n.submitted ? t('submitted') : t('inProgress')}</td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            </div>
          </section>
        );
      })}
    </>
  );
}
