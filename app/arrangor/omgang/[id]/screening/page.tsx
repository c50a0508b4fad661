import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { svLang } from '@/components/arrangor/cycle/i18n';
import { ScreeningModelForm } from '@/components/screening/model-form';
import { ScreeningRunForm } from '@/components/screening/run-form';
import { ScreeningMap } from '@/components/screening/screening-map';
import { STABILITY_CLASS_KEY, STABILITY_TONE, stabilityExplanation } from '@/components/screening/stability-text';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeading } from '@/components/ui/page-heading';
import type { Locale } from '@/i18n/config';
import { formatDateTime, formatDecimal, formatNumber, formatPercent } from '@/lib/i18n/format';
import { loadScreening, type ScreeningFilters } from '@/lib/loaders/screening';
import { runScreeningNow, saveScreeningModelAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('scrPage'))('metaTitle') };
}

/** A wide table's own scroll container: focusable and named, so a keyboard can scroll it (the page itself never scrolls sideways). */
const REGION = 'relative max-w-full overflow-x-auto';

export default async function ScreeningPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<ScreeningFilters> }) {
  const { id } = await params;
  const filters = await searchParams;
  const [data, t, tStab, tBand, tPhase, locale] = await Promise.all([
    loadScreening(Number(id), filters),
    getTranslations('scrPage'),
    getTranslations('scrStability'),
    getTranslations('scrBands'),
    getTranslations('phases'),
    getLocale() as Promise<Locale>,
  ]);
  const { cycle, run } = data;
  const sv = svLang(locale);
  const num = (v: number | null) => formatDecimal(v, locale, 1);
  const base = `/arrangor/omgang/${cycle.id}/screening`;
  const pageHref = (p: number) => `${base}?${new URLSearchParams({ ...(filters.q ? { q: filters.q } : {}), ...(filters.lan ? { lan: filters.lan } : {}), ...(filters.band ? { band: filters.band } : {}), sida: String(p) })}#tabell`;
  const title = t('title', { cycle: cycle.name });

  if (cycle.mode !== 'key_figures') {
    return (
      <>
        <PageHeading>{title}</PageHeading>
        <EmptyState title={t('openTitle')}>{t('openBody')}</EmptyState>
      </>
    );
  }

  return (
    <>
      <PageHeading lead={t('lead')}>{title}</PageHeading>
      <p className="mb-6 flex flex-wrap items-center gap-4">
        <Badge tone="info">{t('phase', { phase: tPhase(cycle.phase) })}</Badge>
        <Link href={`/arrangor/omgang/${cycle.id}/nominerade`}>{t('nominate')}</Link>
        <Link href={`${base}/utveckling`}>{t('development')}</Link>
      </p>

      <section aria-labelledby="modell" className="mb-8 rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="modell" className="text-xl font-semibold">
          {data.model.version ? t('modelVersion', { version: data.model.version }) : t('modelDraft')}
        </h2>
        <p className="mt-1 text-slate-700">{t('window', { years: data.model.years, coverage: formatPercent(data.model.minCoverage, locale) })}</p>
        <div tabIndex={0} role="region" aria-label={t('modelCaption')} className={`mt-3 ${REGION}`}>
          <table className="min-w-full text-left text-sm">
            <caption className="sr-only">{t('modelCaption')}</caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-2 pr-4">{t('colComponent')}</th>
                <th scope="col" className="py-2 pr-4">{t('colWeight')}</th>
                <th scope="col" className="py-2">{t('colKpis')}</th>
              </tr>
            </thead>
            <tbody>
              {data.model.components.map((c) => (
                <tr key={c.name} className="border-b border-slate-200 align-top">
                  <th scope="row" className="py-2 pr-4 font-medium" lang={sv}>{c.name}</th>
                  <td className="py-2 pr-4 tabular-nums">{t('weight', { weight: formatNumber(c.weight, locale) })}</td>
                  <td className="py-2">
                    <ul>
                      {c.kpis.map((k) => (
                        <li key={k.id}>
                          {k.id} {k.name ? <>– <span lang={sv}>{k.name}</span></> : t('kpiMissing')} ({k.direction === 'higher' ? t('higher') : t('lower')})
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <details className="mt-4">
          <summary className="cursor-pointer font-medium text-brand-700">{t('editModel')}</summary>
          <ScreeningModelForm cycleId={cycle.id} initialJson={data.model.json} save={saveScreeningModelAction} />
        </details>
        {data.model.version ? <ScreeningRunForm cycleId={cycle.id} topN={run?.topN ?? 10} run={runScreeningNow} /> : <p className="mt-4 text-slate-700">{t('saveFirst')}</p>}
      </section>

      {!run ? (
        <EmptyState title={t('noRunTitle')}>{t('noRunBody')}</EmptyState>
      ) : (
        <>
          <section aria-labelledby="resultat" className="mb-8">
            <h2 id="resultat" className="text-xl font-semibold">
              {t('results')}
            </h2>
            <p className="mt-1 text-slate-700">
              {t.rich('ranAt', {
                date: formatDateTime(run.createdAt, locale),
                years: run.years.join(', '),
                ranked: formatNumber(run.ranked, locale),
                insufficient: formatNumber(run.insufficient, locale),
                checksum: run.checksum,
                code: (chunks) => <code className="break-all">{chunks}</code>,
              })}{' '}
              {run.isDemo ? <Badge tone="warning">{t('demo')}</Badge> : null}
            </p>
            <div className="mt-4 grid grid-cols-1 gap-6 lg:grid-cols-[20rem_minmax(0,1fr)]">
              <ScreeningMap src={run.mapSrc} title={t('mapTitle')} description={t('mapDescription')} highlighted={run.top.length > 0} />
              <div className="min-w-0">
                <form method="get" action={`${base}#tabell`} className="flex flex-wrap items-end gap-3" aria-label={t('filterLabel')}>
                  <div className="min-w-0 max-w-full">
                    <label htmlFor="q" className="block text-sm font-medium">{t('search')}</label>
                    <input id="q" name="q" defaultValue={filters.q ?? ''} className="mt-1 max-w-full rounded border border-slate-500 px-2 py-1" />
                  </div>
                  <div className="min-w-0 max-w-full">
                    <label htmlFor="lan" className="block text-sm font-medium">{t('county')}</label>
                    <select id="lan" name="lan" defaultValue={filters.lan ?? ''} className="mt-1 max-w-full rounded border border-slate-500 px-2 py-1">
                      <option value="">{t('allCounties')}</option>
                      {data.counties.map((c) => (
                        <option key={c} value={c}>{c}</option>
                      ))}
                    </select>
                  </div>
                  <div className="min-w-0 max-w-full">
                    <label htmlFor="band" className="block text-sm font-medium">{t('size')}</label>
                    <select id="band" name="band" defaultValue={filters.band ?? ''} className="mt-1 max-w-full rounded border border-slate-500 px-2 py-1">
                      <option value="">{t('allSizes')}</option>
                      {data.bands.map((b) => (
                        <option key={b.id} value={b.id}>{tBand(b.id)}</option>
                      ))}
                    </select>
                  </div>
                  <button type="submit" className="rounded bg-brand-700 px-3 py-1.5 font-medium text-white hover:bg-brand-800">{t('filter')}</button>
                </form>
                <div id="tabell" tabIndex={0} role="region" aria-label={t('tableRegion')} className={`mt-4 ${REGION}`}>
                  <table className="min-w-full text-left text-sm">
                    <caption className="text-left text-slate-700">
                      {run.pages > 1 ? t('captionPaged', { total: run.total, page: run.page, pages: run.pages }) : t('caption', { total: run.total })}
                    </caption>
                    <thead>
                      <tr className="border-b border-slate-300">
                        <th scope="col" className="py-2 pr-3">{t('colRank')}</th>
                        <th scope="col" className="py-2 pr-3">{t('colMunicipality')}</th>
                        <th scope="col" className="py-2 pr-3">{t('colCounty')}</th>
                        <th scope="col" className="py-2 pr-3 text-right">{t('colComposite')}</th>
                        {run.componentNames.map((c) => (
                          <th key={c} scope="col" className="py-2 pr-3 text-right" lang={sv}>{c}</th>
                        ))}
                        <th scope="col" className="py-2 text-right">{t('colCoverage')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {run.rows.map((r) => (
                        <tr key={r.kommunkod} className="border-b border-slate-200">
                          <td className="py-1.5 pr-3 tabular-nums">{r.rank ?? <span className="text-slate-700">{t('insufficient')}</span>}</td>
                          <th scope="row" className="py-1.5 pr-3 font-medium">{r.namn}</th>
                          <td className="py-1.5 pr-3">{r.county}</td>
                          <td className="py-1.5 pr-3 text-right tabular-nums">{num(r.composite)}</td>
                          {run.componentNames.map((c) => (
                            <td key={c} className="py-1.5 pr-3 text-right tabular-nums">{num(r.components[c] ?? null)}</td>
                          ))}
                          <td className="py-1.5 text-right tabular-nums">{formatPercent(r.coverage, locale)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
                {run.pages > 1 ? (
                  <nav aria-label={t('pagesLabel')} className="mt-3 flex flex-wrap gap-3">
                    {run.page > 1 ? <Link href={pageHref(run.page - 1)}>{t('previous')}</Link> : null}
                    {run.page < run.pages ? <Link href={pageHref(run.page + 1)}>{t('next')}</Link> : null}
                  </nav>
                ) : null}
              </div>
            </div>
          </section>

          <section aria-labelledby="stabilitet" className="mb-8">
            <h2 id="stabilitet" className="text-xl font-semibold">
              {t('stabilityTitle')}
            </h2>
            <p className="mt-1 text-slate-700">{t('stabilityLead', { topN: run.topN, rounds: formatNumber(run.rounds, locale) })}</p>
            <div tabIndex={0} role="region" aria-label={t('stabilityCaption')} className={`mt-3 ${REGION}`}>
              <table className="min-w-full text-left text-sm">
                <caption className="sr-only">{t('stabilityCaption')}</caption>
                <thead>
                  <tr className="border-b border-slate-300">
                    <th scope="col" className="py-2 pr-3">{t('colRank')}</th>
                    <th scope="col" className="py-2 pr-3">{t('colMunicipality')}</th>
                    <th scope="col" className="py-2 pr-3">{t('colAssessment')}</th>
                    <th scope="col" className="py-2">{t('colExplanation')}</th>
                  </tr>
                </thead>
                <tbody>
                  {run.stability.map((s) => (
                    <tr key={s.kommunkod} className="border-b border-slate-200 align-top">
                      <td className="py-1.5 pr-3 tabular-nums">{s.rank}</td>
                      <th scope="row" className="py-1.5 pr-3 font-medium">{s.namn}</th>
                      <td className="py-1.5 pr-3">
                        <Badge tone={STABILITY_TONE[s.classification]}>{tStab(`class.${STABILITY_CLASS_KEY[s.classification]}`)}</Badge>
                      </td>
                      <td className="min-w-[16rem] py-1.5">{s.leaveOut ? stabilityExplanation(tStab, run.topN, s, sv) : <span lang={sv}>{s.explanation}</span>}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        </>
      )}
    </>
  );
}
