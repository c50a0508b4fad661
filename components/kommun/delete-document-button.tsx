'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { deleteDocumentAction } from '@/app/kommun/actions';

export function DeleteDocumentButton({ documentId, title }: { documentId: number; title: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function remove() {
    if (!window.confirm(`Ta bort ”${title}”?`)) return;
    setBusy(true);
    setError(null);
    try {
      const result = await deleteDocumentAction({ documentId });
      if (!result.ok) setError(result.error);
      else router.refresh();
    } catch {
      setError('Det gick inte att nå servern. Försök igen.');
    } finally {
      setBusy(false);
    }
  }
  return (
    <>
      <button type="button" onClick={() => void remove()} disabled={busy} className="text-sm text-red-800 underline">
        Ta bort<span className="sr-only"> {title}</span>
      </button>
      {error ? (
        <span role="alert" className="block text-sm text-red-800">
          {error}
        </span>
      ) : null}
    </>
  );
}
