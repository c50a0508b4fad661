'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useId, useRef, useState } from 'react';
import { DOCUMENT_TYPES, type DocumentType } from '@/lib/domain/document-types';

type Item = { key: string; name: string; loaded: number; total: number; state: 'uploading' | 'done' | 'failed'; message?: string };

/** What send() says when the server gives no answer of its own, in the page's language. */
export type SendMessages = { tooLarge: string; unexpected: string; network: string };

/** Sends one file with XMLHttpRequest (fetch has no upload progress), reporting progress. */
export function send(url: string, file: File, messages: SendMessages, onProgress: (loaded: number, total: number) => void): Promise<{ status: number; body: { error?: string } }> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.upload.onprogress = (e) => onProgress(e.loaded, e.lengthComputable ? e.total : file.size);
    xhr.onload = () => {
      let body: { error?: string } = {};
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = { error: xhr.status === 413 ? messages.tooLarge : messages.unexpected };
      }
      resolve({ status: xhr.status, body });
    };
    xhr.onerror = () => resolve({ status: 0, body: { error: messages.network } });
    const data = new FormData();
    data.append('file', file, file.name);
    xhr.send(data);
  });
}

/** Upload of one or several PDFs with a type and a title, each with its own progress bar. */
export function DocumentUpload({ nominationId, maxFileMb }: { nominationId: number; maxFileMb: number }) {
  const router = useRouter();
  const t = useTranslations('kommunUpload');
  const tc = useTranslations('kommunCommon');
  const messages = { tooLarge: t('tooLarge'), unexpected: t('unexpected'), network: tc('networkErrorLong') };
  const id = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const [type, setType] = useState<DocumentType>('vision');
  const [title, setTitle] = useState('');
  const [items, setItems] = useState<Item[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function upload() {
    const files = Array.from(fileRef.current?.files ?? []);
    setError(null);
    if (files.length === 0) {
      setError(t('chooseFile'));
      fileRef.current?.focus();
      return;
    }
    setBusy(true);
    const batch = files.map((f, i) => ({ key: `${Date.now()}-${i}`, name: f.name, loaded: 0, total: f.size, state: 'uploading' as const }));
    setItems((prev) => [...batch, ...prev]);
    await Promise.all(
      files.map(async (file, i) => {
        const key = batch[i].key;
        const docTitle = files.length === 1 && title.trim() ? title.trim() : title.trim() ? `${title.trim()} – ${file.name.replace(/\.pdf$/i, '')}` : file.name.replace(/\.pdf$/i, '');
        const url = `/api/upload?${new URLSearchParams({ nominationId: String(nominationId), type, title: docTitle })}`;
        const update = (patch: Partial<Item>) => setItems((prev) => prev.map((it) => (it.key === key ? { ...it, ...patch } : it)));
        const result = await send(url, file, messages, (loaded, total) => update({ loaded, total }));
        if (result.status === 201) update({ state: 'done', loaded: file.size, total: file.size });
        else update({ state: 'failed', message: result.body.error ?? t('failed') });
      }),
    );
    setBusy(false);
    setTitle('');
    if (fileRef.current) fileRef.current.value = '';
    router.refresh();
  }

  return (
    <div className="mt-4 rounded border border-slate-200 p-4">
      <h3 className="font-semibold">{t('title')}</h3>
      <p className="text-sm text-slate-700">{t('lead', { max: maxFileMb })}</p>
      {error ? (
        <p role="alert" className="mt-2 font-medium text-red-800">
          {error}
        </p>
      ) : null}
      <div className="mt-3 grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor={`${id}-type`} className="block font-medium">
            {t('type')}
          </label>
          <select id={`${id}-type`} value={type} onChange={(e) => setType(e.target.value as DocumentType)} className="mt-1 block w-full rounded border border-slate-500 px-3 py-2">
            {DOCUMENT_TYPES.map((code) => (
              <option key={code} value={code}>
                {tc(`documentTypes.${code}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-title`} className="block font-medium">
            {t('docTitle')}
          </label>
          <input id={`${id}-title`} value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} className="mt-1 block w-full rounded border border-slate-500 px-3 py-2" />
        </div>
      </div>
      <label htmlFor={`${id}-file`} className="mt-3 block font-medium">
        {t('files')}
      </label>
      <input id={`${id}-file`} ref={fileRef} type="file" accept="application/pdf,.pdf" multiple className="mt-1 block" />
      <button type="button" onClick={() => void upload()} disabled={busy} className="mt-3 rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
        {busy ? t('uploading') : t('upload')}
      </button>
      {items.length > 0 ? (
        <ul className="mt-4 space-y-2" aria-label={t('uploads')}>
          {items.map((it) => {
            const pct = it.total > 0 ? Math.round((100 * it.loaded) / it.total) : 0;
            return (
              <li key={it.key}>
                <label htmlFor={`p-${it.key}`} className="block text-sm">
                  {it.name}: {it.state === 'done' ? t('done') : it.state === 'failed' ? t('failedShort') : t('percent', { pct })}
                </label>
                <progress id={`p-${it.key}`} max={100} value={it.state === 'failed' ? 0 : pct} className="w-full" />
                {it.message ? <p className="text-sm font-medium text-red-800">{it.message}</p> : null}
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
