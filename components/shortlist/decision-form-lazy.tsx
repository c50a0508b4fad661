'use client';

import { lazy, Suspense, type ComponentProps } from 'react';
import type { DecisionForm as Form } from './decision-form';

const LazyForm = lazy(() => import('./decision-form').then((m) => ({ default: m.DecisionForm })));

/**
 * The decision form, loaded only when the page shows it (finalists named, no decision yet): it is
 * the shortlist's only react-hook-form form, so the page without it sends ≈ 14 KB gzip less. The
 * server renders it as usual; the browser hydrates it once its code is in. (React.lazy rather than
 * next/dynamic, whose loader would add ≈ 2.5 KB gzip to the page.)
 */
export function DecisionForm(props: ComponentProps<typeof Form>) {
  return (
    <Suspense fallback={null}>
      <LazyForm {...props} />
    </Suspense>
  );
}
