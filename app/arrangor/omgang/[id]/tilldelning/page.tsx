import type { Metadata } from 'next';
import { AssignmentEditor } from '@/components/arrangor/assignment/assignment-editor';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeading } from '@/components/ui/page-heading';
import { loadAssignmentPage } from '@/lib/loaders/assignment';

export const metadata: Metadata = { title: 'Tilldelning' };
export const dynamic = 'force-dynamic';

export default async function AssignmentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const data = await loadAssignmentPage(Number(id));
  return (
    <>
      <PageHeading
        lead={`${data.cycle.name} · fas: ${data.cycle.phaseLabel}. Fördelningen är jämn (högst en nominerings skillnad när det går), bryter aldrig ett jäv och sprider organisationerna.`}
      >
        Tilldelning
      </PageHeading>
      {data.nominations.length === 0 || data.jurors.length === 0 ? (
        <EmptyState title={data.nominations.length === 0 ? 'Inga nomineringar att tilldela' : 'Inga jurymedlemmar'}>
          {data.nominations.length === 0 ? 'Tilldelningen görs när kommunerna har lämnat in sina ansökningar.' : 'Bjud in jurymedlemmar först.'}
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
