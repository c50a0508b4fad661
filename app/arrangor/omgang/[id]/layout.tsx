import type { ReactNode } from 'react';
import { SectionNav } from '@/components/arrangor/cycle/section-nav';
import { Badge } from '@/components/ui/badge';
import { loadCycleHeader } from '@/lib/loaders/arrangor';

/** One cycle's pages: its name and phase, and the sub-navigation between them. */
export default async function CycleLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  const { id } = await params;
  const cycle = await loadCycleHeader(id);
  const base = `/arrangor/omgang/${cycle.id}`;
  const links = [
    { href: base, label: 'Översikt', exact: true },
    ...(cycle.mode === 'key_figures'
      ? [
          { href: `${base}/screening`, label: 'Screening' },
          { href: `${base}/nominerade`, label: 'Nominerade' },
        ]
      : []),
    { href: `${base}/ansokningar`, label: 'Ansökningar' },
    { href: `${base}/mall`, label: 'Bedömningsmall' },
    { href: `${base}/jav`, label: 'Jäv' },
    { href: `${base}/tilldelning`, label: 'Tilldelning' },
    { href: `${base}/framsteg`, label: 'Framsteg' },
    { href: `${base}/topplista`, label: 'Topplista' },
    { href: `${base}/intervjuer`, label: 'Intervjuer' },
    { href: `${base}/motivering`, label: 'Motivering' },
    { href: `${base}/publicering`, label: 'Publicering' },
    { href: `${base}/export`, label: 'Rapporter och export' },
  ];
  return (
    <>
      <p className="mb-2 flex flex-wrap items-center gap-2 text-sm text-slate-700">
        <span>
          Omgång: <span className="font-semibold text-slate-900">{cycle.name}</span>
        </span>
        <Badge tone="info">Fas: {cycle.phaseLabel}</Badge>
      </p>
      <SectionNav label={`Omgången ${cycle.name}`} links={links} tone="sub" />
      {children}
    </>
  );
}
