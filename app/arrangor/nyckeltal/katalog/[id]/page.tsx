import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { DeleteKpiButton } from '@/components/indicators/delete-kpi-button';
import { IndicatorsNav } from '@/components/indicators/indicators-nav';
import { KpiForm } from '@/components/indicators/kpi-form';
import { PageHeading } from '@/components/ui/page-heading';
import { loadKpiForEdit } from '@/lib/loaders/indicators';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('orgIndicators.edit'))('metaTitle') };
}
export const dynamic = 'force-dynamic';

export default async function EditKpiPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [kpi, t] = await Promise.all([loadKpiForEdit(decodeURIComponent(id)), getTranslations('orgIndicators.edit')]);
  return (
    <>
      <PageHeading lead={t('lead')}>{t('title', { id: kpi.id })}</PageHeading>
      <IndicatorsNav current={null} />
      <div className="max-w-xl">
        <KpiForm mode="edit" idPrefix="kpi" initial={{ id: kpi.id, name: kpi.name, unit: kpi.unit, direction: kpi.direction, component: kpi.component }} />
        {kpi.valueCount === 0 ? (
          <DeleteKpiButton id={kpi.id} />
        ) : (
          <p className="mt-4 text-sm text-slate-700">{t('cannotDelete', { count: kpi.valueCount, id: kpi.id })}</p>
        )}
        <p className="mt-4">
          <Link href="/arrangor/nyckeltal/katalog">{t('back')}</Link>
        </p>
      </div>
    </>
  );
}
