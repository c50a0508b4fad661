'use client';

import dynamic from 'next/dynamic';

/**
 * The decision form, loaded only when the page shows it (finalists named, no decision yet): it is
 * the shortlist's only react-hook-form form, so the page without it sends ≈ 14 KB gzip less.
 */
export const DecisionForm = dynamic(() => import('./decision-form').then((m) => m.DecisionForm));
