import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ComparisonGroupForm } from '@/components/indicators/comparison-group-form';
import { MunicipalityIndicators } from '@/components/indicators/municipality-indicators';
import { PageHeading } from '@/components/ui/page-heading';
import { loadJurorIndicators } from '@/lib/loaders/jury-indicators';
import { comparisonGroupOf } from '@/lib/validation/indicator-labels';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('juryIndicators'))('metaTitle') };
}
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Financial strength and service quality of the municipality a juror is reviewing. */
export default async function JurorIndicatorsPage({ params, searchParams }: Props) {
  const { id } = await params;
  const group = comparisonGroupOf((await searchParams).jamforelse);
  const [{ nominationId, data }, t] = await Promise.all([loadJurorIndicators(id, group), getTranslations('juryIndicators')]);
  return (
    <>
      <p className="mb-2">
        <Link href={`/jury/nominering/${nominationId}`}>{t('back')}</Link>
      </p>
      <PageHeading lead={t('lead', { county: data.municipality.county, group: t(`groups.${group}`), size: data.groupSize })}>
        {t('title', { municipality: data.municipality.name })}
      </PageHeading>
      <ComparisonGroupForm action={`/jury/nominering/${nominationId}/nyckeltal`} group={group} />
      {data.hasDemo ? (
        <p className="mb-4 rounded border-l-4 border-amber-600 bg-amber-50 p-3 text-amber-950">
          {t.rich('demo', { strong: (chunks) => <strong>{chunks}</strong> })}
        </p>
      ) : null}
      <MunicipalityIndicators data={data} />
    </>
  );
}
