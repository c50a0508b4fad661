import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { ApplicationForm } from '@/components/kommun/application-form';
import { DeleteDocumentButton } from '@/components/kommun/delete-document-button';
import { DocumentUpload } from '@/components/kommun/document-upload';
import { ReplaceDocumentButton } from '@/components/kommun/replace-document-button';
import { formatSize } from '@/components/kommun/format';
import { RefreshWhilePending } from '@/components/kommun/refresh-while-pending';
import { SearchForm, Snippet } from '@/components/kommun/search-hits';
import { Badge } from '@/components/ui/badge';
import { PageHeading } from '@/components/ui/page-heading';
import { Table } from '@/components/ui/table';
import type { Locale } from '@/i18n/config';
import { formatDateTime } from '@/lib/i18n/format';
import { loadApplication } from '@/lib/loaders/application';
import { APPLICATION_AREAS } from '@/lib/validation/application';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('kommunApplication'))('metaTitle') };
}
export const dynamic = 'force-dynamic';

export default async function ApplicationPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ q?: string }> }) {
  const { id } = await params;
  const { q } = await searchParams;
  const [a, t, tc, tf, locale] = await Promise.all([
    loadApplication(Number(id), typeof q === 'string' ? q : ''),
    getTranslations('kommunApplication'),
    getTranslations('kommunCommon'),
    getTranslations('kommunForm'),
    getLocale() as Promise<Locale>,
  ]);
  const open = a.status === 'draft' || a.status === 'invited';
  const pending = a.documents.some((d) => d.textStatus === 'pending');
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/kommun">{t('back')}</Link>
      </p>
      <PageHeading lead={a.deadlineAt ? t('deadline', { when: formatDateTime(a.deadlineAt, locale) }) : undefined}>{`${a.municipality} – ${a.cycleName}`}</PageHeading>
      <div className="mb-4 flex flex-wrap gap-2">
        <Badge tone="info">{tc('statusBadge', { status: tc(`statuses.${a.status}`) })}</Badge>
        <Badge>{tc('phaseBadge', { phase: tc(`phases.${a.phase}`) })}</Badge>
      </div>
      {a.submittedAt ? (
        <div className="mb-6 rounded border border-green-700 bg-green-50 p-4">
          <p>{t('submittedAt', { when: formatDateTime(a.submittedAt, locale) })}</p>
          <p className="mt-1">
            <a href={`/api/kvitto/${a.id}`} className="font-medium">
              {tc('downloadReceipt')}
            </a>
          </p>
        </div>
      ) : null}
      {a.lockedReason && !a.submittedAt ? (
        open ? (
          <p lang="sv" className="mb-4 rounded border border-amber-600 bg-amber-50 p-3">
            {a.lockedReason}
          </p>
        ) : (
          <p className="mb-4 rounded border border-amber-600 bg-amber-50 p-3">{t('locked')}</p>
        )
      ) : null}

      <section aria-labelledby="dokument-rubrik" id="dokument" className="mb-6 rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="dokument-rubrik" className="text-xl font-semibold">
          {tc('documents')}
        </h2>
        {a.requiredTypes.length > 0 ? (
          <p className="mt-1 text-slate-700">{t('requiredTypes', { types: a.requiredTypes.map((code) => tc(`documentTypes.${code}`)).join(', ') })}</p>
        ) : null}
        {a.documents.length === 0 ? (
          <p className="mt-2 text-slate-700">{tc('noDocuments')}</p>
        ) : (
          <div className="mt-3">
            <Table caption={t('documentsCaption')} captionHidden>
              <thead>
                <tr>
                  <th scope="col" className="py-1 pr-3">{t('colTitle')}</th>
                  <th scope="col" className="py-1 pr-3">{t('colType')}</th>
                  <th scope="col" className="py-1 pr-3">{t('colPages')}</th>
                  <th scope="col" className="py-1 pr-3">{t('colSize')}</th>
                  <th scope="col" className="py-1 pr-3">{t('colText')}</th>
                  {a.editable ? <th scope="col" className="py-1"><span className="sr-only">{t('colAction')}</span></th> : null}
                </tr>
              </thead>
              <tbody>
                {a.documents.map((d) => (
                  <tr key={d.id} className="border-t border-slate-200">
                    <td className="py-1 pr-3 font-medium">{d.title}</td>
                    <td className="py-1 pr-3">{tc(`documentTypes.${d.type}`)}</td>
                    <td className="py-1 pr-3">{d.pageCount ?? '–'}</td>
                    <td className="py-1 pr-3">{formatSize(d.sizeBytes, locale)}</td>
                    <td className="py-1 pr-3">{t(`textStatuses.${d.textStatus}`)}</td>
                    {a.editable ? (
                      <td className="py-1">
                        <span className="inline-flex flex-wrap gap-2">
                          <ReplaceDocumentButton nominationId={a.id} documentId={d.id} type={d.type} title={d.title} />
                          <DeleteDocumentButton documentId={d.id} title={d.title} />
                        </span>
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </Table>
          </div>
        )}
        <RefreshWhilePending pending={pending} />
        {a.editable ? <DocumentUpload nominationId={a.id} maxFileMb={a.maxFileMb} /> : null}
        {a.documents.length > 0 ? (
          <>
            <SearchForm action={`/kommun/ansokan/${a.id}`} query={a.query} />
            {a.query ? (
              <div className="mt-3" aria-live="polite">
                <h3 className="font-semibold">{a.hits.length === 0 ? t('noHits', { query: a.query }) : t('hits', { count: a.hits.length, query: a.query })}</h3>
                <ul className="mt-2 space-y-2">
                  {a.hits.map((h) => (
                    <li key={`${h.documentId}-${h.pageNo}`}>
                      <span className="font-medium">{h.documentTitle}</span>
                      {t('hitPage', { page: h.pageNo })}
                      <Snippet text={h.snippet} />
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
          </>
        ) : null}
      </section>

      <section className="rounded-lg border border-slate-200 bg-white p-5">
        {a.editable ? (
          <ApplicationForm nominationId={a.id} initial={a.answers} updatedAt={a.updatedAt} initialMissing={a.missing} />
        ) : (
          <>
            <h2 className="text-xl font-semibold">{t('readOnlyTitle')}</h2>
            <dl className="mt-3 space-y-3">
              <div>
                <dt className="font-semibold">{t('contacts')}</dt>
                <dd>{a.answers.contacts.filter((c) => c.name).map((c) => `${c.name}${c.role ? `, ${c.role}` : ''}${c.email ? ` (${c.email})` : ''}`).join('; ') || '–'}</dd>
              </div>
              {APPLICATION_AREAS.map((area) => (
                <div key={area.key}>
                  <dt className="font-semibold">{tf(`areas.${area.key}.label`)}</dt>
                  <dd lang="sv" className="whitespace-pre-wrap">{a.answers.selfDescription[area.key] || '–'}</dd>
                </div>
              ))}
              <div>
                <dt className="font-semibold">{t('goals')}</dt>
                <dd lang="sv" className="whitespace-pre-wrap">{a.answers.goals || '–'}</dd>
              </div>
              <div>
                <dt className="font-semibold">{t('followUp')}</dt>
                <dd lang="sv" className="whitespace-pre-wrap">{a.answers.followUp || '–'}</dd>
              </div>
            </dl>
          </>
        )}
      </section>
    </>
  );
}
