import type { Metadata } from 'next';
import Link from 'next/link';
import { ComparisonGroupForm } from '@/components/indicators/comparison-group-form';
import { MunicipalityIndicators } from '@/components/indicators/municipality-indicators';
import { PageHeading } from '@/components/ui/page-heading';
import { loadJurorIndicators } from '@/lib/loaders/jury-indicators';
import { comparisonGroupOf } from '@/lib/validation/indicators';

export const metadata: Metadata = { title: 'Nyckeltal' };
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Financial strength and service quality of the municipality a juror is reviewing. */
export default async function JurorIndicatorsPage({ params, searchParams }: Props) {
  const { id } = await params;
  const group = comparisonGroupOf((await searchParams).jamforelse);
  const { nominationId, data } = await loadJurorIndicators(id, group);
  return (
    <>
      <p className="mb-2">
        <Link href={`/jury/nominering/${nominationId}`}>← Tillbaka till bedömningen</Link>
      </p>
      <PageHeading lead={`${data.municipality.county}. Percentiler i jämförelsegruppen ${data.groupLabel.toLowerCase()} (${data.groupSize} kommuner).`}>
        {`Nyckeltal: ${data.municipality.name}`}
      </PageHeading>
      <ComparisonGroupForm action={`/jury/nominering/${nominationId}/nyckeltal`} group={group} />
      {data.hasDemo ? (
        <p className="mb-4 rounded border-l-4 border-amber-600 bg-amber-50 p-3 text-amber-950">
          <strong>Demodata:</strong> en del värden nedan är genererade demovärden, inte verkliga nyckeltal.
        </p>
      ) : null}
      <MunicipalityIndicators data={data} />
    </>
  );
}
