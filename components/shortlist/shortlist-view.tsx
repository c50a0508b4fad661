'use client';

import { useRouter } from 'next/navigation';
import { useDeferredValue, useEffect, useMemo, useState, useTransition, type ReactNode } from 'react';
import { ErrorSummary, type SummaryError } from '@/components/ui/error-summary';
import type { ActionResult } from '@/lib/actions/define-action';
import { unpackEngineInput, type PackedEngineInput } from '@/lib/assessment/packed-input';
import type { EngineInput } from '@/lib/domain/engine/types';
import { computeRankingView, type RankingView } from '@/lib/assessment/ranking-view';
import { engineSettings, type WeightValues } from '@/lib/assessment/weights';
import { explainDifference } from '@/lib/domain/engine/explain';
import { COMPONENT_KEYS } from '@/lib/domain/engine/types';
import type { ShortlistPageData } from '@/lib/loaders/shortlist';
import { ExplainChart } from './explain-chart';
import { FinalistsForm } from './finalists-form';
import { interval, weightPercent } from './format';
import { RankIntervalChart } from './rank-interval-chart';
import { ComponentsTable, RankingTable } from './ranking-table';
import { WeightPanel } from './weight-panel';

export type ShortlistActions = {
  saveWeights: (input: unknown) => Promise<ActionResult<{ id: number; version: number; createdAt: string }>>;
  saveSnapshot: (input: unknown) => Promise<ActionResult<{ weightSetVersion: number; at: string }>>;
  markFinalists: (input: unknown) => Promise<ActionResult<{ finalists: number[]; weightSetVersion: number; phase: 'interviews' }>>;
};

const sameWeights = (a: WeightValues, b: WeightValues) =>
  Object.keys(a.areaWeights).every((k) => a.areaWeights[k] === b.areaWeights[k]) &&
  COMPONENT_KEYS.every((k) => a.componentWeights[k] === b.componentWeights[k]);

/**
 * The page data once there is something to rank (the page shows an empty state otherwise). The
 * agreement does not depend on the weights: the server renders it (the `agreement` slot), so its
 * data never travels to the browser.
 */
export type ShortlistViewData = Omit<ShortlistPageData, 'agreement'> & { ranking: RankingView; inputUrl: string };

/** Rows of the long lists (ranking, chart, components, finalists) shown before "Visa alla". */
export const SHORTLIST_ROWS_SHOWN = 50;

export function ShortlistView({ data, actions, agreement }: { data: ShortlistViewData; actions: ShortlistActions; agreement: ReactNode }) {
  const router = useRouter();
  const [weights, setWeights] = useState<WeightValues>(data.weights);
  const [calibrated, setCalibrated] = useState(true);
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [status, setStatus] = useState<string>('');
  const [pending, startTransition] = useTransition();

  // The ranking is recomputed in the browser with the same pure module as on the server.
  const deferredWeights = useDeferredValue(weights);
  const deferredCalibrated = useDeferredValue(calibrated);
  // The engine's input (per-juror area scores) is fetched the first time a weight or the score
  // type changes, not with the page: the page's own ranking is the server's.
  const needsInput = !(deferredCalibrated && sameWeights(deferredWeights, data.weights));
  const [input, setInput] = useState<EngineInput | null>(null);
  const [inputFailed, setInputFailed] = useState(false);
  useEffect(() => {
    if (!needsInput || input || inputFailed) return;
    let cancelled = false;
    fetch(data.inputUrl, { headers: { accept: 'application/json' } })
      .then((res) => (res.ok ? (res.json() as Promise<PackedEngineInput>) : Promise.reject(new Error(String(res.status)))))
      .then((packed) => {
        if (!cancelled) setInput(unpackEngineInput(packed));
      })
      .catch(() => {
        if (!cancelled) setInputFailed(true);
      });
    return () => {
      cancelled = true;
    };
  }, [needsInput, input, inputFailed, data.inputUrl]);
  const view = useMemo(
    () => (!needsInput || !input ? data.ranking : computeRankingView(input, engineSettings(deferredWeights, data.method, deferredCalibrated))),
    [needsInput, deferredWeights, deferredCalibrated, data, input],
  );
  const recomputing = needsInput && !input;
  const dirty = !sameWeights(weights, data.weights);

  const names = useMemo(() => new Map(data.nominations.map((n) => [n.id, n.municipality])), [data.nominations]);
  const municipality = (id: string) => names.get(id) ?? `Nominering ${id}`;
  const jurorNames = useMemo(() => new Map(data.jurors.map((j) => [j.id, j.name])), [data.jurors]);
  const juror = (id: string) => jurorNames.get(id) ?? `Jurymedlem ${id}`;
  const finalists = new Set(data.nominations.filter((n) => n.finalist).map((n) => n.id));

  const ranked = view.rows.filter((r) => r.composite !== null);
  // The long lists show the top of the ranking; all rows on request (a large cycle has 290).
  const [showAll, setShowAll] = useState(false);
  const windowed = view.rows.length > SHORTLIST_ROWS_SHOWN;
  const shownRows = showAll || !windowed ? view.rows : view.rows.slice(0, SHORTLIST_ROWS_SHOWN);
  const [pair, setPair] = useState<{ a: string; b: string }>({ a: ranked[0]?.nominationId ?? '', b: ranked[1]?.nominationId ?? '' });
  const rowA = view.rows.find((r) => r.nominationId === pair.a);
  const rowB = view.rows.find((r) => r.nominationId === pair.b);
  const explanation =
    rowA && rowB && rowA.composite !== null && rowB.composite !== null && rowA !== rowB
      ? explainDifference(
          { ...rowA, areaScores: Object.fromEntries(Object.entries(rowA.areas).map(([k, v]) => [k, { calibrated: v.calibrated }])) },
          { ...rowB, areaScores: Object.fromEntries(Object.entries(rowB.areas).map(([k, v]) => [k, { calibrated: v.calibrated }])) },
        )
      : null;

  function run<T>(call: () => Promise<ActionResult<T>>, onOk: (data: T) => string) {
    setErrors([]);
    setStatus('');
    startTransition(async () => {
      try {
        const result = await call();
        if (!result.ok) {
          setErrors([{ message: result.error }, ...Object.values(result.fieldErrors ?? {}).map((m) => ({ message: m }))]);
          return;
        }
        setStatus(onOk(result.data));
        router.refresh();
      } catch {
        setErrors([{ message: 'Det gick inte att nå servern. Kontrollera din uppkoppling och försök igen.' }]);
      }
    });
  }

  const saveWeights = () =>
    run(
      () => actions.saveWeights({ cycleId: data.cycle.id, areaWeights: weights.areaWeights, componentWeights: weights.componentWeights }),
      (r) => `Vikterna är sparade som version ${r.version}.`,
    );

  return (
    <div className="space-y-10">
      <ErrorSummary errors={errors} title="Det gick inte att spara" />
      <p role="status" aria-live="polite" className={status ? 'rounded border border-green-700 bg-green-50 p-3 text-green-900' : 'sr-only'}>
        {status}
      </p>

      <section aria-labelledby="vikter-rubrik">
        <h2 id="vikter-rubrik" className="text-xl font-semibold">Vikter</h2>
        <p className="mt-1 text-slate-700">
          {data.weightSet
            ? `Omgångens sparade vikter: version ${data.weightSet.version}.`
            : 'Omgången har inga sparade vikter ännu; standardvikterna används.'}{' '}
          Flytta ett reglage så räknas rangordningen om direkt. Värdena är relativa; andelen efter pilen är vikten som används.
        </p>
        <div className="mt-3">
          <WeightPanel areas={data.areas} weights={weights} onChange={setWeights} disabled={pending} />
        </div>
        <div className="mt-3 flex flex-wrap items-center gap-3">
          <button type="button" onClick={saveWeights} disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
            Spara som omgångens vikter
          </button>
          <button type="button" onClick={() => setWeights(data.weights)} disabled={!dirty || pending} className="rounded border border-slate-400 px-4 py-2 disabled:opacity-60">
            Återställ till sparade vikter
          </button>
          {dirty ? <span className="text-sm text-amber-900">Ändrade vikter är inte sparade.</span> : null}
        </div>
      </section>

      <section aria-labelledby="rangordning-rubrik">
        <h2 id="rangordning-rubrik" className="text-xl font-semibold">Rangordning</h2>
        <fieldset className="mt-2">
          <legend className="text-sm font-medium">Visa</legend>
          <div className="mt-1 flex flex-wrap gap-4">
            <label className="flex items-center gap-2">
              <input type="radio" name="poang" checked={calibrated} onChange={() => setCalibrated(true)} /> Kalibrerade poäng (standard)
            </label>
            <label className="flex items-center gap-2">
              <input type="radio" name="poang" checked={!calibrated} onChange={() => setCalibrated(false)} /> Råpoäng
            </label>
          </div>
        </fieldset>
        {recomputing ? (
          <p role="status" className="mt-2 text-sm">
            {inputFailed ? 'Det gick inte att hämta underlaget för omräkningen. Ladda om sidan och försök igen.' : 'Räknar om rangordningen …'}
          </p>
        ) : null}
        <p className="mt-2 text-sm text-slate-700">
          {view.calibrated
            ? view.calibratedJurors.length > 0
              ? `Kalibrering (standardisering per jurymedlem) används för ${view.calibratedJurors.map(juror).join(', ')}, som har bedömt minst ${view.minNominationsForCalibration} kommuner; övriga räknas med råpoäng.`
              : `Ingen jurymedlem har bedömt ${view.minNominationsForCalibration} kommuner eller fler, så ingen kalibreras: kalibrerade poäng är här lika med råpoäng.`
            : 'Råpoäng: ingen kalibrering.'}{' '}
          Osäkerheten kommer från {view.replicates.toLocaleString('sv-SE')} omdragningar av juryn ({view.jurors} jurymedlemmar, fast frö {view.seed}), så
          sidan visar samma siffror varje gång. Endast inskickade bedömningar räknas.
        </p>
        <div className="mt-3">
          <RankingTable id="rangordning-tabell" view={view} rows={shownRows} municipality={municipality} finalists={finalists} />
        </div>
        {windowed ? (
          <p className="mt-2 flex flex-wrap items-center gap-3 text-sm">
            <span>
              Visar {shownRows.length} av {view.rows.length} kommuner i tabellerna, diagrammet och finalistvalet.
            </span>
            <button type="button" onClick={() => setShowAll(!showAll)} className="rounded border border-slate-400 px-3 py-1">
              {showAll ? `Visa bara de ${SHORTLIST_ROWS_SHOWN} första` : `Visa alla ${view.rows.length} kommuner`}
            </button>
          </p>
        ) : null}
        <RankIntervalChart
          tableId="rangordning-tabell"
          total={view.rows.length}
          rows={shownRows.map((r) => ({ id: r.nominationId, name: municipality(r.nominationId), rank: r.rank, rankLabel: r.rankLabel, low: r.rankInterval.low, high: r.rankInterval.high }))}
        />
        <div className="mt-6">
          <ComponentsTable view={view} rows={shownRows} areas={data.areas} municipality={municipality} />
        </div>
        <p className="mt-2 text-sm text-slate-700">
          Vikter i beräkningen: {data.areas.map((a) => `${a.name} ${weightPercent(view.areaWeights[a.key] ?? 0)}`).join(', ')} inom dokumentgranskningen. En
          komponent utan data räknas aldrig som noll: dess vikt fördelas på de övriga (se kolumnen Saknade uppgifter).
        </p>
      </section>

      <section aria-labelledby="jamfor-rubrik">
        <h2 id="jamfor-rubrik" className="text-xl font-semibold">Jämför två kommuner</h2>
        <div className="mt-2 flex flex-wrap gap-4">
          {(['a', 'b'] as const).map((side) => (
            <div key={side}>
              <label htmlFor={`jamfor-${side}`} className="block text-sm font-medium">
                {side === 'a' ? 'Kommun A' : 'Kommun B'}
              </label>
              <select id={`jamfor-${side}`} value={pair[side]} onChange={(e) => setPair({ ...pair, [side]: e.target.value })} className="rounded border border-slate-400 bg-white p-2">
                {ranked.map((r) => (
                  <option key={r.nominationId} value={r.nominationId}>
                    {r.rankLabel}. {municipality(r.nominationId)}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </div>
        {explanation ? (
          <ExplainChart explanation={explanation} nameA={municipality(pair.a)} nameB={municipality(pair.b)} />
        ) : (
          <p className="mt-2">Välj två olika kommuner som båda har ett sammanvägt värde.</p>
        )}
      </section>

      <section aria-labelledby="kanslighet-rubrik">
        <h2 id="kanslighet-rubrik" className="text-xl font-semibold">Känslighet för vikterna</h2>
        <p className="mt-2 font-medium">{view.sensitivity.summary}</p>
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-labelledby="kanslighet-caption">
          <table className="mt-2 min-w-[36rem] border-collapse text-sm">
            <caption id="kanslighet-caption" className="sr-only">Minsta viktändring som ändrar förstaplatsen eller topp {view.topK}</caption>
            <thead>
              <tr className="border-b border-slate-300 text-left">
                <th scope="col" className="py-1 pr-4">Vikt</th>
                <th scope="col" className="py-1 pr-4 text-right">Nu</th>
                <th scope="col" className="py-1 pr-4">Höjning som ändrar toppen</th>
                <th scope="col" className="py-1">Sänkning som ändrar toppen</th>
              </tr>
            </thead>
            <tbody>
              {view.sensitivity.weights.map((w) => (
                <tr key={`${w.weight.kind}-${w.weight.key}`} className="border-b border-slate-100">
                  <th scope="row" className="py-1 pr-4 text-left font-normal first-letter:uppercase">{w.label}</th>
                  <td className="py-1 pr-4 text-right tabular-nums">{weightPercent(w.value)}</td>
                  <td className="py-1 pr-4">{w.smallestIncrease ? `+${w.smallestIncrease.changePp} p.e.` : 'Stabil'}</td>
                  <td className="py-1">{w.smallestDecrease ? `${w.smallestDecrease.changePp} p.e.`.replace('-', '−') : 'Stabil'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="loo-rubrik">
        <h2 id="loo-rubrik" className="text-xl font-semibold">Utan en jurymedlem i taget</h2>
        <ul className="mt-2 list-disc pl-5">
          {view.leaveOneOut.map((j) => (
            <li key={j.jurorId}>
              Utan {juror(j.jurorId)}: etta blir {j.firstPlace.map(municipality).join(' och ') || '–'}
              {j.changesFirstPlace ? ' – förstaplatsen ändras' : ''}
              {j.changesTopK ? `; topp ${view.topK} ändras` : ''}.
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="samstammighet-rubrik">
        <h2 id="samstammighet-rubrik" className="text-xl font-semibold">Samstämmighet i juryn</h2>
        {agreement}
      </section>

      <section aria-labelledby="finalister-rubrik">
        <h2 id="finalister-rubrik" className="text-xl font-semibold">Finalister och ögonblicksbild</h2>
        <p className="mt-1 text-slate-700">
          En ögonblicksbild sparar rangordningen med omgångens sparade vikter (version {data.weightSet?.version ?? 'standard'}) i loggen, så att ett beslut
          kan hänvisa till den.
        </p>
        <button
          type="button"
          disabled={pending}
          onClick={() => run(() => actions.saveSnapshot({ cycleId: data.cycle.id, calibrated }), (r) => `Rangordningen är sparad med vikterna i version ${r.weightSetVersion}.`)}
          className="mt-2 rounded border border-brand-700 px-4 py-2 font-medium text-brand-800 disabled:opacity-60"
        >
          Spara ögonblicksbild av rangordningen
        </button>
        <FinalistsForm
          allowed={data.canNameFinalists}
          rows={view.rows.map((r) => ({ id: r.nominationId, name: municipality(r.nominationId), rankLabel: r.rankLabel, interval: r.rank === null ? '–' : interval(r.rankInterval) }))}
          shown={shownRows.length}
          initial={finalists.size > 0 ? [...finalists] : view.rows.filter((r) => r.rank !== null && r.rank <= view.topK).map((r) => r.nominationId)}
          pending={pending}
          onSubmit={(ids) =>
            run(() => actions.markFinalists({ cycleId: data.cycle.id, nominationIds: ids.map(Number) }), (r) => `${r.finalists.length} finalister är utsedda. Omgången är nu i fasen Intervjuer: juryn kan skriva intervjuanteckningar.`)
          }
        />
      </section>
    </div>
  );
}
