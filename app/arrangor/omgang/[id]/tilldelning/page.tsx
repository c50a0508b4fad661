import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AssignmentEditor } from '@/components/arrangor/assignment/assignment-editor';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeading } from '@/components/ui/page-heading';
import { loadAssignmentPage } from '@/lib/loaders/assignment';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('cycleAssignment'))('metaTitle') };
}
export const dynamic = 'force-dynamic';

export default async function AssignmentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [data, t, tc, tPhase] = await Promise.all([loadAssignmentPage(Number(id)), getTranslations('cycleAssignment'), getTranslations('cycleCommon'), getTranslations('phases')]);
  return (
    <>
      <PageHeading lead={`${tc('phaseLead', { name: data.cycle.name, phase: tPhase(data.cycle.phase) })} ${t('lead')}`}>{t('title')}</PageHeading>
      {data.nominations.length === 0 || data.jurors.length === 0 ? (
        <EmptyState title={data.nominations.length === 0 ? t('noNominationsTitle') : t('noJurorsTitle')}>
          {data.nominations.length === 0 ? t('noNominationsBody') : t('noJurorsBody')}
        </EmptyState>
      ) : (
        <AssignmentEditor
          cycleId={data.cycle.id}
          locked={data.cycle.locked}
          jurors={data.jurors}
          nominations={data.nominations}
          conflicts={data.conflicts}
          started={data.started}
          pins={data.pins}
          exclusions={data.exclusions}
          initialTarget={data.preview.jurorsPerNomination}
          initialPreview={data.preview}
        />
      )}
    </>
  );
}
