import type { CellState } from '@/lib/loaders/progress';

const CELL: Record<CellState, { text: string; className: string }> = {
  submitted: { text: 'Inskickad', className: 'bg-green-100 text-green-900' },
  in_progress: { text: 'Pågår', className: 'bg-amber-100 text-amber-900' },
  not_started: { text: 'Inte påbörjad', className: 'bg-white text-slate-900' },
  conflict: { text: 'Jäv', className: 'bg-slate-200 text-slate-900' },
  unassigned: { text: '–', className: 'bg-white text-slate-700' },
};

type Counts = { assigned: number; submitted: number; inProgress: number; notStarted: number; conflicts: number };

/** Jurors × nominations with each cell's state in words (never colour alone), and counts on both margins. */
export function ProgressMatrix({
  nominations,
  rows,
  totals,
  matrix,
}: {
  nominations: { id: number; municipality: string; counts: Counts }[];
  rows: { juror: { id: number; name: string; organisation: string | null; active: boolean }; cells: { nominationId: number; state: CellState }[]; counts: Counts }[];
  totals: { assigned: number; submitted: number };
  /** Which nominations (columns) this page shows, when they do not all fit. */
  matrix?: { page: number; pages: number; from: number; to: number; of: number };
}) {
  return (
    <div role="region" aria-label="Framstegsmatris (rullbar)" tabIndex={0} className="overflow-x-auto">
      <table className="border-collapse bg-white text-left text-sm">
        <caption className="sr-only">
          Bedömningarnas status per jurymedlem och nominering
          {matrix && matrix.pages > 1 ? `, nominering ${matrix.from}–${matrix.to} av ${matrix.of}` : ''}. Kolumnen Inskickade gäller alla nomineringar.
        </caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="p-2">
              Jurymedlem
            </th>
            {nominations.map((n) => (
              <th key={n.id} scope="col" className="p-2 align-bottom">
                {n.municipality}
              </th>
            ))}
            <th scope="col" className="p-2 align-bottom">
              Inskickade
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.juror.id} className="border-b border-slate-200">
              <th scope="row" className="p-2 font-medium">
                {r.juror.name}
                <span className="block font-normal text-slate-700">
                  {r.juror.organisation ?? ''}
                  {r.juror.active ? '' : ' · inaktiverad'}
                </span>
              </th>
              {r.cells.map((c) => (
                <td key={c.nominationId} className={`p-2 ${CELL[c.state].className}`}>
                  {CELL[c.state].text}
                </td>
              ))}
              <td className="p-2 tabular-nums">
                {r.counts.submitted} av {r.counts.assigned}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="border-t-2 border-slate-400">
            <th scope="row" className="p-2">
              Inskickade
            </th>
            {nominations.map((n) => (
              <td key={n.id} className="p-2 tabular-nums">
                {n.counts.submitted} av {n.counts.assigned}
              </td>
            ))}
            <td className="p-2 font-semibold tabular-nums">
              {totals.submitted} av {totals.assigned}
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
