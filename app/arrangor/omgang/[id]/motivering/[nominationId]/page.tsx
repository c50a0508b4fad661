import type { Metadata } from 'next';
import Link from 'next/link';
import { ApproveButton, GenerateButton } from '@/components/motivation/motivation-buttons';
import { SentenceEditor } from '@/components/motivation/sentence-editor';
import { VersionDiff } from '@/components/motivation/version-diff';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeading } from '@/components/ui/page-heading';
import { loadMotivationEditor } from '@/lib/loaders/motivation';
import { approveMotivationAction, generateMotivationAction, saveMotivationAction } from '../actions';

export const metadata: Metadata = { title: 'Redigera motivering' };
export const dynamic = 'force-dynamic';

type Params = { params: Promise<{ id: string; nominationId: string }>; searchParams: Promise<{ fran?: string; till?: string }> };

/** One nomination's motivation: the editor with evidence beside each sentence, the versions, a diff, approval. */
export default async function MotivationEditorPage({ params, searchParams }: Params) {
  const { id, nominationId } = await params;
  const query = await searchParams;
  const data = await loadMotivationEditor(id, nominationId, { fran: query.fran, till: query.till });
  const back = `/arrangor/omgang/${data.cycle.id}/motivering`;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={back}>Tillbaka till alla motiveringar</Link>
      </p>
      <PageHeading lead="Varje mening visar sitt underlag. Ändrar du bort de ord eller siffror som underlaget stöder markeras meningen. Varje sparning blir en ny version.">
        Motivering: {data.nomination.municipality}
      </PageHeading>
      {data.refusal ? (
        <EmptyState title="Ingen motivering här">{data.refusal}</EmptyState>
      ) : (
        <>
          <div className="mb-6 flex flex-wrap items-center gap-2">
            {data.nomination.winner ? <Badge tone="success">Vinnare</Badge> : <Badge>Finalist</Badge>}
            <Badge tone="info">{data.latestVersion ? `Senaste version: ${data.latestVersion}` : 'Inget utkast ännu'}</Badge>
            {data.approvedVersion ? <Badge tone="success">Godkänd: version {data.approvedVersion}</Badge> : <Badge tone="warning">Ingen version godkänd</Badge>}
          </div>
          {data.editRefusal ? <p className="mb-6 rounded border border-slate-300 bg-slate-50 p-3">{data.editRefusal}</p> : null}
          {data.canEdit ? (
            <section aria-labelledby="utkast-rubrik" className="mb-8">
              <h2 id="utkast-rubrik" className="mb-2 text-xl font-semibold">
                Utkast från underlaget
              </h2>
              <GenerateButton nominationId={data.nomination.id} hasVersions={data.latestVersion > 0} generate={generateMotivationAction} />
            </section>
          ) : null}

          <section aria-labelledby="redigera-rubrik" className="mb-10">
            <h2 id="redigera-rubrik" className="mb-3 text-xl font-semibold">
              {data.latestVersion ? `Version ${data.latestVersion}` : 'Skriv motiveringen'}
            </h2>
            {data.canEdit ? (
              <SentenceEditor nominationId={data.nomination.id} baseVersion={data.latestVersion} initial={data.sentences} save={saveMotivationAction} />
            ) : data.sentences.length === 0 ? (
              <p>Ingen motivering skrevs.</p>
            ) : (
              <ol className="list-decimal space-y-2 pl-6">
                {data.sentences.map((s) => (
                  <li key={s.id}>
                    {s.text} <Badge tone={s.status === 'supported' ? 'success' : 'warning'}>{data.statusLabels[s.status]}</Badge>
                  </li>
                ))}
              </ol>
            )}
          </section>

          {data.underlag.length > 0 ? (
            <section aria-labelledby="underlag-rubrik" className="mb-10">
              <h2 id="underlag-rubrik" className="mb-3 text-xl font-semibold">
                Underlag i senaste versionen
              </h2>
              <ul className="space-y-3">
                {data.underlag.map((u) => (
                  <li key={u.anchor} id={u.anchor} tabIndex={-1} className="rounded border border-slate-200 bg-white p-3">
                    <p className="font-medium">{u.label}</p>
                    {u.detail ? <p className="mt-1 whitespace-pre-line text-slate-800">{u.detail}</p> : null}
                    {u.href ? (
                      <p className="mt-1 text-sm">
                        <Link href={u.href}>Visa underlaget: {u.label}</Link>
                      </p>
                    ) : null}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}

          <section aria-labelledby="versioner-rubrik" className="mb-10">
            <h2 id="versioner-rubrik" className="mb-3 text-xl font-semibold">
              Versioner
            </h2>
            {data.versions.length === 0 ? (
              <p>Inga versioner ännu.</p>
            ) : (
              <div role="region" aria-label="Versioner (rullbar)" tabIndex={0} className="overflow-x-auto">
                <table className="w-full min-w-[40rem] border-collapse bg-white text-left text-sm">
                  <caption className="sr-only">Alla sparade versioner av motiveringen, med författare och tid</caption>
                  <thead>
                    <tr className="border-b border-slate-300">
                      <th scope="col" className="p-2">Version</th>
                      <th scope="col" className="p-2">Sparad</th>
                      <th scope="col" className="p-2">Av</th>
                      <th scope="col" className="p-2">Utan belägg</th>
                      <th scope="col" className="p-2">Status</th>
                    </tr>
                  </thead>
                  <tbody className="align-top">
                    {[...data.versions].reverse().map((v) => (
                      <tr key={v.version} className="border-b border-slate-200">
                        <th scope="row" className="p-2 font-medium">
                          Version {v.version}
                        </th>
                        <td className="p-2">{v.savedAt}</td>
                        <td className="p-2">{v.author}</td>
                        <td className="p-2">{v.withoutEvidence === 0 ? 'Inga' : `${v.withoutEvidence} ${v.withoutEvidence === 1 ? 'mening' : 'meningar'}`}</td>
                        <td className="p-2">
                          {v.approvedAt ? (
                            <Badge tone="success">Godkänd {v.approvedAt}</Badge>
                          ) : data.canEdit && v.approvable ? (
                            <ApproveButton nominationId={data.nomination.id} version={v.version} withoutEvidence={v.withoutEvidence} approve={approveMotivationAction} />
                          ) : (
                            'Inte godkänd'
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
