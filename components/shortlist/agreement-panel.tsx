import type { AgreementView } from '@/lib/assessment/agreement-view';
import { coefficient } from './format';

const ICC_REASONS = {
  'too-few-raters': 'färre än två jurymedlemmar',
  'too-few-complete-rows': 'för få kommuner som alla jurymedlemmar har bedömt',
  'no-variance': 'ingen spridning',
} as const;

type Props = {
  agreement: AgreementView;
  areaName: (key: string) => string;
  municipality: (id: string) => string;
  juror: (id: string) => string;
  /** Show only the first this many flagged cells, with a link to all of them (`allFlagsHref`). */
  flagLimit?: number;
  allFlagsHref?: string;
};

/** Agreement per area (Krippendorff's alpha, ICC(2,1)) and the cells flagged for discussion. */
export function AgreementPanel({ agreement, areaName, municipality, juror, flagLimit, allFlagsHref }: Props) {
  const flags = flagLimit === undefined ? agreement.flags : agreement.flags.slice(0, flagLimit);
  return (
    <>
      <p className="text-slate-700">
        Krippendorffs alfa (intervallskala) använder alla par av bedömningar och är huvudmåttet; 1 är full samstämmighet, 0 som
        slumpen. ICC(2,1) (Shrout &amp; Fleiss) kräver kommuner som alla jurymedlemmar har bedömt. Över alla områden: alfa{' '}
        <strong>{coefficient(agreement.overall.alpha)}</strong>.
      </p>
      <table className="mt-3 min-w-[28rem] border-collapse text-sm">
        <caption className="sr-only">Samstämmighet per område</caption>
        <thead>
          <tr className="border-b border-slate-300 text-left">
            <th scope="col" className="py-1 pr-4">Område</th>
            <th scope="col" className="py-1 pr-4 text-right">Alfa</th>
            <th scope="col" className="py-1 pr-4">ICC(2,1)</th>
            <th scope="col" className="py-1 text-right">Kommuner med minst två bedömningar</th>
          </tr>
        </thead>
        <tbody>
          {agreement.areas.map((a) => (
            <tr key={a.areaKey} className="border-b border-slate-100">
              <th scope="row" className="py-1 pr-4 text-left font-normal">
                {areaName(a.areaKey)}
              </th>
              <td className="py-1 pr-4 text-right tabular-nums">{coefficient(a.alpha)}</td>
              <td className="py-1 pr-4">{a.icc !== null ? coefficient(a.icc) : `Kan inte beräknas (${ICC_REASONS[a.iccReason ?? 'no-variance']})`}</td>
              <td className="py-1 text-right tabular-nums">{a.pairableCells}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3 className="mt-6 text-lg font-semibold">Att diskutera: stor oenighet</h3>
      {agreement.flags.length === 0 ? (
        <p className="mt-2">Ingen kombination av kommun och område har så stor spridning att den flaggas (spridning ≥ 50 poäng eller |z| ≥ 2).</p>
      ) : (
        <ul className="mt-2 space-y-3">
          {flags.map((f) => (
            <li key={`${f.nominationId}-${f.areaKey}`} className="rounded border-l-4 border-amber-600 bg-amber-50 p-3">
              <p className="font-medium">
                {municipality(String(f.nominationId))} – {areaName(f.areaKey)}
              </p>
              <p className="text-sm">{f.reasons.map((r) => r.message).join('. ')}.</p>
              <dl className="mt-1 text-sm">
                <dt className="inline font-medium">Lägst: </dt>
                <dd className="inline">
                  {f.lowest.map((r) => `${juror(String(r.jurorId))} (${Math.round(r.score)})${r.comment ? `: ”${r.comment}”` : ''}`).join('; ')}
                </dd>
                <br />
                <dt className="inline font-medium">Högst: </dt>
                <dd className="inline">
                  {f.highest.map((r) => `${juror(String(r.jurorId))} (${Math.round(r.score)})${r.comment ? `: ”${r.comment}”` : ''}`).join('; ')}
                </dd>
              </dl>
            </li>
          ))}
        </ul>
      )}
      {flags.length < agreement.flags.length && allFlagsHref ? (
        <p className="mt-3">
          Visar {flags.length} av {agreement.flags.length} flaggade kombinationer. <a href={allFlagsHref}>Visa alla {agreement.flags.length}</a>
        </p>
      ) : null}
    </>
  );
}
