import type { Metadata } from 'next';
import { ComparisonGroupForm } from '@/components/indicators/comparison-group-form';
import { IndicatorsNav } from '@/components/indicators/indicators-nav';
import { MunicipalityIndicators } from '@/components/indicators/municipality-indicators';
import { PageHeading } from '@/components/ui/page-heading';
import { loadMunicipalityIndicators } from '@/lib/loaders/indicators';
import { loadMunicipalityScreening } from '@/lib/loaders/nominees';
import { ScreeningProfile } from '@/components/screening/screening-profile';
import { comparisonGroupOf } from '@/lib/validation/indicators';

export const metadata: Metadata = { title: 'Nyckeltal för en kommun' };
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ kommunkod: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function MunicipalityIndicatorsPage({ params, searchParams }: Props) {
  const { kommunkod } = await params;
  const group = comparisonGroupOf((await searchParams).jamforelse);
  const data = await loadMunicipalityIndicators(kommunkod, group);
  const screening = await loadMunicipalityScreening(data.municipality.kommunkod);
  return (
    <>
      <PageHeading
        lead={`${data.municipality.county}. ${data.nomination ? `Nominerad i ${data.nomination.cycleName}.` : 'Inte nominerad i den aktuella omgången.'} Percentiler i jämförelsegruppen ${data.groupLabel.toLowerCase()} (${data.groupSize} kommuner).`}
      >
        {`Nyckeltal: ${data.municipality.name}`}
      </PageHeading>
      <IndicatorsNav current={null} />
      <ComparisonGroupForm action={`/arrangor/nyckeltal/kommun/${data.municipality.kommunkod}`} group={group} />
      {data.hasDemo ? (
        <p className="mb-4 rounded border-l-4 border-amber-600 bg-amber-50 p-3 text-amber-950">
          <strong>Demodata:</strong> en del värden nedan är genererade demovärden, inte verkliga nyckeltal. Varje värde anger sin källa i tabellen
          (ihålig punkt i diagrammet = demodata).
        </p>
      ) : null}

      {screening ? <ScreeningProfile data={screening} /> : null}

      <MunicipalityIndicators data={data} />
    </>
  );
}
