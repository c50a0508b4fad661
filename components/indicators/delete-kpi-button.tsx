'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { deleteKpiAction } from '@/lib/actions/indicators-server';

/** "Ta bort ur katalogen" for a KPI without stored values, after a confirmation. */
export function DeleteKpiButton({ id }: { id: string }) {
  const router = useRouter();
  const t = useTranslations('orgIndicators.deleteKpi');
  const tLabel = useTranslations('orgLabels');
  const [state, setState] = useState<{ asking?: boolean; busy?: boolean; error?: string }>({});

  async function remove() {
    setState({ busy: true });
    try {
      const res = (await deleteKpiAction({ id })) as { ok: boolean; error?: string };
      if (!res.ok) return setState({ error: res.error });
      router.push('/arrangor/nyckeltal/katalog');
      router.refresh();
    } catch {
      setState({ error: tLabel('networkError') });
    }
  }

  return (
    <div className="mt-6 rounded border border-slate-200 p-4">
      <h2 className="font-semibold">{t('title')}</h2>
      <p className="text-sm text-slate-700">{t('body')}</p>
      {state.asking ? (
        <p className="mt-2 flex flex-wrap items-center gap-2">
          <span>{t('ask', { id })}</span>
          <button type="button" onClick={() => void remove()} disabled={state.busy} className="rounded bg-red-800 px-3 py-1 text-sm font-medium text-white disabled:opacity-60">
            {t('yes')}
          </button>
          <button type="button" onClick={() => setState({})} className="rounded border border-slate-500 px-3 py-1 text-sm">
            {t('cancel')}
          </button>
        </p>
      ) : (
        <button type="button" onClick={() => setState({ asking: true })} className="mt-2 rounded border border-red-800 bg-white px-3 py-1 text-sm text-red-900">
          {t('button', { id })}
        </button>
      )}
      <p role="status" className="mt-2 text-sm">
        {state.error ? <span className="font-medium text-red-800">{state.error}</span> : null}
      </p>
    </div>
  );
}
