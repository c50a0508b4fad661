import { getTranslations } from 'next-intl/server';
import type { CellState } from '@/lib/loaders/progress';

// A short class per state, styled once on the table (a 30 × 30 page has 900 cells: the markup and
// the page's payload carry two letters per cell instead of the whole list of utility classes).
const CELL_CLASS: Record<CellState, string> = { submitted: 'ps', in_progress: 'pp', not_started: 'pn', conflict: 'pc', unassigned: 'pu' };
const STATES = Object.keys(CELL_CLASS) as CellState[];
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
export async function ProgressMatrix({
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
  const t = await getTranslations('progMatrix');
  // The five words once, not a catalogue look-up per cell.
  const text = Object.fromEntries(STATES.map((s) => [s, t(`states.${s}`)])) as Record<CellState, string>;
  return (
    <div role="region" aria-label={t('region')} tabIndex={0} className="relative overflow-x-auto">
      <table className={TABLE_CLASS}>
        <caption className="sr-only">
          {t('caption')}
          {matrix && matrix.pages > 1 ? t('captionRange', { from: matrix.from, to: matrix.to, of: matrix.of }) : ''}
          {t('captionEnd')}
        </caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="p-2">
              {t('colJuror')}
            </th>
            {nominations.map((n) => (
              <th key={n.id} scope="col" className="p-2 align-bottom">
                {n.municipality}
              </th>
            ))}
            <th scope="col" className="p-2 align-bottom">
              {t('colSubmitted')}
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
                  {r.juror.active ? '' : t('inactive')}
                </span>
              </th>
              {r.cells.map((c) => (
                <td key={c.nominationId} className={CELL_CLASS[c.state]}>
                  {text[c.state]}
                </td>
              ))}
              <td className="p-2 tabular-nums">{t('of', { submitted: r.counts.submitted, assigned: r.counts.assigned })}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="border-t-2 border-slate-400">
            <th scope="row" className="p-2">
              {t('footer')}
            </th>
            {nominations.map((n) => (
              <td key={n.id} className="p-2 tabular-nums">
                {t('of', { submitted: n.counts.submitted, assigned: n.counts.assigned })}
              </td>
            ))}
            <td className="p-2 font-semibold tabular-nums">{t('of', { submitted: totals.submitted, assigned: totals.assigned })}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
