import type { Metadata } from 'next';
import Link from 'next/link';
import { AnnounceForm } from '@/components/nominees/announce-form';
import { EditReasonForm } from '@/components/nominees/edit-reason-form';
import { InviteNomineeForm } from '@/components/screening/invite-nominee-form';
import { NominateForm } from '@/components/screening/nominate-form';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeading } from '@/components/ui/page-heading';
import { announceNomineesAction, clearNomineesAnnouncementAction, editNominationReasonAction, inviteNomineeAction, nominateAction } from '@/lib/actions/nominees-server';
import { loadNominees, type NomineeState } from '@/lib/loaders/nominees';
import { formatDateTime } from '@/lib/time';

export const metadata: Metadata = { title: 'Nominerade' };
export const dynamic = 'force-dynamic';

const STATE_TONE: Record<NomineeState, 'neutral' | 'info' | 'success' | 'warning'> = { not_invited: 'neutral', invited: 'info', accepted: 'success', declined: 'warning' };

export default async function NomineesPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const data = await loadNominees(Number(id));
  const { cycle, run } = data;

  if (cycle.mode !== 'key_figures') {
    return (
      <>
        <PageHeading>Nominerade – {cycle.name}</PageHeading>
        <EmptyState title="Omgången har öppen ansökan">Nominering på nyckeltal finns bara i omgångar med urval på nyckeltal.</EmptyState>
      </>
    );
  }
  const open = data.candidates.filter((c) => !c.nominated);
  const ann = data.announcement;

  return (
    <>
      <PageHeading lead="Nominera kommunerna från den senaste screeningen, var och en med ett skäl som står i inbjudan. Kommunen tackar ja eller nej när den loggar in.">
        Nominerade – {cycle.name}
      </PageHeading>
      {!data.open ? <p className="mb-4 rounded border-l-4 border-amber-600 bg-amber-50 p-3 text-amber-950">{data.closedReason}</p> : null}

      <section aria-labelledby="nominerade" className="mb-8">
        <h2 id="nominerade" className="text-xl font-semibold">
          Nominerade kommuner ({data.nominees.length})
        </h2>
        {data.nominees.length === 0 ? (
          <p className="mt-2 text-slate-700">Inga kommuner är nominerade ännu.</p>
        ) : (
          <div className="mt-3 overflow-x-auto">
            <table className="min-w-full text-left text-sm">
              <caption className="sr-only">Nominerade kommuner med skäl och status för inbjudan</caption>
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="py-2 pr-3">Kommun</th>
                  <th scope="col" className="py-2 pr-3">Skäl</th>
                  <th scope="col" className="py-2 pr-3">Inbjudan</th>
                  <th scope="col" className="py-2">Skicka</th>
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
                      {n.reason ?? '–'}
                      {n.reason !== null && n.state !== 'declined' ? <EditReasonForm nominationId={n.id} municipality={n.name} reason={n.reason} save={editNominationReasonAction} /> : null}
                    </td>
                    <td className="py-2 pr-3">
                      <Badge tone={STATE_TONE[n.state]}>{n.stateLabel}</Badge>
                      <ul className="mt-1 text-slate-700">
                        <li>Nominerad {formatDateTime(n.nominatedAt)}</li>
                        {n.firstInvitedAt ? <li>Inbjuden {formatDateTime(n.firstInvitedAt)}</li> : null}
                        {n.timesInvited > 1 && n.lastInvitedAt ? <li>Senast skickad {formatDateTime(n.lastInvitedAt)}</li> : null}
                        {n.respondedAt ? <li>{n.state === 'declined' ? 'Tackade nej' : 'Tackade ja'} {formatDateTime(n.respondedAt)}</li> : null}
                        {n.declineReason ? <li>Skäl: {n.declineReason}</li> : null}
                        {n.contacts.length > 0 ? <li>Kontakter med konto: {n.contacts.join(', ')}</li> : null}
                        {n.invitations.map((i) => (
                          <li key={i.email}>
                            Kontoinbjudan till {i.email}: {i.status === 'pending' ? `väntar (gäller till ${formatDateTime(i.expiresAt)})` : i.status === 'accepted' ? 'använd' : i.status === 'expired' ? 'har gått ut' : 'återkallad'}
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
            En kommun har tackat nej. Nästa på listan: <strong>{data.nextOnList.namn}</strong> (plats {data.nextOnList.rank}). Nominera den nedan om ni vill ersätta.
          </p>
        ) : null}
      </section>

      <section aria-labelledby="tillkannagivande" className="mb-8 rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="tillkannagivande" className="text-xl font-semibold">
          Offentligt tillkännagivande
        </h2>
        {ann.isPublic ? (
          <p className="mt-2">
            <Badge tone="success">Offentliga</Badge> De nominerade är offentliga sedan {formatDateTime(ann.at)} på <Link href={ann.publicHref}>den offentliga sidan</Link>. Tiden kan inte längre
            ändras.
          </p>
        ) : ann.at ? (
          <p className="mt-2">
            <Badge tone="warning">Inte offentliga än</Badge> De nominerade blir offentliga {formatDateTime(ann.at)}. Före dess ser bara arrangörer dem.
          </p>
        ) : (
          <p className="mt-2 text-slate-700">Ingen tid är satt. De nominerade är inte offentliga; bara arrangörer ser dem.</p>
        )}
        {ann.declinedAfter.length > 0 ? (
          <p role="status" className="mt-3 rounded border-l-4 border-amber-600 bg-amber-50 p-3 text-amber-950">
            {ann.declinedAfter.join(', ')} har tackat nej efter tillkännagivandet och visas inte längre i den offentliga listan. Nominera nästa på listan
            nedan om ni vill ersätta, och berätta om ändringen för dem som redan har fått listan.
          </p>
        ) : null}
        <p className="mt-2 text-slate-700">
          {ann.isPublic ? 'Den offentliga listan' : 'Vid tillkännagivandet visar den offentliga listan'} de kommuner som är inbjudna eller har tackat ja:{' '}
          {ann.shown.length > 0 ? ann.shown.join(', ') : 'inga ännu'}.
          {ann.notInvited.length > 0 ? ` ${ann.notInvited.join(', ')} visas först när inbjudan är skickad.` : ''} Den som tackar nej tas bort ur listan.
        </p>
        {ann.canChange ? (
          <div className="mt-4">
            <AnnounceForm cycleId={cycle.id} defaults={ann.fields} isSet={ann.at !== null} announce={announceNomineesAction} clear={clearNomineesAnnouncementAction} />
          </div>
        ) : null}
      </section>

      <section aria-labelledby="nominera" className="mb-8">
        <h2 id="nominera" className="text-xl font-semibold">
          Nominera från screeningen
        </h2>
        {!run ? (
          <EmptyState title="Ingen screening körd ännu">
            Kör screeningen först. <Link href={`/arrangor/omgang/${cycle.id}/screening`}>Till screeningen</Link>
          </EmptyState>
        ) : (
          <>
            <p className="mt-1 text-slate-700">
              Körning {formatDateTime(run.createdAt)} på åren {run.years.join(', ')}: förslaget är de {run.topN} främsta, med stabiliteten bredvid.{' '}
              {run.isDemo ? <Badge tone="warning">Demodata</Badge> : null}
            </p>
            {run.tie ? <p className="mt-2 rounded border-l-4 border-amber-600 bg-amber-50 p-3 text-amber-950">Flera kommuner delar plats {run.topN}. Alla som delar platsen är föreslagna; välj och skriv varför om ni tar bort någon.</p> : null}
            {!data.open ? null : open.length === 0 ? (
              <p className="mt-2 text-slate-700">Alla kandidater i förslaget är nominerade.</p>
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
