import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

export default async function Forbidden() {
  const t = await getTranslations('forbidden');
  return (
    <div className="max-w-xl">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <p className="mt-3 text-slate-700">{t('body')}</p>
      <p className="mt-4">
        <Link href="/">{t('home')}</Link>
      </p>
    </div>
  );
}
