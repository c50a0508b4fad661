'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';

export type SummaryError = { field?: string; message: string };

/** The list of a form's errors at its top, focused when it appears, each linking to its field. */
export function ErrorSummary({ errors, title }: { errors: SummaryError[]; title?: string }) {
  const t = useTranslations('ui');
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
  }, [errors]);
  if (errors.length === 0) return null;
  return (
    <div ref={ref} tabIndex={-1} role="alert" aria-labelledby="felsammanfattning" className="mb-4 rounded border-2 border-red-700 bg-red-50 p-4">
      <h2 id="felsammanfattning" className="font-semibold text-red-900">
        {title ?? t('errorSummaryTitle')}
      </h2>
      <ul className="mt-2 list-disc pl-5 text-red-900">
        {errors.map((e) => (
          <li key={`${e.field ?? ''}${e.message}`}>{e.field ? <a href={`#${e.field}`} className="text-red-900">{e.message}</a> : e.message}</li>
        ))}
      </ul>
    </div>
  );
}
