import { getTranslations } from 'next-intl/server';
import { PageSkeleton } from '@/components/ui/skeleton';

/**
 * Shown at once while the overview's data loads; announced as "the page is loading".
 * Only here, in its own route group: a loading boundary makes Next stream a 200
 * before the page runs, so a page below it that answers forbidden()/notFound()
 * would lose its 403/404 status. Add one only above pages that never refuse.
 */
export default async function Loading() {
  const t = await getTranslations('ui');
  return <PageSkeleton label={t('loadingPage')} />;
}
