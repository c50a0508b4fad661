import { useLocale, useTranslations } from 'next-intl';
import type { Locale } from '@/i18n/config';
import type { RankingView } from '@/lib/assessment/ranking-view';
import { COMPONENT_KEYS, type ComponentKey } from '@/lib/domain/engine/types';
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

type T = ReturnType<typeof useTranslations>;

/** How a row's composite handled missing components: which were missing, and the weights actually used. */
function missingNote(row: RankingView['rows'][number], t: T, label: (k: ComponentKey) => string, locale: Locale) {
  if (row.composite === null) return t('noAssessments');
  if (row.missingComponents.length === 0) return null;
  const missing = row.missingComponents.map(label).join(', ');
  const used = COMPONENT_KEYS.filter((k) => row.effectiveWeights[k] > 0)
    .map((k) => `${label(k)} ${weightPercent(row.effectiveWeights[k], locale)}`)
    .join(', ');
  return t('missing', { missing, used });
}

/** The components' names in the reader's language. */
export function useComponentLabel() {
  const t = useTranslations('rankCommon.components');
  return (k: ComponentKey) => t(k);
}

/** The ranked table: place, composite, uncertainty, and how missing data were handled. */
export function RankingTable({ id, view, rows = view.rows, municipality, finalists }: Omit<Props, 'areas'>) {
  const t = useTranslations('rankTable');
  const locale = useLocale() as Locale;
  const label = useComponentLabel();
  return (
    <div className="relative overflow-x-auto" tabIndex={0} role="region" aria-labelledby={`${id}-caption`}>
      <table id={id} className="w-full min-w-[48rem] border-collapse bg-white text-sm">
        <caption id={`${id}-caption`} className="p-2 text-left font-semibold">
          {t('caption', { kind: t(view.calibrated ? 'calibrated' : 'raw'), count: view.rows.length })}
        </caption>
        <thead>
          <tr className="border-b-2 border-slate-300 text-left align-bottom">
            <th scope="col" className="p-2">{t('colPlace')}</th>
            <th scope="col" className="p-2">{t('colMunicipality')}</th>
            <th scope="col" className="p-2 text-right">{t('colComposite')}</th>
            <th scope="col" className="p-2 text-right">{t('colInterval')}</th>
            <th scope="col" className="p-2 text-right">{t('colPFirst')}</th>
            <th scope="col" className="p-2 text-right">{t('colPTop', { topK: view.topK })}</th>
            <th scope="col" className="p-2">{t('colMissing')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.nominationId} className="border-b border-slate-100 align-top">
              <td className="p-2 tabular-nums">{r.rankLabel}</td>
              <th scope="row" className="p-2 text-left font-medium">
                {municipality(r.nominationId)}
                {finalists.has(r.nominationId) ? <span className="ml-2 rounded bg-green-100 px-1 text-xs text-green-900">{t('finalist')}</span> : null}
                {r.tied ? <span className="ml-2 text-xs text-slate-700">{t('tied')}</span> : null}
              </th>
              <td className="p-2 text-right tabular-nums">{score(r.composite, locale)}</td>
              <td className="p-2 text-right tabular-nums">{r.rank === null ? '–' : interval(r.rankInterval)}</td>
              <td className="p-2 text-right tabular-nums">{share(r.pFirst, locale)}</td>
              <td className="p-2 text-right tabular-nums">{share(r.pTopK, locale)}</td>
              <td className="p-2 text-xs text-slate-800">{missingNote(r, t, label, locale) ?? '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Every component and area score of every nomination; "Saknas" where there is no data. */
export function ComponentsTable({ view, rows = view.rows, areas, municipality }: Omit<Props, 'id' | 'finalists'>) {
  const t = useTranslations('rankTable');
  const locale = useLocale() as Locale;
  const label = useComponentLabel();
  const missing = <span className="italic text-slate-700">{t('missingCell')}</span>;
  return (
    <div className="relative overflow-x-auto" tabIndex={0} role="region" aria-labelledby="komponenter-caption">
    <table className="w-full min-w-[56rem] border-collapse bg-white text-sm">
      <caption id="komponenter-caption" className="p-2 text-left font-semibold">{t('componentsCaption')}</caption>
      <thead>
        <tr className="border-b-2 border-slate-300 text-left align-bottom">
          <th scope="col" className="p-2">Kommun</th>
          {COMPONENT_KEYS.map((k) => (
            <th key={k} scope="col" className="p-2 text-right">
              {label(k)}
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
                {r.components[k] === null ? missing : score(r.components[k], locale)}
              </td>
            ))}
            {areas.map((a) => {
              const cell = r.areas[a.key];
              const differs = cell && cell.raw !== null && cell.calibrated !== null && Math.abs(cell.raw - cell.calibrated) > 0.05;
              return (
                <td key={a.key} className="p-2 text-right tabular-nums">
                  {!cell || cell.calibrated === null ? (
                    missing
                  ) : (
                    <>
                      {score(cell.calibrated, locale)}
                      {differs ? <span className="text-slate-700"> ({score(cell.raw, locale)})</span> : null}
                      <span className="sr-only">{t('assessments', { count: cell.jurors })}</span>
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
