import type { Metadata } from 'next';
import Link from 'next/link';
import { InterviewNotesForm } from '@/components/jury/interview-notes-form';
import { PageHeading } from '@/components/ui/page-heading';
import { loadInterviewNotes } from '@/lib/loaders/jury';

export const metadata: Metadata = { title: 'Intervjuanteckningar' };
export const dynamic = 'force-dynamic';

export default async function InterviewNotesPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const data = await loadInterviewNotes(Number(id));
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/jury/nominering/${data.nomination.id}`}>← Tillbaka till {data.nomination.municipality}</Link>
      </p>
      <PageHeading lead={`Finalist i ${data.nomination.cycleName}. Anteckningarna sparas automatiskt; arrangören ser alla jurymedlemmars anteckningar sida vid sida.`}>
        Intervjuanteckningar: {data.nomination.municipality}
      </PageHeading>
      {data.canWrite ? null : (
        <p className="rounded border border-slate-300 bg-slate-50 p-3">{data.closedReason}</p>
      )}
      <InterviewNotesForm nominationId={data.nomination.id} scale={data.scale} areas={data.areas} readOnly={!data.canWrite} />
    </>
  );
}
