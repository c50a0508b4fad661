'use client';

import { lazy, Suspense, type ComponentProps } from 'react';
import type { ReopenSheetForm as Form } from './reopen-sheet-form';

const LazyForm = lazy(() => import('./reopen-sheet-form').then((m) => ({ default: m.ReopenSheetForm })));

/**
 * The reopen form, loaded only when the page shows it (a juror chosen): it is the progress page's
 * only react-hook-form form, so the page without it sends ≈ 14 KB gzip less. The server renders it
 * as usual; the browser hydrates it once its code is in (React.lazy: next/dynamic's loader would
 * add ≈ 2.5 KB gzip to the page).
 */
export function ReopenSheetForm(props: ComponentProps<typeof Form>) {
  return (
    <Suspense fallback={null}>
      <LazyForm {...props} />
    </Suspense>
  );
}
