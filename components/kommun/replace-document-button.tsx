'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useId, useRef, useState } from 'react';
import type { DocumentType } from '@/lib/validation/application';
import { send } from './document-upload';

/**
 * "Ersätt" on one uploaded document: pick the new version and it takes the old
 * one's place in one step (same type and title), with a progress bar. If the
 * upload fails, the old document stays.
 */
export function ReplaceDocumentButton({ nominationId, documentId, type, title }: { nominationId: number; documentId: number; type: DocumentType; title: string }) {
  const router = useRouter();
  const t = useTranslations('kommunUpload');
  const id = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<{ pct?: number; error?: string; busy?: boolean }>({});

  const messages = { tooLarge: t('tooLarge'), unexpected: t('unexpected'), network: t('network') };

  async function replace(file: File) {
    setState({ busy: true, pct: 0 });
    const url = `/api/upload?${new URLSearchParams({ nominationId: String(nominationId), type, title, replaces: String(documentId) })}`;
    const result = await send(url, file, messages, (loaded, total) => setState({ busy: true, pct: total > 0 ? Math.round((100 * loaded) / total) : 0 }));
    if (fileRef.current) fileRef.current.value = '';
    if (result.status === 201) {
      setState({});
      router.refresh();
    } else setState({ error: result.body.error ?? t('replaceFailed') });
  }

  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <label htmlFor={`${id}-file`} className="cursor-pointer rounded border border-slate-500 bg-white px-3 py-1 text-sm focus-within:outline-2">
        {t('replace')}
        <span className="sr-only">{t('replaceLabel', { title })}</span>
        <input
          id={`${id}-file`}
          ref={fileRef}
          type="file"
          accept="application/pdf,.pdf"
          className="sr-only"
          disabled={state.busy}
          onChange={(e) => {
            const f = e.target.files?.[0];
            if (f) void replace(f);
          }}
        />
      </label>
      {state.busy ? (
        <progress max={100} value={state.pct ?? 0} aria-label={t('replacing', { title })} className="w-24" />
      ) : null}
      <span role="status" className="text-sm">
        {state.error ? <span className="font-medium text-red-800">{state.error}</span> : null}
      </span>
    </span>
  );
}
