import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { InterviewNotesForm } from '@/components/jury/interview-notes-form';
import { PageHeading } from '@/components/ui/page-heading';
import { loadInterviewNotes } from '@/lib/loaders/jury';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('juryInterview'))('metaTitle') };
}
export const dynamic = 'force-dynamic';

export default async function InterviewNotesPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [data, t] = await Promise.all([loadInterviewNotes(Number(id)), getTranslations('juryInterview')]);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/jury/nominering/${data.nomination.id}`}>{t('back', { municipality: data.nomination.municipality })}</Link>
      </p>
      <PageHeading lead={t('lead', { cycle: data.nomination.cycleName })}>{t('title', { municipality: data.nomination.municipality })}</PageHeading>
      {data.canWrite ? null : (
        <p lang="sv" className="rounded border border-slate-300 bg-slate-50 p-3">
          {data.closedReason}
        </p>
      )}
      <InterviewNotesForm nominationId={data.nomination.id} scale={data.scale} areas={data.areas} readOnly={!data.canWrite} />
    </>
  );
}
