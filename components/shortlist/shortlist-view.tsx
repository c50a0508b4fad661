'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useDeferredValue, useEffect, useMemo, useState, useTransition, type ReactNode } from 'react';
import { ErrorSummary, type SummaryError } from '@/components/ui/error-summary';
import type { Locale } from '@/i18n/config';
import type { ActionResult } from '@/lib/actions/define-action';
import type { PackedEngineInput } from '@/lib/assessment/packed-input';
import type { EngineInput } from '@/lib/domain/engine/types';
import type { computeRankingView, RankingView } from '@/lib/assessment/ranking-view';
import { engineSettings, type WeightValues } from '@/lib/assessment/weights';
import { sensitivitySentence, weightName, type RankViewWords, type SensitivityNames } from '@/lib/assessment/sensitivity-text';
import { explainDifference } from '@/lib/domain/engine/explain';
import type { WeightRef } from '@/lib/domain/engine/sensitivity';
import { COMPONENT_KEYS, type ComponentKey } from '@/lib/domain/engine/types';
import type { ShortlistPageData } from '@/lib/loaders/shortlist';
import { ExplainChart } from './explain-chart';
import { unpackRanking, type PackedRanking } from './packed-ranking';
import { FinalistsForm } from './finalists-form';
import { integer, interval, weightPercent } from './format';
import { RankIntervalChart } from './rank-interval-chart';
import { ComponentsTable, RankingTable, useComponentLabel } from './ranking-table';
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
export type ShortlistViewData = Omit<ShortlistPageData, 'agreement' | 'ranking' | 'packedRanking'> & { ranking: PackedRanking; inputUrl: string };

/** Rows of the long lists (ranking, chart, components, finalists) shown before "Visa alla". */
export const SHORTLIST_ROWS_SHOWN = 50;

export function ShortlistView({ data, actions, agreement }: { data: ShortlistViewData; actions: ShortlistActions; agreement: ReactNode }) {
  const router = useRouter();
  const t = useTranslations('rankView');
  const tc = useTranslations('rankCommon');
  const locale = useLocale() as Locale;
  const componentLabel = useComponentLabel();
  const [weights, setWeights] = useState<WeightValues>(data.weights);
  const [calibrated, setCalibrated] = useState(true);
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [status, setStatus] = useState<string>('');
  const [pending, startTransition] = useTransition();

  // The ranking is recomputed in the browser with the same pure module as on the server.
  const deferredWeights = useDeferredValue(weights);
  const deferredCalibrated = useDeferredValue(calibrated);
  // The engine's input (per-juror area scores) and the engine itself are fetched the first time a
  // weight or the score type changes, not with the page: the page's own ranking is the server's,
  // and the engine's code (≈ 10 KB gzip) would otherwise be sent, parsed and run before the page responds.
  const needsInput = !(deferredCalibrated && sameWeights(deferredWeights, data.weights));
  const [engine, setEngine] = useState<{ input: EngineInput; compute: typeof computeRankingView } | null>(null);
  const [inputFailed, setInputFailed] = useState(false);
  useEffect(() => {
    if (!needsInput || engine || inputFailed) return;
    let cancelled = false;
    Promise.all([
      fetch(data.inputUrl, { headers: { accept: 'application/json' } }).then((res) =>
        res.ok ? (res.json() as Promise<PackedEngineInput>) : Promise.reject(new Error(String(res.status))),
      ),
      import('@/lib/assessment/packed-input'),
      import('@/lib/assessment/ranking-view'),
    ])
      .then(([packed, { unpackEngineInput }, { computeRankingView }]) => {
        if (!cancelled) setEngine({ input: unpackEngineInput(packed), compute: computeRankingView });
      })
      .catch(() => {
        if (!cancelled) setInputFailed(true);
      });
    return () => {
      cancelled = true;
    };
  }, [needsInput, engine, inputFailed, data.inputUrl]);
  const serverView = useMemo(() => unpackRanking(data.ranking), [data.ranking]);
  const view = useMemo(
    () => (!needsInput || !engine ? serverView : engine.compute(engine.input, engineSettings(deferredWeights, data.method, deferredCalibrated))),
    [needsInput, deferredWeights, deferredCalibrated, data.method, serverView, engine],
  );
  const recomputing = needsInput && !engine;
  const dirty = !sameWeights(weights, data.weights);

  const names = useMemo(() => new Map(data.nominations.map((n) => [n.id, n.municipality])), [data.nominations]);
  const municipality = (id: string) => names.get(id) ?? tc('nomination', { id });
  const jurorNames = useMemo(() => new Map(data.jurors.map((j) => [j.id, j.name])), [data.jurors]);
  const juror = (id: string) => jurorNames.get(id) ?? tc('juror', { id });
  const areaNames = useMemo(() => new Map(data.areas.map((a) => [a.key, a.name])), [data.areas]);
  /** The sensitivity analysis is data; its names and sentences are the reader's language's. */
  const sensitivityNames: SensitivityNames = {
    area: (key) => areaNames.get(key) ?? key,
    component: (key) => componentLabel(key as ComponentKey),
    percent: (share) => weightPercent(share, locale),
  };
  const words = t as unknown as RankViewWords;
  const weightLabel = (w: { weight: WeightRef }) => weightName(w.weight, words, sensitivityNames);
  const sensitivitySummary = (s: RankingView['sensitivity']) => sensitivitySentence(s, words, sensitivityNames);
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
        setErrors([{ message: t('networkError') }]);
      }
    });
  }

  const saveWeights = () =>
    run(
      () => actions.saveWeights({ cycleId: data.cycle.id, areaWeights: weights.areaWeights, componentWeights: weights.componentWeights }),
      (r) => t('weightsSaved', { version: r.version }),
    );

  return (
    <div className="space-y-10">
      <ErrorSummary errors={errors} title={t('errorTitle')} />
      <p role="status" aria-live="polite" className={status ? 'rounded border border-green-700 bg-green-50 p-3 text-green-900' : 'sr-only'}>
        {status}
      </p>

      <section aria-labelledby="vikter-rubrik">
        <h2 id="vikter-rubrik" className="text-xl font-semibold">{t('weightsHeading')}</h2>
        <p className="mt-1 text-slate-700">
          {data.weightSet ? t('savedWeights', { version: data.weightSet.version }) : t('defaultWeights')} {t('weightsHelp')}
        </p>
        <div className="mt-3">
          <WeightPanel areas={data.areas} weights={weights} onChange={setWeights} disabled={pending} />
        </div>
        <div className="mt-3 flex flex-wrap items-center gap-3">
          <button type="button" onClick={saveWeights} disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
            {t('saveWeights')}
          </button>
          <button type="button" onClick={() => setWeights(data.weights)} disabled={!dirty || pending} className="rounded border border-slate-400 px-4 py-2 disabled:opacity-60">
            {t('resetWeights')}
          </button>
          {dirty ? <span className="text-sm text-amber-900">{t('unsaved')}</span> : null}
        </div>
      </section>

      <section aria-labelledby="rangordning-rubrik">
        <h2 id="rangordning-rubrik" className="text-xl font-semibold">{t('rankingHeading')}</h2>
        <fieldset className="mt-2">
          <legend className="text-sm font-medium">{t('show')}</legend>
          <div className="mt-1 flex flex-wrap gap-4">
            <label className="flex items-center gap-2">
              <input type="radio" name="poang" checked={calibrated} onChange={() => setCalibrated(true)} /> {t('calibratedOption')}
            </label>
            <label className="flex items-center gap-2">
              <input type="radio" name="poang" checked={!calibrated} onChange={() => setCalibrated(false)} /> {t('rawOption')}
            </label>
          </div>
        </fieldset>
        {recomputing ? (
          <p role="status" className="mt-2 text-sm">
            {inputFailed ? t('inputFailed') : t('recomputing')}
          </p>
        ) : null}
        <p className="mt-2 text-sm text-slate-700">
          {view.calibrated
            ? view.calibratedJurors.length > 0
              ? t('calibratedSome', { jurors: view.calibratedJurors.map(juror).join(', '), min: view.minNominationsForCalibration })
              : t('calibratedNone', { min: view.minNominationsForCalibration })
            : t('rawNote')}{' '}
          {t('uncertainty', { replicates: integer(view.replicates, locale), jurors: view.jurors, seed: String(view.seed) })}
        </p>
        <div className="mt-3">
          <RankingTable id="rangordning-tabell" view={view} rows={shownRows} municipality={municipality} finalists={finalists} />
        </div>
        {windowed ? (
          <p className="mt-2 flex flex-wrap items-center gap-3 text-sm">
            <span>{t('showing', { shown: shownRows.length, total: view.rows.length })}</span>
            <button type="button" onClick={() => setShowAll(!showAll)} className="rounded border border-slate-400 px-3 py-1">
              {showAll ? t('showFirst', { count: SHORTLIST_ROWS_SHOWN }) : t('showAll', { count: view.rows.length })}
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
          {t('weightsInCalc', { list: data.areas.map((a) => `${a.name} ${weightPercent(view.areaWeights[a.key] ?? 0, locale)}`).join(', ') })}
        </p>
      </section>

      <section aria-labelledby="jamfor-rubrik">
        <h2 id="jamfor-rubrik" className="text-xl font-semibold">{t('compareHeading')}</h2>
        <div className="mt-2 flex flex-wrap gap-4">
          {(['a', 'b'] as const).map((side) => (
            <div key={side} className="min-w-0 max-w-full">
              <label htmlFor={`jamfor-${side}`} className="block text-sm font-medium">
                {side === 'a' ? t('municipalityA') : t('municipalityB')}
              </label>
              <select id={`jamfor-${side}`} value={pair[side]} onChange={(e) => setPair({ ...pair, [side]: e.target.value })} className="max-w-full rounded border border-slate-400 bg-white p-2">
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
          <ExplainChart
            explanation={explanation}
            nameA={municipality(pair.a)}
            nameB={municipality(pair.b)}
            label={(c) => (c.kind === 'component' ? componentLabel(c.key as ComponentKey) : (areaNames.get(c.key) ?? c.key))}
          />
        ) : (
          <p className="mt-2">{t('pickTwo')}</p>
        )}
      </section>

      <section aria-labelledby="kanslighet-rubrik">
        <h2 id="kanslighet-rubrik" className="text-xl font-semibold">{t('sensitivityHeading')}</h2>
        <p className="mt-2 font-medium">{sensitivitySummary(view.sensitivity)}</p>
        <div className="relative overflow-x-auto" tabIndex={0} role="region" aria-labelledby="kanslighet-caption">
          <table className="mt-2 min-w-[36rem] border-collapse text-sm">
            <caption id="kanslighet-caption" className="sr-only">{t('sensitivityCaption', { topK: view.topK })}</caption>
            <thead>
              <tr className="border-b border-slate-300 text-left">
                <th scope="col" className="py-1 pr-4">{t('colWeight')}</th>
                <th scope="col" className="py-1 pr-4 text-right">{t('colNow')}</th>
                <th scope="col" className="py-1 pr-4">{t('colIncrease')}</th>
                <th scope="col" className="py-1">{t('colDecrease')}</th>
              </tr>
            </thead>
            <tbody>
              {view.sensitivity.weights.map((w) => (
                <tr key={`${w.weight.kind}-${w.weight.key}`} className="border-b border-slate-100">
                  <th scope="row" className="py-1 pr-4 text-left font-normal first-letter:uppercase">{weightLabel(w)}</th>
                  <td className="py-1 pr-4 text-right tabular-nums">{weightPercent(w.value, locale)}</td>
                  <td className="py-1 pr-4">{w.smallestIncrease ? t('ppUp', { value: String(w.smallestIncrease.changePp) }) : t('stable')}</td>
                  <td className="py-1">{w.smallestDecrease ? t('ppDown', { value: String(Math.abs(w.smallestDecrease.changePp)) }) : t('stable')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="loo-rubrik">
        <h2 id="loo-rubrik" className="text-xl font-semibold">{t('looHeading')}</h2>
        <ul className="mt-2 list-disc pl-5">
          {view.leaveOneOut.map((j) => (
            <li key={j.jurorId}>
              {t('looItem', { juror: juror(j.jurorId), first: j.firstPlace.map(municipality).join(tc('listAnd')) || '–' })}
              {j.changesFirstPlace ? t('looFirstChanges') : ''}
              {j.changesTopK ? t('looTopChanges', { topK: view.topK }) : ''}.
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="samstammighet-rubrik">
        <h2 id="samstammighet-rubrik" className="text-xl font-semibold">{t('agreementHeading')}</h2>
        {agreement}
      </section>

      <section aria-labelledby="finalister-rubrik">
        <h2 id="finalister-rubrik" className="text-xl font-semibold">{t('finalistsHeading')}</h2>
        <p className="mt-1 text-slate-700">{t('snapshotHelp', { version: data.weightSet ? String(data.weightSet.version) : t('defaultVersion') })}</p>
        <button
          type="button"
          disabled={pending}
          onClick={() => run(() => actions.saveSnapshot({ cycleId: data.cycle.id, calibrated }), (r) => t('snapshotSaved', { version: r.weightSetVersion }))}
          className="mt-2 rounded border border-brand-700 px-4 py-2 font-medium text-brand-800 disabled:opacity-60"
        >
          {t('saveSnapshot')}
        </button>
        <FinalistsForm
          allowed={data.canNameFinalists}
          rows={view.rows.map((r) => ({ id: r.nominationId, name: municipality(r.nominationId), rankLabel: r.rankLabel, interval: r.rank === null ? '–' : interval(r.rankInterval) }))}
          shown={shownRows.length}
          initial={finalists.size > 0 ? [...finalists] : view.rows.filter((r) => r.rank !== null && r.rank <= view.topK).map((r) => r.nominationId)}
          pending={pending}
          onSubmit={(ids) =>
            run(() => actions.markFinalists({ cycleId: data.cycle.id, nominationIds: ids.map(Number) }), (r) => t('finalistsNamed', { count: r.finalists.length }))
          }
        />
      </section>
    </div>
  );
}
