import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { AnnounceForm } from '@/components/nominees/announce-form';
import { EditReasonForm } from '@/components/nominees/edit-reason-form';
import { InviteNomineeForm } from '@/components/screening/invite-nominee-form';
import { NominateForm } from '@/components/screening/nominate-form';
import { stabilityExplanation } from '@/components/screening/stability-text';
import { svLang } from '@/components/arrangor/cycle/i18n';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeading } from '@/components/ui/page-heading';
import type { Locale } from '@/i18n/config';
import { announceNomineesAction, clearNomineesAnnouncementAction, editNominationReasonAction, inviteNomineeAction, nominateAction } from '@/lib/actions/nominees-server';
import { loadNominees, type NomineeState } from '@/lib/loaders/nominees';
import { formatDateTime } from '@/lib/i18n/format';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('nominPage'))('metaTitle') };
}
export const dynamic = 'force-dynamic';

const STATE_TONE: Record<NomineeState, 'neutral' | 'info' | 'success' | 'warning'> = { not_invited: 'neutral', invited: 'info', accepted: 'success', declined: 'warning' };

export default async function NomineesPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [data, t, tStab, locale] = await Promise.all([loadNominees(Number(id)), getTranslations('nominPage'), getTranslations('scrStability'), getLocale() as Promise<Locale>]);
  const { cycle, run } = data;
  const at = (when: string) => formatDateTime(when, locale);
  const title = t.rich('title', { name: cycle.name, sv: (chunks) => <span lang="sv">{chunks}</span> });

  if (cycle.mode !== 'key_figures') {
    return (
      <>
        <PageHeading>{title}</PageHeading>
        <EmptyState title={t('openModeTitle')}>{t('openModeBody')}</EmptyState>
      </>
    );
  }
  // Each candidate's stability explained in the reader's language, from the run's tallies (the stored text is Swedish).
  const open = data.candidates
    .filter((c) => !c.nominated)
    .map(({ stability: s, ...c }) => ({
      ...c,
      stability: s && {
        classification: s.classification,
        share: s.share,
        explanation: s.leaveOut && run ? stabilityExplanation(tStab, run.topN, s, svLang(locale)) : <span lang={svLang(locale)}>{s.explanation}</span>,
      },
    }));
  const ann = data.announcement;

  return (
    <>
      <PageHeading lead={t('lead')}>{title}</PageHeading>
      {!data.open ? <p className="mb-4 rounded border-l-4 border-amber-600 bg-amber-50 p-3 text-amber-950">{t('closed')}</p> : null}

      <section aria-labelledby="nominerade" className="mb-8">
        <h2 id="nominerade" className="text-xl font-semibold">
          {t('nominees', { count: data.nominees.length })}
        </h2>
        {data.nominees.length === 0 ? (
          <p className="mt-2 text-slate-700">{t('noNominees')}</p>
        ) : (
          <div role="region" aria-label={t('tableRegion')} tabIndex={0} className="relative mt-3 overflow-x-auto">
            <table className="min-w-full text-left text-sm">
              <caption className="sr-only">{t('caption')}</caption>
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="py-2 pr-3">{t('colMunicipality')}</th>
                  <th scope="col" className="py-2 pr-3">{t('colReason')}</th>
                  <th scope="col" className="py-2 pr-3">{t('colInvitation')}</th>
                  <th scope="col" className="py-2">{t('colSend')}</th>
                </tr>
              </thead>
              <tbody>
                {data.nominees.map((n) => (
                  <tr key={n.id} className="border-b border-slate-200 align-top">
                    <th scope="row" className="py-2 pr-3 font-medium">
                      <Link href={`/arrangor/nyckeltal/kommun/${n.kommunkod}`}>{n.name}</Link>
                      <span className="block text-sm font-normal text-slate-700">{n.county}</span>
                    </th>
                    <td className="max-w-md py-2 pr-3">
                      <span lang="sv">{n.reason ?? '–'}</span>
                      {n.reason !== null && n.state !== 'declined' ? <EditReasonForm nominationId={n.id} municipality={n.name} reason={n.reason} save={editNominationReasonAction} /> : null}
                    </td>
                    <td className="py-2 pr-3">
                      <Badge tone={STATE_TONE[n.state]}>{t(`states.${n.state}`)}</Badge>
                      <ul className="mt-1 text-slate-700">
                        <li>{t('nominatedAt', { at: at(n.nominatedAt) })}</li>
                        {n.firstInvitedAt ? <li>{t('invitedAt', { at: at(n.firstInvitedAt) })}</li> : null}
                        {n.timesInvited > 1 && n.lastInvitedAt ? <li>{t('lastSentAt', { at: at(n.lastInvitedAt) })}</li> : null}
                        {n.respondedAt ? <li>{t(n.state === 'declined' ? 'declinedAt' : 'acceptedAt', { at: at(n.respondedAt) })}</li> : null}
                        {n.declineReason ? <li>{t.rich('declineReason', { reason: n.declineReason, sv: (chunks) => <span lang="sv">{chunks}</span> })}</li> : null}
                        {n.contacts.length > 0 ? <li className="break-words">{t('contacts', { names: n.contacts.join(', ') })}</li> : null}
                        {n.invitations.map((i) => (
                          <li key={i.email} className="break-words">
                            {t('accountInvitation', { email: i.email, status: t(`invitationStatus.${i.status}`, { at: at(i.expiresAt) }) })}
                          </li>
                        ))}
                      </ul>
                    </td>
                    <td className="py-2">
                      {n.status === 'invited' && data.open ? (
                        <InviteNomineeForm
                          nominationId={n.id}
                          municipality={n.name}
                          hasRecipients={n.contacts.length > 0 || n.invitations.some((i) => i.status === 'pending')}
                          invitedBefore={n.timesInvited > 0}
                          invite={inviteNomineeAction}
                        />
                      ) : (
                        <span className="text-slate-700">–</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {data.nextOnList ? (
          <p className="mt-3 rounded border-l-4 border-brand-700 bg-brand-50 p-3">
            {t.rich('nextOnList', { name: data.nextOnList.namn, rank: data.nextOnList.rank, strong: (chunks) => <strong>{chunks}</strong> })}
          </p>
        ) : null}
      </section>

      <section aria-labelledby="tillkannagivande" className="mb-8 rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="tillkannagivande" className="text-xl font-semibold">
          {t('announcement')}
        </h2>
        {ann.isPublic ? (
          <p className="mt-2">
            <Badge tone="success">{t('publicBadge')}</Badge> {t.rich('publicSince', { at: ann.at ? at(ann.at) : '', link: (chunks) => <Link href={ann.publicHref}>{chunks}</Link> })}
          </p>
        ) : ann.at ? (
          <p className="mt-2">
            <Badge tone="warning">{t('notPublicBadge')}</Badge> {t('publicAt', { at: at(ann.at) })}
          </p>
        ) : (
          <p className="mt-2 text-slate-700">{t('noTime')}</p>
        )}
        {ann.declinedAfter.length > 0 ? (
          <p role="status" className="mt-3 rounded border-l-4 border-amber-600 bg-amber-50 p-3 text-amber-950">
            {t('declinedAfter', { names: ann.declinedAfter.join(', ') })}
          </p>
        ) : null}
        <p className="mt-2 text-slate-700">
          {t(ann.isPublic ? 'shownPublic' : 'shownLater', { names: ann.shown.length > 0 ? ann.shown.join(', ') : t('shownNone') })}
          {ann.notInvited.length > 0 ? ` ${t('notInvited', { names: ann.notInvited.join(', ') })}` : ''} {t('declinedRemoved')}
        </p>
        {ann.canChange ? (
          <div className="mt-4">
            <AnnounceForm cycleId={cycle.id} defaults={ann.fields} isSet={ann.at !== null} announce={announceNomineesAction} clear={clearNomineesAnnouncementAction} />
          </div>
        ) : null}
      </section>

      <section aria-labelledby="nominera" className="mb-8">
        <h2 id="nominera" className="text-xl font-semibold">
          {t('nominate')}
        </h2>
        {!run ? (
          <EmptyState title={t('noRunTitle')}>
            {t('noRunBody')} <Link href={`/arrangor/omgang/${cycle.id}/screening`}>{t('toScreening')}</Link>
          </EmptyState>
        ) : (
          <>
            <p className="mt-1 text-slate-700">
              {t('run', { at: at(run.createdAt), years: run.years.join(', '), topN: run.topN })}{' '}
              {run.isDemo ? <Badge tone="warning">{t('demo')}</Badge> : null}
            </p>
            {run.tie ? <p className="mt-2 rounded border-l-4 border-amber-600 bg-amber-50 p-3 text-amber-950">{t('tie', { topN: run.topN })}</p> : null}
            {!data.open ? null : open.length === 0 ? (
              <p className="mt-2 text-slate-700">{t('allNominated')}</p>
            ) : (
              <div className="mt-3">
                <NominateForm cycleId={cycle.id} runId={run.id} candidates={open} preselect={data.nominees.length === 0} nominate={nominateAction} />
              </div>
            )}
          </>
        )}
      </section>
    </>
  );
}
