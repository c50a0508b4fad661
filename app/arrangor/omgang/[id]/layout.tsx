import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { SectionNav } from '@/components/arrangor/cycle/section-nav';
import { Badge } from '@/components/ui/badge';
import { loadCycleHeader } from '@/lib/loaders/arrangor';

/** One cycle's pages: its name and phase, and the sub-navigation between them. */
export default async function CycleLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [cycle, t, tPhase] = await Promise.all([loadCycleHeader(id), getTranslations('cycleNav'), getTranslations('phases')]);
  const base = `/arrangor/omgang/${cycle.id}`;
  const links = [
    { href: base, label: t('overview'), exact: true },
    ...(cycle.mode === 'key_figures'
      ? [
          { href: `${base}/screening`, label: t('screening') },
          { href: `${base}/nominerade`, label: t('nominees') },
        ]
      : []),
    { href: `${base}/ansokningar`, label: t('applications') },
    { href: `${base}/mall`, label: t('rubric') },
    { href: `${base}/jav`, label: t('conflicts') },
    { href: `${base}/tilldelning`, label: t('assignment') },
    { href: `${base}/framsteg`, label: t('progress') },
    { href: `${base}/topplista`, label: t('shortlist') },
    { href: `${base}/intervjuer`, label: t('interviews') },
    { href: `${base}/motivering`, label: t('motivation') },
    { href: `${base}/publicering`, label: t('publication') },
    { href: `${base}/export`, label: t('export') },
  ];
  return (
    <>
      <p className="mb-2 flex flex-wrap items-center gap-2 text-sm text-slate-700">
        <span>
          {t.rich('cycle', { name: cycle.name, strong: (chunks) => <span className="font-semibold text-slate-900">{chunks}</span> })}
        </span>
        <Badge tone="info">{t('phase', { phase: tPhase(cycle.phase) })}</Badge>
      </p>
      <SectionNav label={t('navLabel', { name: cycle.name })} links={links} tone="sub" />
      {children}
    </>
  );
}
