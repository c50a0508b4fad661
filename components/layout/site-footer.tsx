import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

/** Who stands behind the award, and the privacy notice and accessibility statement (linked from every page). */
export async function SiteFooter() {
  const t = await getTranslations('layout');
  return (
    <footer className="border-t border-slate-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-col gap-3 px-4 py-4 text-sm text-slate-700 sm:flex-row sm:items-start sm:justify-between">
        <p>{t('footerText')}</p>
        <nav aria-label={t('footerNav')}>
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            <li>
              <Link prefetch={false} href="/integritet">{t('privacy')}</Link>
            </li>
            <li>
              <Link prefetch={false} href="/tillganglighet">{t('accessibility')}</Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
