'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

export type NavLink = { href: string; label: string; /** Active only on this exact path (not its sub-paths). */ exact?: boolean; also?: string[] };

function isActive(pathname: string, link: NavLink): boolean {
  const match = (href: string, exact?: boolean) => pathname === href || (!exact && pathname.startsWith(`${href}/`));
  return match(link.href, link.exact) || (link.also ?? []).some((h) => match(h));
}

/** A row of links with aria-current="page" on the one for the current page. */
export function SectionNav({ label, links, tone = 'main' }: { label: string; links: NavLink[]; tone?: 'main' | 'sub' }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className={tone === 'main' ? 'mb-6 border-b border-slate-200' : 'mb-6'}>
      <ul className="flex flex-wrap gap-x-1 gap-y-2">
        {links.map((link) => {
          const active = isActive(pathname, link);
          const cls =
            tone === 'main'
              ? `inline-block border-b-4 px-3 py-2 font-medium no-underline ${active ? 'border-brand-700 text-brand-900' : 'border-transparent text-slate-800 hover:border-slate-300'}`
              : `inline-block rounded px-3 py-1.5 text-sm font-medium no-underline ${active ? 'bg-brand-700 text-white hover:text-white' : 'bg-white text-brand-800 ring-1 ring-slate-300 hover:bg-brand-50'}`;
          return (
            <li key={link.href}>
              <Link href={link.href} aria-current={active ? 'page' : undefined} className={cls}>
                {link.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
