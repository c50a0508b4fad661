import type { RankingView } from '@/lib/assessment/ranking-view';
import { COMPONENT_LABELS } from '@/lib/domain/engine/settings';
import { COMPONENT_KEYS } from '@/lib/domain/engine/types';
import { interval, score, share, weightPercent } from './format';

type Props = {
  id: string;
  view: RankingView;
  /** The rows to draw (a window of view.rows); all of them without it. */
  rows?: RankingView['rows'];
  areas: { key: string; name: string }[];
  municipality: (id: string) => string;
  finalists: Set<string>;
};

/** How a row's composite handled missing components: which were missing, and the weights actually used. */
function missingNote(row: RankingView['rows'][number]) {
  if (row.composite === null) return 'Inga bedömningar ännu – ingen plats.';
  if (row.missingComponents.length === 0) return null;
  const missing = row.missingComponents.map((k) => COMPONENT_LABELS[k]).join(', ');
  const used = COMPONENT_KEYS.filter((k) => row.effectiveWeights[k] > 0)
    .map((k) => `${COMPONENT_LABELS[k]} ${weightPercent(row.effectiveWeights[k])}`)
    .join(', ');
  return `Saknas: ${missing}. Vikterna omfördelade: ${used}.`;
}

/** The ranked table: place, composite, uncertainty, and how missing data were handled. */
export function RankingTable({ id, view, rows = view.rows, municipality, finalists }: Omit<Props, 'areas'>) {
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-labelledby={`${id}-caption`}>
      <table id={id} className="w-full min-w-[48rem] border-collapse bg-white text-sm">
        <caption id={`${id}-caption`} className="p-2 text-left font-semibold">
          Rangordning ({view.calibrated ? 'kalibrerade poäng' : 'råpoäng'}), {view.rows.length} kommuner
        </caption>
        <thead>
          <tr className="border-b-2 border-slate-300 text-left align-bottom">
            <th scope="col" className="p-2">Plats</th>
            <th scope="col" className="p-2">Kommun</th>
            <th scope="col" className="p-2 text-right">Sammanvägt (0–100)</th>
            <th scope="col" className="p-2 text-right">Rangintervall 90 %</th>
            <th scope="col" className="p-2 text-right">P(etta)</th>
            <th scope="col" className="p-2 text-right">P(topp {view.topK})</th>
            <th scope="col" className="p-2">Saknade uppgifter</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.nominationId} className="border-b border-slate-100 align-top">
              <td className="p-2 tabular-nums">{r.rankLabel}</td>
              <th scope="row" className="p-2 text-left font-medium">
                {municipality(r.nominationId)}
                {finalists.has(r.nominationId) ? <span className="ml-2 rounded bg-green-100 px-1 text-xs text-green-900">Finalist</span> : null}
                {r.tied ? <span className="ml-2 text-xs text-slate-700">(delad plats)</span> : null}
              </th>
              <td className="p-2 text-right tabular-nums">{score(r.composite)}</td>
              <td className="p-2 text-right tabular-nums">{r.rank === null ? '–' : interval(r.rankInterval)}</td>
              <td className="p-2 text-right tabular-nums">{share(r.pFirst)}</td>
              <td className="p-2 text-right tabular-nums">{share(r.pTopK)}</td>
              <td className="p-2 text-xs text-slate-800">{missingNote(r) ?? '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Every component and area score of every nomination; "Saknas" where there is no data. */
export function ComponentsTable({ view, rows = view.rows, areas, municipality }: Omit<Props, 'id' | 'finalists'>) {
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-labelledby="komponenter-caption">
    <table className="w-full min-w-[56rem] border-collapse bg-white text-sm">
      <caption id="komponenter-caption" className="p-2 text-left font-semibold">Komponenter och områden (0–100; råpoäng inom parentes när de skiljer sig)</caption>
      <thead>
        <tr className="border-b-2 border-slate-300 text-left align-bottom">
          <th scope="col" className="p-2">Kommun</th>
          {COMPONENT_KEYS.map((k) => (
            <th key={k} scope="col" className="p-2 text-right">
              {COMPONENT_LABELS[k]}
            </th>
          ))}
          {areas.map((a) => (
            <th key={a.key} scope="col" className="p-2 text-right">
              {a.name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.nominationId} className="border-b border-slate-100">
            <th scope="row" className="p-2 text-left font-medium">
              {municipality(r.nominationId)}
            </th>
            {COMPONENT_KEYS.map((k) => (
              <td key={k} className="p-2 text-right tabular-nums">
                {r.components[k] === null ? <span className="italic text-slate-700">Saknas</span> : score(r.components[k])}
              </td>
            ))}
            {areas.map((a) => {
              const cell = r.areas[a.key];
              const differs = cell && cell.raw !== null && cell.calibrated !== null && Math.abs(cell.raw - cell.calibrated) > 0.05;
              return (
                <td key={a.key} className="p-2 text-right tabular-nums">
                  {!cell || cell.calibrated === null ? (
                    <span className="italic text-slate-700">Saknas</span>
                  ) : (
                    <>
                      {score(cell.calibrated)}
                      {differs ? <span className="text-slate-700"> ({score(cell.raw)})</span> : null}
                      <span className="sr-only"> ({cell.jurors} bedömningar)</span>
                    </>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
    </div>
  );
}
