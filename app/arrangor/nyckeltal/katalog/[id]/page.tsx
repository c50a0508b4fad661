import type { Metadata } from 'next';
import Link from 'next/link';
import { DeleteKpiButton } from '@/components/indicators/delete-kpi-button';
import { IndicatorsNav } from '@/components/indicators/indicators-nav';
import { KpiForm } from '@/components/indicators/kpi-form';
import { PageHeading } from '@/components/ui/page-heading';
import { loadKpiForEdit } from '@/lib/loaders/indicators';

export const metadata: Metadata = { title: 'Redigera nyckeltal' };
export const dynamic = 'force-dynamic';

export default async function EditKpiPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const kpi = await loadKpiForEdit(decodeURIComponent(id));
  return (
    <>
      <PageHeading lead="Ändringen gäller alla index från och med nu och loggas.">{`Redigera ${kpi.id}`}</PageHeading>
      <IndicatorsNav current={null} />
      <div className="max-w-xl">
        <KpiForm mode="edit" idPrefix="kpi" initial={{ id: kpi.id, name: kpi.name, unit: kpi.unit, direction: kpi.direction, component: kpi.component }} />
        {kpi.valueCount === 0 ? (
          <DeleteKpiButton id={kpi.id} />
        ) : (
          <p className="mt-4 text-sm text-slate-700">{`${kpi.valueCount} värden är lagrade för ${kpi.id}, så det kan inte tas bort ur katalogen.`}</p>
        )}
        <p className="mt-4">
          <Link href="/arrangor/nyckeltal/katalog">Tillbaka till katalogen</Link>
        </p>
      </div>
    </>
  );
}
