import type { ReactNode } from 'react';
import { SectionNav } from '@/components/arrangor/cycle/section-nav';
import { requireArea } from '@/lib/auth/guards';

const LINKS = [
  { href: '/arrangor', label: 'Omgångar', exact: true, also: ['/arrangor/omgang'] },
  { href: '/arrangor/personer', label: 'Personer' },
  { href: '/arrangor/registreringar', label: 'Registreringar' },
  { href: '/arrangor/nyckeltal', label: 'Nyckeltal' },
  { href: '/arrangor/utkorg', label: 'Utkorg' },
  { href: '/arrangor/logg', label: 'Logg' },
  { href: '/arrangor/arkiv', label: 'Arkivet' },
];

/** Every organiser page: the guard (403 for other roles) and the organiser's navigation. */
export default async function OrganiserLayout({ children }: { children: ReactNode }) {
  await requireArea('arrangor');
  return (
    <>
      <SectionNav label="Arrangör" links={LINKS} />
      {children}
    </>
  );
}
