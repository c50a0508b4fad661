'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ErrorSummary, type SummaryError } from '@/components/ui/error-summary';
import { commitImportAction } from '@/lib/actions/indicators-server';
import type { ImportPreview, RowStatus } from '@/lib/import/kpi-import';
import type { PreviewResponse } from '@/lib/loaders/indicators';
import { useIndicatorFormat } from './format';

type Done = { inserted: number; replacedDemo: number; replacedConflicts: number; keptConflicts: number; unchanged: number; filename: string };

/** Upload or paste → dry run (bad lines marked) → explicit import. */
export function ImportForm({ maxMegabytes }: { maxMegabytes: number }) {
  const router = useRouter();
  const t = useTranslations('orgIndicators.import');
  const NETWORK_ERROR = t('networkError');
  const fileRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [busy, setBusy] = useState(false);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [replace, setReplace] = useState(false);
  const [done, setDone] = useState<Done | null>(null);
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const doneRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (preview) previewHeading.current?.focus();
  }, [preview]);
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  async function onPreview(e: FormEvent) {
    e.preventDefault();
    setErrors([]);
    setPreview(null);
    setDone(null);
    setReplace(false);
    const file = fileRef.current?.files?.[0] ?? null;
    if (!file && text.trim() === '') {
      setErrors([{ field: 'kpi-fil', message: t('chooseFile') }]);
      return;
    }
    if (file && file.size > maxMegabytes * 1024 * 1024) {
      setErrors([{ field: 'kpi-fil', message: t('tooBig', { max: maxMegabytes }) }]);
      return;
    }
    const body: Blob = file ?? new Blob([text], { type: 'text/plain;charset=utf-8' });
    const filename = file?.name ?? t('pastedName');
    setBusy(true);
    try {
      const res = await fetch('/arrangor/nyckeltal/import/forhandsgranska', {
        method: 'POST',
        body,
        headers: { 'Content-Type': 'application/octet-stream', 'X-Filename': encodeURIComponent(filename) },
      });
      const data = (await res.json()) as PreviewResponse;
      if (!data.ok) setErrors([{ message: data.error }]);
      else setPreview(data.preview);
    } catch {
      setErrors([{ message: NETWORK_ERROR }]);
    } finally {
      setBusy(false);
    }
  }

  async function onCommit() {
    if (!preview) return;
    setErrors([]);
    setBusy(true);
    try {
      const result = await commitImportAction({ sha256: preview.sha256, filename: preview.filename, replaceConflicts: replace });
      if (!result.ok) setErrors([{ message: result.error }]);
      else {
        setDone({ ...result.data, filename: preview.filename });
        setPreview(null);
        if (fileRef.current) fileRef.current.value = '';
        setText('');
        router.refresh();
      }
    } catch {
      setErrors([{ message: NETWORK_ERROR }]);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div>
      <form method="post" onSubmit={onPreview} noValidate className="rounded-lg border border-slate-200 bg-white p-5">
        <ErrorSummary errors={errors} />
        <div className="mb-4">
          <label htmlFor="kpi-fil" className="block font-medium">
            {t('fileLabel')}
          </label>
          <p id="kpi-fil-hint" className="text-sm text-slate-700">
            {t('fileHint', { max: maxMegabytes })}
          </p>
          <input ref={fileRef} id="kpi-fil" name="fil" type="file" accept=".csv,.json,.txt,text/csv,application/json,text/plain" aria-describedby="kpi-fil-hint" className="mt-1 block w-full max-w-full" />
        </div>
        <div className="mb-4">
          <label htmlFor="kpi-text" className="block font-medium">
            {t('textLabel')}
          </label>
          <p id="kpi-text-hint" className="text-sm text-slate-700">
            {t('textHint')}
          </p>
          <textarea
            id="kpi-text"
            name="text"
            rows={8}
            value={text}
            onChange={(e) => setText(e.target.value)}
            aria-describedby="kpi-text-hint"
            className="mt-1 block w-full rounded border border-slate-500 px-3 py-2 font-mono text-sm"
          />
        </div>
        <button type="submit" disabled={busy} className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
          {busy && !preview ? t('checking') : t('preview')}
        </button>
      </form>

      {done ? (
        <div ref={doneRef} tabIndex={-1} role="status" className="mt-6 rounded border-2 border-green-700 bg-green-50 p-4 text-green-950">
          <h2 className="font-semibold">{t('doneTitle', { filename: done.filename })}</h2>
          <p>
            {t('doneBody', { inserted: done.inserted, replacedDemo: done.replacedDemo, replacedConflicts: done.replacedConflicts, kept: done.keptConflicts, unchanged: done.unchanged })}
            {done.inserted + done.replacedDemo + done.replacedConflicts === 0 ? t('nothingChanged') : ''}
          </p>
          <p className="mt-1">
            <Link href="/arrangor/nyckeltal">{t('showIndex')}</Link>
          </p>
        </div>
      ) : null}

      {preview ? <PreviewView preview={preview} headingRef={previewHeading} replace={replace} setReplace={setReplace} busy={busy} onCommit={onCommit} /> : null}
    </div>
  );
}

type ViewProps = {
  preview: ImportPreview;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
  replace: boolean;
  setReplace: (v: boolean) => void;
  busy: boolean;
  onCommit: () => void;
};

function PreviewView({ preview, headingRef, replace, setReplace, busy, onCommit }: ViewProps) {
  const c = preview.counts;
  const t = useTranslations('orgIndicators.import');
  const f = useIndicatorFormat();
  const changes = c.new + c.replacesDemo + (replace ? c.conflicts : 0);
  return (
    <section aria-labelledby="forhandsgranskning" className="mt-8">
      <h2 id="forhandsgranskning" ref={headingRef} tabIndex={-1} className="text-xl font-semibold">
        {t('previewTitle', { filename: preview.filename })}
      </h2>
      <p className="text-sm text-slate-700">
        {t.rich('previewFacts', {
          format: preview.format === 'csv' ? 'CSV' : preview.format === 'kolada-json' ? 'Kolada-JSON' : t('unknownFormat'),
          size: preview.sizeBytes,
          sha: preview.sha256.slice(0, 16),
          mono: (chunks) => <span className="font-mono">{chunks}</span>,
        })}
      </p>
      <dl className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-5">
        <Count label={t('countNew')} value={c.new} />
        <Count label={t('countDemo')} value={c.replacesDemo} />
        <Count label={t('countConflicts')} value={c.conflicts} />
        <Count label={t('countUnchanged')} value={c.unchanged} />
        <Count label={t('countErrors')} value={c.errors} />
      </dl>

      {preview.errors.length > 0 ? (
        <div className="mt-4 rounded border-2 border-red-700 bg-red-50 p-4 text-red-950">
          <h3 className="font-semibold">{t('errorsTitle')}</h3>
          <ul className="mt-2 list-disc pl-5">
            {preview.errors.slice(0, 200).map((e, i) => (
              <li key={`${e.line}-${i}`}>
                {e.line > 0 ? t('line', { line: String(e.line) }) : t('fileLine')}
                {e.message}
              </li>
            ))}
          </ul>
          {c.errors > 200 ? <p>{t('more', { count: c.errors - 200 })}</p> : null}
          {preview.unknownKpis.length > 0 ? (
            <p className="mt-2">
              {t('unknownKpis')}
              {preview.unknownKpis.map((k, i) => (
                <span key={k}>
                  {i > 0 ? ', ' : ''}
                  <Link href={`/arrangor/nyckeltal/katalog?nytt=${encodeURIComponent(k)}#nytt`} className="text-red-950">{t('addToCatalogue', { kpi: k })}</Link>
                </span>
              ))}
              .
            </p>
          ) : null}
        </div>
      ) : null}

      {preview.notices.length > 0 ? (
        <div className="mt-4">
          <h3 className="font-semibold">{t('notices')}</h3>
          <ul className="list-disc pl-5 text-slate-800">
            {preview.notices.slice(0, 50).map((n, i) => (
              <li key={`${n.line}-${i}`}>
                {n.line > 0 ? t('line', { line: String(n.line) }) : ''}
                {n.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      {preview.errors.length === 0 ? (
        <div className="mt-4 rounded-lg border border-slate-200 bg-white p-4">
          {c.conflicts > 0 ? (
            <div className="mb-3">
              <p>
                {t('conflicts', { count: c.conflicts })}
              </p>
              <div className="mt-2 flex items-center gap-2">
                <input id="ersatt" type="checkbox" checked={replace} onChange={(e) => setReplace(e.target.checked)} className="h-5 w-5" />
                <label htmlFor="ersatt">{t('replace', { count: c.conflicts })}</label>
              </div>
            </div>
          ) : null}
          {changes === 0 ? (
            <p>{t('noChange')}</p>
          ) : (
            <button type="button" onClick={onCommit} disabled={busy} className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
              {busy ? t('importing') : t('importN', { count: changes })}
            </button>
          )}
        </div>
      ) : null}

      <h3 className="mt-6 font-semibold">{t('linesTitle')}</h3>
      <div tabIndex={0} role="region" aria-label={t('linesCaption')} className="mt-2 relative max-w-full overflow-x-auto">
        <table className="min-w-full border-collapse bg-white text-left text-sm">
          <caption className="sr-only">{t('linesCaption')}</caption>
          <thead>
            <tr className="border-b-2 border-slate-300">
              <th scope="col" className="p-2">{t('colLine')}</th>
              <th scope="col" className="p-2">{t('colStatus')}</th>
              <th scope="col" className="p-2">{t('colMunicipality')}</th>
              <th scope="col" className="p-2">{t('colKpi')}</th>
              <th scope="col" className="p-2">{t('colYear')}</th>
              <th scope="col" className="p-2">{t('colValue')}</th>
              <th scope="col" className="p-2">{t('colCurrent')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.lines.map((l, i) =>
              l.kind === 'error' ? (
                <tr key={`e${i}`} className="border-b border-slate-200 bg-red-50 text-red-950">
                  <th scope="row" className="p-2 font-normal">{l.error.line || '–'}</th>
                  <td className="p-2 font-semibold">{t('error')}</td>
                  <td className="p-2" colSpan={5}>
                    {l.error.message}
                  </td>
                </tr>
              ) : (
                <tr key={`r${i}`} className={`border-b border-slate-200 ${l.row.status === 'conflict' ? 'bg-amber-50' : ''}`}>
                  <th scope="row" className="p-2 font-normal">{l.row.line}</th>
                  <td className="p-2">{t(`status.${l.row.status satisfies RowStatus}`)}</td>
                  <td className="p-2">{l.row.kommunkod}</td>
                  <td className="p-2">{l.row.kpi}</td>
                  <td className="p-2">{l.row.year}</td>
                  <td className="p-2 tabular-nums">{f.value(l.row.value)}</td>
                  <td className="p-2 tabular-nums">{l.row.current === null ? '–' : f.value(l.row.current)}</td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      </div>
      {c.rows + c.errors > preview.lines.length ? <p className="mt-2 text-sm text-slate-700">{t('firstLines', { count: preview.lines.length })}</p> : null}
    </section>
  );
}

function Count({ label, value }: { label: string; value: number }) {
  return (
    <div className="rounded border border-slate-200 bg-white p-3">
      <dt className="text-sm text-slate-700">{label}</dt>
      <dd className="text-2xl font-semibold tabular-nums">{value}</dd>
    </div>
  );
}
