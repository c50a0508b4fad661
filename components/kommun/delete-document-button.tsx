'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { deleteDocumentAction } from '@/app/kommun/actions';

export function DeleteDocumentButton({ documentId, title }: { documentId: number; title: string }) {
  const router = useRouter();
  const t = useTranslations('kommunUpload');
  const tc = useTranslations('kommunCommon');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function remove() {
    if (!window.confirm(t('confirmDelete', { title }))) return;
    setBusy(true);
    setError(null);
    try {
      const result = await deleteDocumentAction({ documentId });
      if (!result.ok) setError(result.error);
      else router.refresh();
    } catch {
      setError(tc('networkError'));
    } finally {
      setBusy(false);
    }
  }
  return (
    <>
      <button type="button" onClick={() => void remove()} disabled={busy} className="text-sm text-red-800 underline">
        {t('delete')}
        <span className="sr-only"> {title}</span>
      </button>
      {error ? (
        <span role="alert" className="block text-sm text-red-800">
          {error}
        </span>
      ) : null}
    </>
  );
}
