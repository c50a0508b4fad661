'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { setRequiredDocumentsAction } from '@/lib/actions/application-admin';
import { DOCUMENT_TYPES, type DocumentType } from '@/lib/domain/document-types';

/** Which document types an application must include; saved as one choice for the cycle. */
export function RequiredDocumentsForm({ cycleId, initial, editable }: { cycleId: number; initial: DocumentType[]; editable: boolean }) {
  const t = useTranslations('cycleApplications');
  const tc = useTranslations('cycleCommon');
  const router = useRouter();
  const [chosen, setChosen] = useState<DocumentType[]>(initial);
  const [message, setMessage] = useState<{ error?: string; ok?: string }>({});
  const [busy, setBusy] = useState(false);

  async function save(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    setMessage({});
    try {
      const res = await setRequiredDocumentsAction({ cycleId, types: chosen });
      if (!res.ok) setMessage({ error: res.error });
      else {
        setMessage({ ok: res.data.types.length === 0 ? t('requiredSavedAny') : t('requiredSaved') });
        router.refresh();
      }
    } catch {
      setMessage({ error: tc('network') });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form method="post" onSubmit={save} className="mb-6 rounded-lg border border-slate-200 bg-white p-4">
      <fieldset disabled={!editable || busy}>
        <legend className="font-semibold">{t('requiredLegend')}</legend>
        <p className="text-sm text-slate-700">
          {editable ? t('requiredHint') : t('requiredLocked')}
        </p>
        <div className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
          {DOCUMENT_TYPES.map((type) => (
            <label key={type} className="inline-flex items-center gap-2">
              <input
                type="checkbox"
                checked={chosen.includes(type)}
                onChange={(e) => setChosen((prev) => (e.target.checked ? [...prev, type] : prev.filter((x) => x !== type)))}
              />
              {t(`documentTypes.${type}`)}
            </label>
          ))}
        </div>
        {editable ? (
          <button type="submit" className="mt-3 rounded bg-slate-800 px-3 py-1 text-sm font-medium text-white disabled:opacity-60">
            {busy ? tc('saving') : t('requiredSubmit')}
          </button>
        ) : null}
      </fieldset>
      <p role="status" className="mt-2 text-sm">
        {message.error ? <span className="font-medium text-red-800">{message.error}</span> : message.ok ? <span className="text-green-900">{message.ok}</span> : null}
      </p>
    </form>
  );
}
