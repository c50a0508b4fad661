import type { Metadata } from 'next';
import { ShortlistView } from '@/components/shortlist/shortlist-view';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeading } from '@/components/ui/page-heading';
import { loadShortlist } from '@/lib/loaders/shortlist';
import { markFinalistsAction, saveSnapshotAction, saveWeightsAction } from './actions';

export const metadata: Metadata = { title: 'Topplista' };
export const dynamic = 'force-dynamic';

export default async function ShortlistPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const data = await loadShortlist(/^\d+$/.test(id) ? Number(id) : NaN);
  return (
    <>
      <PageHeading
        lead={`${data.cycle.name}: rangordningen efter juryns inskickade bedömningar, med osäkerhet, samstämmighet och känslighet för vikterna. Bara arrangörer ser den.`}
      >
        Topplista
      </PageHeading>
      {data.cycle.isDemo ? (
        <div className="mb-6">
          <Badge tone="warning">Demodata</Badge>
        </div>
      ) : null}
      {!data.ranking || !data.agreement ? (
        <EmptyState title="Ingen bedömningsmall ännu">Lägg upp omgångens bedömningsmall; därefter kan rangordningen visas.</EmptyState>
      ) : data.input.scores.length === 0 ? (
        <EmptyState title="Inga inskickade bedömningar ännu">
          Rangordningen visas när minst en jurymedlem har skickat in en bedömning. {data.nominations.length} kommuner deltar.
        </EmptyState>
      ) : (
        <ShortlistView
          data={{ ...data, ranking: data.ranking, agreement: data.agreement }}
          actions={{ saveWeights: saveWeightsAction, saveSnapshot: saveSnapshotAction, markFinalists: markFinalistsAction }}
        />
      )}
    </>
  );
}
