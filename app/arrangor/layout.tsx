import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { SectionNav, type NavLink } from '@/components/arrangor/cycle/section-nav';
import { AreaMessages } from '@/components/layout/area-messages';
import { requireArea } from '@/lib/auth/guards';

type Key = 'cycles' | 'people' | 'registrations' | 'keyFigures' | 'outbox' | 'log' | 'archive';

const LINKS: (Omit<NavLink, 'label'> & { key: Key })[] = [
  { href: '/arrangor', key: 'cycles', exact: true, also: ['/arrangor/omgang'] },
  { href: '/arrangor/personer', key: 'people' },
  { href: '/arrangor/registreringar', key: 'registrations' },
  { href: '/arrangor/nyckeltal', key: 'keyFigures' },
  { href: '/arrangor/utkorg', key: 'outbox' },
  { href: '/arrangor/logg', key: 'log' },
  { href: '/arrangor/arkiv', key: 'archive' },
];

/** Every organiser page: the guard (403 for other roles), the organiser's navigation and the area's client messages. */
export default async function OrganiserLayout({ children }: { children: ReactNode }) {
  await requireArea('arrangor');
  const t = await getTranslations('nominLayout');
  return (
    <AreaMessages>
      <SectionNav label={t('nav')} links={LINKS.map(({ key, ...link }) => ({ ...link, label: t(key) }))} />
      {children}
    </AreaMessages>
  );
}
