import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { PhaseDatesForm } from '@/components/arrangor/cycle/phase-dates-form';
import { PhaseMove } from '@/components/arrangor/cycle/phase-move';
import { Badge } from '@/components/ui/badge';
import { PageHeading } from '@/components/ui/page-heading';
import type { Locale } from '@/i18n/config';
import { formatDateTime, formatNumber } from '@/lib/i18n/format';
import { loadCycle } from '@/lib/loaders/arrangor';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('cycleOverview'))('metaTitle') };
}
export const dynamic = 'force-dynamic';

const FIGURES = ['nominations', 'submittedApplications', 'jurors', 'assignments', 'submittedSheets'] as const;

export default async function CyclePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [{ cycle, phases, moves, dateRows, datesEditable, rubricLock, counts }, t, tPhase, locale] = await Promise.all([
    loadCycle(id),
    getTranslations('cycleOverview'),
    getTranslations('phases'),
    getLocale() as Promise<Locale>,
  ]);
  const labels = Object.fromEntries(phases.map((p) => [p.phase, tPhase(p.phase)]));
  return (
    <>
      <PageHeading lead={t('lead', { year: String(cycle.year), mode: t(`modes.${cycle.mode}`), min: cycle.scale.min, max: cycle.scale.max })}>{cycle.name}</PageHeading>

      <section aria-labelledby="faser-rubrik" className="mb-8 rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="faser-rubrik" className="text-xl font-semibold">
          {t('phasesTitle')}
        </h2>
        <ol className="my-4 flex flex-wrap gap-2" aria-label={t('phasesLabel')}>
          {phases.map((p) => (
            <li key={p.phase} aria-current={p.current ? 'step' : undefined}>
              {p.current ? <Badge tone="info">{t('currentPhase', { phase: tPhase(p.phase) })}</Badge> : <Badge>{tPhase(p.phase)}</Badge>}
            </li>
          ))}
        </ol>
        <PhaseMove
          cycleId={cycle.id}
          phase={cycle.phase}
          phaseLabel={tPhase(cycle.phase)}
          moves={moves.map((m) => ({ ...m, label: tPhase(m.to) }))}
        />
      </section>

      <section aria-labelledby="datum-rubrik" className="mb-8 rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="datum-rubrik" className="text-xl font-semibold">
          {t('datesTitle')}
        </h2>
        <p className="mb-4 text-slate-700">{t('datesLead')}</p>
        <PhaseDatesForm cycleId={cycle.id} rows={dateRows} labels={labels} disabled={!datesEditable} />
      </section>

      <section aria-labelledby="lage-rubrik" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="lage-rubrik" className="text-xl font-semibold">
          {t('statusTitle')}
        </h2>
        <dl className="mt-4 grid grid-cols-2 gap-4 sm:grid-cols-5">
          {FIGURES.map((key) => (
            <div key={key}>
              <dt className="text-sm text-slate-700">{t(`figures.${key}`)}</dt>
              <dd className="text-2xl font-semibold tabular-nums">{formatNumber(counts[key], locale)}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-4">
          {rubricLock.locked ? t('rubricLocked', { since: formatDateTime(rubricLock.since, locale) }) : t('rubricOpen')}{' '}
          <Link href={`/arrangor/omgang/${cycle.id}/mall`}>{t('toRubric')}</Link>
        </p>
      </section>
    </>
  );
}
