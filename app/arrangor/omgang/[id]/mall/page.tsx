import type { Metadata } from 'next';
import { RubricEditor } from '@/components/arrangor/cycle/rubric-editor';
import { UnlockRubricForm } from '@/components/arrangor/cycle/unlock-form';
import { PageHeading } from '@/components/ui/page-heading';
import { loadRubricEditor } from '@/lib/loaders/arrangor';
import { formatDateTime } from '@/lib/time';

export const metadata: Metadata = { title: 'Bedömningsmall' };
export const dynamic = 'force-dynamic';

export default async function RubricPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const data = await loadRubricEditor(id);
  return (
    <>
      <PageHeading lead="Områden, kriterier, vägledning för juryn, skala och vikter. Varje sparad ändring skrivs i loggen.">Bedömningsmall</PageHeading>
      {data.phaseRefusal ? (
        <p className="mb-6 rounded border border-slate-300 bg-white p-4">{data.phaseRefusal} Mallen visas bara för läsning.</p>
      ) : data.lock.locked ? (
        <p className="mb-4 rounded border border-amber-300 bg-white p-4">
          Mallen är låst sedan {formatDateTime(data.lock.since)}, när den första bedömningen skickades in.
        </p>
      ) : data.lock.unlockedAt ? (
        <p className="mb-4 rounded border border-slate-300 bg-white p-4">
          Mallen låstes upp {formatDateTime(data.lock.unlockedAt)}: ”{data.lock.unlockReason}”. Den låses igen när nästa bedömning skickas in.
        </p>
      ) : null}
      {data.canUnlock ? <UnlockRubricForm cycleId={data.cycle.id} /> : null}
      <RubricEditor initial={data.form} editable={data.editable} scoredCriterionIds={data.scoredCriterionIds} />
    </>
  );
}
