import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { svLang } from '@/components/arrangor/cycle/i18n';
import { ApproveButton, GenerateButton } from '@/components/motivation/motivation-buttons';
import { SentenceEditor } from '@/components/motivation/sentence-editor';
import { VersionDiff } from '@/components/motivation/version-diff';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeading } from '@/components/ui/page-heading';
import type { Locale } from '@/i18n/config';
import { formatDateTime } from '@/lib/i18n/format';
import { loadMotivationEditor } from '@/lib/loaders/motivation';
import { approveMotivationAction, generateMotivationAction, saveMotivationAction } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('cycleMotivation'))('editMetaTitle') };
}
export const dynamic = 'force-dynamic';

type Params = { params: Promise<{ id: string; nominationId: string }>; searchParams: Promise<{ fran?: string; till?: string }> };

/** One nomination's motivation: the editor with evidence beside each sentence, the versions, a diff, approval. */
export default async function MotivationEditorPage({ params, searchParams }: Params) {
  const { id, nominationId } = await params;
  const query = await searchParams;
  const [data, t, locale] = await Promise.all([
    loadMotivationEditor(id, nominationId, { fran: query.fran, till: query.till }),
    getTranslations('cycleMotivation'),
    getLocale() as Promise<Locale>,
  ]);
  const lang = svLang(locale);
  const back = `/arrangor/omgang/${data.cycle.id}/motivering`;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={back}>{t('back')}</Link>
      </p>
      <PageHeading lead={t('editLead')}>{t('editTitle', { municipality: data.nomination.municipality })}</PageHeading>
      {data.refusal ? (
        <EmptyState title={t('editRefusedTitle')}>
          {data.refusal}
        </EmptyState>
      ) : (
        <>
          <div className="mb-6 flex flex-wrap items-center gap-2">
            {data.nomination.winner ? <Badge tone="success">{t('winner')}</Badge> : <Badge>{t('finalist')}</Badge>}
            <Badge tone="info">{data.latestVersion ? t('latestVersion', { version: data.latestVersion }) : t('noDraft')}</Badge>
            {data.approvedVersion ? (
              <Badge tone="success">{t('approvedBadge', { version: data.approvedVersion })}</Badge>
            ) : (
              <Badge tone="warning">{t('noneApproved')}</Badge>
            )}
          </div>
          {data.editRefusal ? (
            <p className="mb-6 rounded border border-slate-300 bg-slate-50 p-3">
              {data.editRefusal}
            </p>
          ) : null}
          {data.canEdit ? (
            <section aria-labelledby="utkast-rubrik" className="mb-8">
              <h2 id="utkast-rubrik" className="mb-2 text-xl font-semibold">
                {t('draftTitle')}
              </h2>
              <GenerateButton nominationId={data.nomination.id} hasVersions={data.latestVersion > 0} generate={generateMotivationAction} />
            </section>
          ) : null}

          <section aria-labelledby="redigera-rubrik" className="mb-10">
            <h2 id="redigera-rubrik" className="mb-3 text-xl font-semibold">
              {data.latestVersion ? t('version', { version: data.latestVersion }) : t('write')}
            </h2>
            {data.canEdit ? (
              <SentenceEditor nominationId={data.nomination.id} baseVersion={data.latestVersion} initial={data.sentences} save={saveMotivationAction} />
            ) : data.sentences.length === 0 ? (
              <p>{t('noneWritten')}</p>
            ) : (
              <ol className="list-decimal space-y-2 pl-6">
                {data.sentences.map((s) => (
                  <li key={s.id}>
                    <span lang={lang}>{s.text}</span> <Badge tone={s.status === 'supported' ? 'success' : 'warning'}>{t(`status.${s.status}`)}</Badge>
                  </li>
                ))}
              </ol>
            )}
          </section>

          {data.underlag.length > 0 ? (
            <section aria-labelledby="underlag-rubrik" className="mb-10">
              <h2 id="underlag-rubrik" className="mb-3 text-xl font-semibold">
                {t('evidenceTitle')}
              </h2>
              <ul className="space-y-3" lang={lang}>
                {data.underlag.map((u) => (
                  <li key={u.anchor} id={u.anchor} tabIndex={-1} className="rounded border border-slate-200 bg-white p-3">
                    <p className="font-medium">{u.label}</p>
                    {u.detail ? <p className="mt-1 whitespace-pre-line text-slate-800">{u.detail}</p> : null}
                    {u.href ? (
                      <p className="mt-1 text-sm">
                        <Link href={u.href} lang={locale}>
                          {t('showEvidence', { label: u.label })}
                        </Link>
                      </p>
                    ) : null}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}

          <section aria-labelledby="versioner-rubrik" className="mb-10">
            <h2 id="versioner-rubrik" className="mb-3 text-xl font-semibold">
              {t('versionsTitle')}
            </h2>
            {data.versions.length === 0 ? (
              <p>{t('noVersions')}</p>
            ) : (
              <div role="region" aria-label={t('versionsRegion')} tabIndex={0} className="overflow-x-auto">
                <table className="w-full min-w-[40rem] border-collapse bg-white text-left text-sm">
                  <caption className="sr-only">{t('versionsCaption')}</caption>
                  <thead>
                    <tr className="border-b border-slate-300">
                      <th scope="col" className="p-2">{t('colVersion')}</th>
                      <th scope="col" className="p-2">{t('colSaved')}</th>
                      <th scope="col" className="p-2">{t('colBy')}</th>
                      <th scope="col" className="p-2">{t('colWithoutEvidence')}</th>
                      <th scope="col" className="p-2">{t('colStatus')}</th>
                    </tr>
                  </thead>
                  <tbody className="align-top">
                    {[...data.versions].reverse().map((v) => (
                      <tr key={v.version} className="border-b border-slate-200">
                        <th scope="row" className="p-2 font-medium">
                          {t('version', { version: v.version })}
                        </th>
                        <td className="p-2">{formatDateTime(v.savedIso, locale)}</td>
                        <td className="p-2">{v.author}</td>
                        <td className="p-2">{v.withoutEvidence === 0 ? t('none') : t('sentences', { count: v.withoutEvidence })}</td>
                        <td className="p-2">
                          {v.approvedAt ? (
                            <Badge tone="success">{t('approvedAt', { at: formatDateTime(v.approvedIso, locale) })}</Badge>
                          ) : data.canEdit && v.approvable ? (
                            <ApproveButton nominationId={data.nomination.id} version={v.version} withoutEvidence={v.withoutEvidence} approve={approveMotivationAction} />
                          ) : (
                            t('notApproved')
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>

          {data.versions.length >= 2 ? (
            <VersionDiff versions={data.versions.map((v) => v.version)} defaults={data.diffDefaults} diff={data.diff} invalid={data.diffRequestInvalid} />
          ) : null}
        </>
      )}
    </>
  );
}
