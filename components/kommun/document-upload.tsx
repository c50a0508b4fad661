'use client';

import { useRouter } from 'next/navigation';
import { useId, useRef, useState } from 'react';
import { DOCUMENT_TYPES, type DocumentType } from '@/lib/validation/application';
import { DOCUMENT_TYPE_LABELS } from '@/lib/validation/application';

type Item = { key: string; name: string; loaded: number; total: number; state: 'uploading' | 'done' | 'failed'; message?: string };

/** Sends one file with XMLHttpRequest (fetch has no upload progress), reporting progress. */
export function send(url: string, file: File, onProgress: (loaded: number, total: number) => void): Promise<{ status: number; body: { error?: string } }> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.upload.onprogress = (e) => onProgress(e.loaded, e.lengthComputable ? e.total : file.size);
    xhr.onload = () => {
      let body: { error?: string } = {};
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = { error: xhr.status === 413 ? 'Filen är för stor.' : 'Oväntat svar från servern.' };
      }
      resolve({ status: xhr.status, body });
    };
    xhr.onerror = () => resolve({ status: 0, body: { error: 'Det gick inte att nå servern. Kontrollera uppkopplingen och försök igen.' } });
    const data = new FormData();
    data.append('file', file, file.name);
    xhr.send(data);
  });
}

/** Upload of one or several PDFs with a type and a title, each with its own progress bar. */
export function DocumentUpload({ nominationId, maxFileMb }: { nominationId: number; maxFileMb: number }) {
  const router = useRouter();
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
      setError('Välj minst en PDF-fil.');
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
        const result = await send(url, file, (loaded, total) => update({ loaded, total }));
        if (result.status === 201) update({ state: 'done', loaded: file.size, total: file.size });
        else update({ state: 'failed', message: result.body.error ?? 'Uppladdningen misslyckades. Försök igen.' });
      }),
    );
    setBusy(false);
    setTitle('');
    if (fileRef.current) fileRef.current.value = '';
    router.refresh();
  }

  return (
    <div className="mt-4 rounded border border-slate-200 p-4">
      <h3 className="font-semibold">Ladda upp styrdokument</h3>
      <p className="text-sm text-slate-700">PDF-filer, högst {maxFileMb} MB per fil. Du kan välja flera filer samtidigt.</p>
      {error ? (
        <p role="alert" className="mt-2 font-medium text-red-800">
          {error}
        </p>
      ) : null}
      <div className="mt-3 grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor={`${id}-type`} className="block font-medium">
            Typ av dokument
          </label>
          <select id={`${id}-type`} value={type} onChange={(e) => setType(e.target.value as DocumentType)} className="mt-1 block w-full rounded border border-slate-500 px-3 py-2">
            {DOCUMENT_TYPES.map((t) => (
              <option key={t} value={t}>
                {DOCUMENT_TYPE_LABELS[t]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-title`} className="block font-medium">
            Titel
          </label>
          <input id={`${id}-title`} value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} className="mt-1 block w-full rounded border border-slate-500 px-3 py-2" />
        </div>
      </div>
      <label htmlFor={`${id}-file`} className="mt-3 block font-medium">
        PDF-filer
      </label>
      <input id={`${id}-file`} ref={fileRef} type="file" accept="application/pdf,.pdf" multiple className="mt-1 block" />
      <button type="button" onClick={() => void upload()} disabled={busy} className="mt-3 rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
        {busy ? 'Laddar upp …' : 'Ladda upp'}
      </button>
      {items.length > 0 ? (
        <ul className="mt-4 space-y-2" aria-label="Uppladdningar">
          {items.map((it) => {
            const pct = it.total > 0 ? Math.round((100 * it.loaded) / it.total) : 0;
            return (
              <li key={it.key}>
                <label htmlFor={`p-${it.key}`} className="block text-sm">
                  {it.name}: {it.state === 'done' ? 'klar' : it.state === 'failed' ? 'misslyckades' : `${pct} %`}
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
