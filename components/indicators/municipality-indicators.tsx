import { useTranslations } from 'next-intl';
import { useIndicatorFormat } from '@/components/indicators/format';
import { IndexValue, TrendValue } from '@/components/indicators/index-cell';
import { TrendChart } from '@/components/indicators/trend-chart';
import { Badge } from '@/components/ui/badge';
import type { MunicipalityIndicators as Data } from '@/lib/loaders/indicators';

/**
 * One municipality's key figures: both component indices with their yearly values
 * and every KPI over the years against the national median and the reference
 * set's quartiles. Shown to organisers and, from the review phase, to the jurors
 * assigned to the municipality's nomination.
 */
export function MunicipalityIndicators({ data }: { data: Data }) {
  const f = useIndicatorFormat();
  const t = useTranslations('orgIndicators.municipality');
  const tLabel = useTranslations('orgLabels');
  const groupLabel = tLabel(`comparison.${data.group}`);
  return (
    <>
      <section aria-labelledby="index-rubrik" className="mb-8">
        <h2 id="index-rubrik" className="text-xl font-semibold">
          {t('index')}
        </h2>
        <div className="mt-3 grid grid-cols-1 gap-4 sm:grid-cols-2">
          {data.components.map((c) => (
            <div key={c.component} className="rounded-lg border border-slate-200 bg-white p-4">
              <h3 className="font-semibold">{tLabel(`component.${c.component}`)}</h3>
              <p className="mt-1 text-2xl">
                <IndexValue summary={c} />
              </p>
              <p className="text-slate-700">
                {t('trend')}
                <TrendValue summary={c} />
              </p>
              <p className="text-sm text-slate-700">
                {t('window', { window: c.window.length ? `${c.window[0]}–${c.window[c.window.length - 1]}` : f.t('noYears'), cells: c.cells })}
              </p>
              {c.yearly.length > 0 ? (
                <table className="mt-2 text-sm">
                  <caption className="sr-only">{t('perYearCaption', { label: tLabel(`component.${c.component}`) })}</caption>
                  <thead>
                    <tr>
                      <th scope="col" className="pr-4 text-left">{t('year')}</th>
                      <th scope="col" className="pr-4 text-left">{t('indexCol')}</th>
                      <th scope="col" className="text-left">{t('kpisWithValue')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {c.yearly.map((y) => (
                      <tr key={y.year}>
                        <th scope="row" className="pr-4 text-left font-normal">{y.year}</th>
                        <td className="pr-4 tabular-nums">{f.index(y.index)}</td>
                        <td className="tabular-nums">{y.kpis}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : null}
              {c.excluded.length > 0 ? (
                <p className="mt-2 text-sm text-slate-700">
                  {t('excluded', { list: c.excluded.map((e) => `${e.kpi} ${e.year}`).join(', ') })}
                </p>
              ) : null}
            </div>
          ))}
        </div>
      </section>

      {data.components.map((c) => (
        <section key={c.component} aria-labelledby={`nyckeltal-${c.component}`} className="mb-8">
          <h2 id={`nyckeltal-${c.component}`} className="text-xl font-semibold">
            {t('kpisHeading', { label: tLabel(`component.${c.component}`) })}
          </h2>
          <ul className="mt-3 grid grid-cols-1 gap-4 lg:grid-cols-2">
            {data.kpis
              .filter((k) => k.component === c.component)
              .map((k) => {
                const latest = [...k.series].reverse().find((p) => p.value !== null);
                return (
                  <li key={k.id} className="rounded-lg border border-slate-200 bg-white p-4">
                    <h3 className="font-semibold">
                      <span lang="sv">{k.name}</span> <span className="font-normal text-slate-700">({k.id}, {k.unit})</span>
                    </h3>
                    <p className="text-sm text-slate-700">
                      {tLabel(`direction.${k.direction}`)}.{' '}
                      {latest ? (
                        <>
                          {t('latest', { year: String(latest.year) })}
                          {latest.percentile !== null ? t('percentile', { value: f.index(latest.percentile) }) : t('noPercentile')}{' '}
                          {latest.isDemo ? <Badge tone="warning">{t('demoBadge')}</Badge> : <Badge tone="success">{t('importedBadge')}</Badge>}
                        </>
                      ) : (
                        t('noValues')
                      )}
                    </p>
                    <TrendChart id={`diagram-${k.id}`} name={k.name} unit={k.unit} series={k.series} groupLabel={groupLabel} />
                  </li>
                );
              })}
          </ul>
        </section>
      ))}
    </>
  );
}
