'use client';

import dynamic from 'next/dynamic';

/**
 * The reopen form, loaded only when the page shows it (a juror chosen): it is the progress page's
 * only react-hook-form form, so the page without it sends ≈ 14 KB gzip less.
 */
export const ReopenSheetForm = dynamic(() => import('./reopen-sheet-form').then((m) => m.ReopenSheetForm));
