import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { ShortlistView } from '@/components/shortlist/shortlist-view';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeading } from '@/components/ui/page-heading';
import type { Locale } from '@/i18n/config';
import { formatDateTime } from '@/lib/i18n/format';
import { loadShortlist } from '@/lib/loaders/shortlist';
import { DecisionForm } from '@/components/shortlist/decision-form-lazy';
import { AgreementPanel } from '@/components/shortlist/agreement-panel';
import { markFinalistsAction, recordDecisionAction, saveSnapshotAction, saveWeightsAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('rankPage'))('metaTitle') };
}
export const dynamic = 'force-dynamic';

/** Flagged cells listed before "Visa alla" (a large cycle flags hundreds). */
const FLAGS_SHOWN = 20;

export default async function ShortlistPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ oenighet?: string }> }) {
  const { id } = await params;
  const { oenighet } = await searchParams;
  const data = await loadShortlist(/^\d+$/.test(id) ? Number(id) : NaN);
  const [t, tc, locale] = await Promise.all([getTranslations('rankPage'), getTranslations('rankCommon'), getLocale() as Promise<Locale>]);
  // The browser gets the ranking packed as columns, not the row objects.
  const { agreement, ranking, packedRanking, ...viewData } = data;
  const names = new Map(data.nominations.map((n) => [n.id, n.municipality]));
  const jurorNames = new Map(data.jurors.map((j) => [j.id, j.name]));
  const areaNames = new Map(data.areas.map((a) => [a.key, a.name]));
  return (
    <>
      <PageHeading lead={t('lead', { cycle: data.cycle.name })}>{t('title')}</PageHeading>
      {data.cycle.isDemo ? (
        <div className="mb-6">
          <Badge tone="warning">{t('demo')}</Badge>
        </div>
      ) : null}
      {data.decision ? (
        <section aria-labelledby="beslut" className="mb-8 rounded-lg border border-green-300 bg-green-50 p-5">
          <h2 id="beslut" className="text-xl font-semibold">
            {t('decisionHeading', { winner: data.decision.winner })}
          </h2>
          <p className="mt-1 text-sm text-slate-700">{t('decisionRecorded', { at: formatDateTime(data.decision.decidedAt, locale) })}</p>
          {/* The jury's own words, written in Swedish. */}
          <p className="mt-3 whitespace-pre-line" lang={locale === 'sv' ? undefined : 'sv'}>
            {data.decision.rationale}
          </p>
        </section>
      ) : data.canRecordDecision ? (
        <section aria-labelledby="beslut" className="mb-8 rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="beslut" className="mb-3 text-xl font-semibold">
            {t('recordHeading')}
          </h2>
          <DecisionForm
            cycleId={data.cycle.id}
            finalists={data.nominations.filter((n) => n.finalist).map((n) => ({ id: Number(n.id), municipality: n.municipality }))}
            record={recordDecisionAction}
          />
        </section>
      ) : null}
      {!ranking || !packedRanking || !agreement || !data.inputUrl ? (
        <EmptyState title={t('noRubricTitle')}>{t('noRubricBody')}</EmptyState>
      ) : data.sheetCount === 0 ? (
        <EmptyState title={t('noSheetsTitle')}>{t('noSheetsBody', { count: data.nominations.length })}</EmptyState>
      ) : (
        <ShortlistView
          data={{ ...viewData, ranking: packedRanking, inputUrl: data.inputUrl }}
          actions={{ saveWeights: saveWeightsAction, saveSnapshot: saveSnapshotAction, markFinalists: markFinalistsAction }}
          agreement={
            <AgreementPanel
              agreement={agreement}
              areaName={(key) => areaNames.get(key) ?? key}
              municipality={(nid) => names.get(nid) ?? tc('nomination', { id: nid })}
              juror={(jid) => jurorNames.get(jid) ?? tc('juror', { id: jid })}
              flagLimit={oenighet === 'alla' ? undefined : FLAGS_SHOWN}
              allFlagsHref={`/arrangor/omgang/${data.cycle.id}/topplista?oenighet=alla#samstammighet-rubrik`}
            />
          }
        />
      )}
    </>
  );
}
