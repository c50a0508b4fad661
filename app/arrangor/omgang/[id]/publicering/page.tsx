import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { svLang } from '@/components/arrangor/cycle/i18n';
import { EmbargoForm } from '@/components/publication/embargo-form';
import { VisibilityForm } from '@/components/publication/visibility-form';
import { Badge } from '@/components/ui/badge';
import { PageHeading } from '@/components/ui/page-heading';
import type { Locale } from '@/i18n/config';
import { formatDateTime } from '@/lib/i18n/format';
import { loadPublication } from '@/lib/loaders/publication';
import { jurorVisibilityAction, moveEmbargoAction, publishAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('cyclePublication'))('metaTitle') };
}
export const dynamic = 'force-dynamic';

const TONE = { unpublished: 'neutral', embargoed: 'warning', public: 'success' } as const;

export default async function PublicationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [data, t, locale] = await Promise.all([loadPublication(id), getTranslations('cyclePublication'), getLocale() as Promise<Locale>]);
  const lang = svLang(locale);
  return (
    <>
      <PageHeading lead={t('lead')}>{t('title')}</PageHeading>
      <p className="mb-6 flex flex-wrap items-center gap-2">
        <Badge tone={TONE[data.status]}>{t(`status.${data.status}`)}</Badge>
        {data.embargoAt ? <span>{t('embargoAt', { at: formatDateTime(data.embargoAt, locale) })}</span> : null}
        {data.status === 'public' ? <Link href={`/resultat/${data.cycle.year}`}>{t('resultPage', { year: String(data.cycle.year) })}</Link> : null}
      </p>

      <section aria-labelledby="krav" className="mb-8 rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="krav" className="mb-3 text-xl font-semibold">
          {t('contentsTitle')}
        </h2>
        <dl className="grid gap-3 sm:grid-cols-[12rem_1fr]">
          <dt className="font-medium">{t('decision')}</dt>
          <dd>{data.decision ? t('decisionValue', { winner: data.decision.winner, at: formatDateTime(data.decision.decidedAt, locale) }) : t('missingValue')}</dd>
          <dt className="font-medium">{t('motivation')}</dt>
          <dd>
            {data.motivation ? (
              <>
                <span className="text-sm text-slate-700">{t('motivationVersion', { version: data.motivation.version, at: formatDateTime(data.motivation.approvedAt, locale) })}</span>
                <span lang={lang} className="mt-1 block whitespace-pre-line">
                  {data.motivation.text}
                </span>
              </>
            ) : (
              t('missingValue')
            )}
          </dd>
        </dl>
        {data.missing.length > 0 ? (
          <div className="mt-4 rounded border border-amber-300 bg-amber-50 p-4">
            <h3 className="font-semibold text-amber-900">{t('missingTitle')}</h3>
            <ul className="mt-2 list-disc pl-5 text-amber-900">
              {data.missing.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          </div>
        ) : null}
      </section>

      {data.canPublish ? (
        <section aria-labelledby="publicera" className="mb-8 rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="publicera" className="mb-3 text-xl font-semibold">
            {t('publishTitle')}
          </h2>
          <p className="mb-4 text-slate-700">{t('publishLead')}</p>
          <EmbargoForm
            cycleId={data.cycle.id}
            defaults={data.embargoFields}
            submitLabel={t('publish')}
            confirmLabel={t('publishConfirm')}
            confirmText={t('publishConfirmText')}
            submit={publishAction}
          />
        </section>
      ) : null}

      {data.canMoveEmbargo ? (
        <section aria-labelledby="flytta" className="mb-8 rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="flytta" className="mb-3 text-xl font-semibold">
            {t('moveTitle')}
          </h2>
          <EmbargoForm
            cycleId={data.cycle.id}
            defaults={data.embargoFields}
            submitLabel={t('move')}
            confirmLabel={t('moveConfirm')}
            confirmText={t('moveConfirmText')}
            submit={moveEmbargoAction}
          />
        </section>
      ) : null}

      {data.decision ? (
        <section aria-labelledby="juryn" className="mb-8 rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="juryn" className="mb-3 text-xl font-semibold">
            {t('juryTitle')}
          </h2>
          <VisibilityForm cycleId={data.cycle.id} visible={data.decisionVisibleToJurors} save={jurorVisibilityAction} />
        </section>
      ) : null}
    </>
  );
}
