import Link from 'next/link';
import { useTranslations } from 'next-intl';

const LINKS = [
  { href: '/arrangor/nyckeltal', label: 'navIndex' },
  { href: '/arrangor/nyckeltal/import', label: 'navImport' },
  { href: '/arrangor/nyckeltal/katalog', label: 'navCatalogue' },
] as const;

/** The sub-navigation of the key-figure pages; the current page is marked for screen readers. */
export function IndicatorsNav({ current }: { current: (typeof LINKS)[number]['href'] | null }) {
  const t = useTranslations('orgIndicators');
  return (
    <nav aria-label={t('nav')} className="mb-6">
      <ul className="flex flex-wrap gap-2">
        {LINKS.map((l) => (
          <li key={l.href}>
            <Link
              href={l.href}
              aria-current={current === l.href ? 'page' : undefined}
              className={`inline-block rounded border px-3 py-1.5 underline-offset-2 hover:underline ${current === l.href ? 'border-brand-700 bg-brand-100 font-semibold text-brand-900' : 'border-slate-300 bg-white text-slate-900'}`}
            >
              {t(l.label)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
