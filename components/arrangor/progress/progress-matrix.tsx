import type { CellState } from '@/lib/loaders/progress';

// A short class per state, styled once on the table (a 30 × 30 page has 900 cells: the markup and
// the page's payload carry two letters per cell instead of the whole list of utility classes).
const CELL: Record<CellState, { text: string; className: string }> = {
  submitted: { text: 'Inskickad', className: 'ps' },
  in_progress: { text: 'Pågår', className: 'pp' },
  not_started: { text: 'Inte påbörjad', className: 'pn' },
  conflict: { text: 'Jäv', className: 'pc' },
  unassigned: { text: '–', className: 'pu' },
};
const TABLE_CLASS = [
  'border-collapse bg-white text-left text-sm [&_td]:p-2',
  '[&_.ps]:bg-green-100 [&_.ps]:text-green-900',
  '[&_.pp]:bg-amber-100 [&_.pp]:text-amber-900',
  '[&_.pn]:bg-white [&_.pn]:text-slate-900',
  '[&_.pc]:bg-slate-200 [&_.pc]:text-slate-900',
  '[&_.pu]:bg-white [&_.pu]:text-slate-700',
].join(' ');

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
      <table className={TABLE_CLASS}>
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
                <td key={c.nominationId} className={CELL[c.state].className}>
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
