import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ComparisonGroupForm } from '@/components/indicators/comparison-group-form';
import { IndicatorsNav } from '@/components/indicators/indicators-nav';
import { MunicipalityIndicators } from '@/components/indicators/municipality-indicators';
import { PageHeading } from '@/components/ui/page-heading';
import { loadMunicipalityIndicators } from '@/lib/loaders/indicators';
import { loadMunicipalityScreening } from '@/lib/loaders/nominees';
import { ScreeningProfile } from '@/components/screening/screening-profile';
import { comparisonGroupOf } from '@/lib/validation/indicator-labels';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('orgIndicators.municipality'))('metaTitle') };
}
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ kommunkod: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function MunicipalityIndicatorsPage({ params, searchParams }: Props) {
  const { kommunkod } = await params;
  const group = comparisonGroupOf((await searchParams).jamforelse);
  const data = await loadMunicipalityIndicators(kommunkod, group);
  const [screening, t, tLabel] = await Promise.all([loadMunicipalityScreening(data.municipality.kommunkod), getTranslations('orgIndicators.municipality'), getTranslations('orgLabels')]);
  const nomination = data.nomination ? t('nominated', { cycle: data.nomination.cycleName }) : t('notNominated');
  return (
    <>
      <PageHeading
        lead={t('lead', { county: data.municipality.county, nomination, group: tLabel(`comparison.${data.group}`).toLowerCase(), size: data.groupSize })}
      >
        {t('title', { name: data.municipality.name })}
      </PageHeading>
      <IndicatorsNav current={null} />
      <ComparisonGroupForm action={`/arrangor/nyckeltal/kommun/${data.municipality.kommunkod}`} group={group} />
      {data.hasDemo ? (
        <p className="mb-4 rounded border-l-4 border-amber-600 bg-amber-50 p-3 text-amber-950">
          {t.rich('demo', { strong: (chunks) => <strong>{chunks}</strong> })}
        </p>
      ) : null}

      {screening ? <ScreeningProfile data={screening} /> : null}

      <MunicipalityIndicators data={data} />
    </>
  );
}
