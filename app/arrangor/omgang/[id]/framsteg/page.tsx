import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { ProgressMatrix } from '@/components/arrangor/progress/progress-matrix';
import { ProgressTimelineChart } from '@/components/arrangor/progress/progress-timeline-chart';
import { ReminderPanel } from '@/components/arrangor/progress/reminder-panel';
import { ReopenSheetForm } from '@/components/arrangor/progress/reopen-sheet-form-lazy';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeading } from '@/components/ui/page-heading';
import type { Locale } from '@/i18n/config';
import { formatDateTime, formatNumber } from '@/lib/i18n/format';
import { loadProgressPage } from '@/lib/loaders/progress';
import { reopenSheetAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('progPage'))('metaTitle') };
}
export const dynamic = 'force-dynamic';

export default async function ProgressPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ jurymedlem?: string; sida?: string }> }) {
  const { id } = await params;
  const { jurymedlem, sida } = await searchParams;
  const [t, tp, tPhase, locale] = await Promise.all([getTranslations('cycleProgressChart'), getTranslations('progPage'), getTranslations('phases'), getLocale() as Promise<Locale>]);
  const data = await loadProgressPage(Number(id), jurymedlem ? Number(jurymedlem) : undefined, sida ? Number.parseInt(sida, 10) : 1);
  const pageHref = (p: number) => `/arrangor/omgang/${data.cycle.id}/framsteg?${new URLSearchParams({ ...(jurymedlem ? { jurymedlem } : {}), sida: String(p) })}#matris-rubrik`;
  return (
    <>
      <PageHeading lead={tp('lead', { cycle: data.cycle.name, phase: tPhase(data.cycle.phase) })}>{tp('title')}</PageHeading>
      <dl className="mb-6 grid grid-cols-2 gap-4 sm:grid-cols-3">
        <div>
          <dt className="text-sm text-slate-700">{tp('deadline')}</dt>
          <dd className="text-lg font-semibold">{data.deadline ? formatDateTime(data.deadline, locale) : tp('notSet')}</dd>
        </div>
        <div>
          <dt className="text-sm text-slate-700">{tp('submitted')}</dt>
          <dd className="text-lg font-semibold tabular-nums">{tp('submittedOf', { submitted: formatNumber(data.totals.submitted, locale), assigned: formatNumber(data.totals.assigned, locale) })}</dd>
        </div>
        <div>
          <dt className="text-sm text-slate-700">{tp('behind')}</dt>
          <dd className="text-lg font-semibold tabular-nums">{data.rows.filter((r) => r.behind > 0).length}</dd>
        </div>
      </dl>
      <section aria-labelledby="matris-rubrik" className="mb-8">
        <h2 id="matris-rubrik" className="mb-2 text-xl font-semibold">
          {tp('matrixHeading')}
        </h2>
        {data.rows.length === 0 || data.nominations.length === 0 ? (
          <EmptyState title={tp('emptyTitle')}>{tp('emptyBody')}</EmptyState>
        ) : (
          <>
            <ProgressMatrix nominations={data.nominations} rows={data.rows} totals={data.totals} matrix={data.matrix} />
            {data.matrix.pages > 1 ? (
              <nav aria-label={tp('pagesNav')} className="mt-3 flex flex-wrap gap-4">
                {data.matrix.page > 1 ? <a href={pageHref(data.matrix.page - 1)}>{tp('previous')}</a> : null}
                <span className="text-slate-700">{tp('pageOf', { page: data.matrix.page, pages: data.matrix.pages })}</span>
                {data.matrix.page < data.matrix.pages ? <a href={pageHref(data.matrix.page + 1)}>{tp('next')}</a> : null}
              </nav>
            ) : null}
            <p className="mt-3">
              <a href={`/api/arrangor/omgang/${data.cycle.id}/framsteg`} download>
                {tp('csv')}
              </a>
            </p>
          </>
        )}
      </section>
      <section aria-labelledby="tidslinje" className="mb-8">
        <h2 id="tidslinje" className="mb-2 text-xl font-semibold">
          {t('heading')}
        </h2>
        <ProgressTimelineChart timeline={data.timeline} />
      </section>
      <section aria-labelledby="paminnelser">
        <h2 id="paminnelser" className="mb-2 text-xl font-semibold">
          {tp('remindersHeading')}
        </h2>
        <ReminderPanel cycleId={data.cycle.id} drafts={data.reminders} />
      </section>
      <section aria-labelledby="oppna-igen" className="mt-8">
        <h2 id="oppna-igen" className="mb-2 text-xl font-semibold">
          {tp('reopenHeading')}
        </h2>
        <p className="mb-3 text-slate-700">{tp('reopenHelp')}</p>
        {data.reopen.jurors.length === 0 ? (
          <p className="text-slate-700">{tp('noneSubmitted')}</p>
        ) : (
          <form method="get" action={`/arrangor/omgang/${data.cycle.id}/framsteg#oppna-igen`} className="mb-4 flex flex-wrap items-end gap-3">
            <div className="min-w-0 max-w-full">
              <label htmlFor="oppna-jurymedlem" className="block font-medium">
                {tp('juror')}
              </label>
              <select id="oppna-jurymedlem" name="jurymedlem" defaultValue={data.reopen.juror?.id ?? ''} className="mt-1 block max-w-full rounded border border-slate-500 px-3 py-2">
                <option value="">{tp('chooseJuror')}</option>
                {data.reopen.jurors.map((j) => (
                  <option key={j.id} value={j.id}>
                    {tp('jurorOption', { name: j.name, count: j.submitted })}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="rounded border border-brand-700 px-4 py-2 font-medium text-brand-800 hover:bg-brand-50">
              {tp('showSheets')}
            </button>
          </form>
        )}
        {data.reopen.juror ? <ReopenSheetForm key={data.reopen.juror.id} sheets={data.reopen.sheets} reopen={reopenSheetAction} /> : null}
      </section>
    </>
  );
}
