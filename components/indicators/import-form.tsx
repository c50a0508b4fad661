'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ErrorSummary, type SummaryError } from '@/components/ui/error-summary';
import { commitImportAction } from '@/lib/actions/indicators-server';
import type { ImportPreview, RowStatus } from '@/lib/import/kpi-import';
import type { PreviewResponse } from '@/lib/loaders/indicators';
import { formatValue } from './format';

const NETWORK_ERROR = 'Det gick inte att nå servern. Kontrollera din uppkoppling och försök igen.';
const STATUS_LABELS: Record<RowStatus, string> = {
  new: 'Ny',
  unchanged: 'Oförändrad',
  replaces_demo: 'Ersätter demodata',
  conflict: 'Annat värde finns',
};

type Done = { inserted: number; replacedDemo: number; replacedConflicts: number; keptConflicts: number; unchanged: number; filename: string };

/** Upload or paste → dry run (bad lines marked) → explicit import. */
export function ImportForm({ maxMegabytes }: { maxMegabytes: number }) {
  const router = useRouter();
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
      setErrors([{ field: 'kpi-fil', message: 'Välj en fil eller klistra in rader i textfältet.' }]);
      return;
    }
    if (file && file.size > maxMegabytes * 1024 * 1024) {
      setErrors([{ field: 'kpi-fil', message: `Filen är för stor (högst ${maxMegabytes} MB). Dela upp den, t.ex. ett nyckeltal eller ett år per fil.` }]);
      return;
    }
    const body: Blob = file ?? new Blob([text], { type: 'text/plain;charset=utf-8' });
    const filename = file?.name ?? 'inklistrad.csv';
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
      <form onSubmit={onPreview} noValidate className="rounded-lg border border-slate-200 bg-white p-5">
        <ErrorSummary errors={errors} />
        <div className="mb-4">
          <label htmlFor="kpi-fil" className="block font-medium">
            Fil med nyckeltal
          </label>
          <p id="kpi-fil-hint" className="text-sm text-slate-700">
            CSV eller Kolada-JSON, UTF-8, högst {maxMegabytes} MB.
          </p>
          <input ref={fileRef} id="kpi-fil" name="fil" type="file" accept=".csv,.json,.txt,text/csv,application/json,text/plain" aria-describedby="kpi-fil-hint" className="mt-1 block" />
        </div>
        <div className="mb-4">
          <label htmlFor="kpi-text" className="block font-medium">
            … eller klistra in rader
          </label>
          <p id="kpi-text-hint" className="text-sm text-slate-700">
            Börja med rubrikraden kommunkod,kpi,year,value. Används bara om ingen fil är vald.
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
          {busy && !preview ? 'Granskar …' : 'Förhandsgranska'}
        </button>
      </form>

      {done ? (
        <div ref={doneRef} tabIndex={-1} role="status" className="mt-6 rounded border-2 border-green-700 bg-green-50 p-4 text-green-950">
          <h2 className="font-semibold">Importen är klar: {done.filename}</h2>
          <p>
            {done.inserted} nya värden, {done.replacedDemo} demovärden ersatta, {done.replacedConflicts} värden ersatta, {done.keptConflicts} behållna,{' '}
            {done.unchanged} oförändrade.
            {done.inserted + done.replacedDemo + done.replacedConflicts === 0 ? ' Inget ändrades.' : ''}
          </p>
          <p className="mt-1">
            <Link href="/arrangor/nyckeltal">Visa index för nomineringarna</Link>
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
  const changes = c.new + c.replacesDemo + (replace ? c.conflicts : 0);
  return (
    <section aria-labelledby="forhandsgranskning" className="mt-8">
      <h2 id="forhandsgranskning" ref={headingRef} tabIndex={-1} className="text-xl font-semibold">
        Förhandsgranskning: {preview.filename}
      </h2>
      <p className="text-sm text-slate-700">
        {preview.format === 'csv' ? 'CSV' : preview.format === 'kolada-json' ? 'Kolada-JSON' : 'Okänt format'}, {preview.sizeBytes} byte, SHA-256{' '}
        <span className="font-mono">{preview.sha256.slice(0, 16)}…</span>. Inget är sparat ännu.
      </p>
      <dl className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-5">
        <Count label="Nya värden" value={c.new} />
        <Count label="Ersätter demodata" value={c.replacesDemo} />
        <Count label="Annat värde finns redan" value={c.conflicts} />
        <Count label="Oförändrade" value={c.unchanged} />
        <Count label="Felaktiga rader" value={c.errors} />
      </dl>

      {preview.errors.length > 0 ? (
        <div className="mt-4 rounded border-2 border-red-700 bg-red-50 p-4 text-red-950">
          <h3 className="font-semibold">Felaktiga rader – filen kan inte importeras förrän de är rättade</h3>
          <ul className="mt-2 list-disc pl-5">
            {preview.errors.slice(0, 200).map((e, i) => (
              <li key={`${e.line}-${i}`}>
                {e.line > 0 ? `Rad ${e.line}: ` : 'Filen: '}
                {e.message}
              </li>
            ))}
          </ul>
          {c.errors > 200 ? <p>… och {c.errors - 200} till.</p> : null}
          {preview.unknownKpis.length > 0 ? (
            <p className="mt-2">
              Okända nyckeltal:{' '}
              {preview.unknownKpis.map((k, i) => (
                <span key={k}>
                  {i > 0 ? ', ' : ''}
                  <Link href={`/arrangor/nyckeltal/katalog?nytt=${encodeURIComponent(k)}#nytt`} className="text-red-950">{`Lägg till ${k} i katalogen`}</Link>
                </span>
              ))}
              .
            </p>
          ) : null}
        </div>
      ) : null}

      {preview.notices.length > 0 ? (
        <div className="mt-4">
          <h3 className="font-semibold">Att känna till</h3>
          <ul className="list-disc pl-5 text-slate-800">
            {preview.notices.slice(0, 50).map((n, i) => (
              <li key={`${n.line}-${i}`}>
                {n.line > 0 ? `Rad ${n.line}: ` : ''}
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
                {c.conflicts} värden finns redan med ett annat värde (se tabellen nedan). De behålls om du inte väljer att ersätta dem.
              </p>
              <div className="mt-2 flex items-center gap-2">
                <input id="ersatt" type="checkbox" checked={replace} onChange={(e) => setReplace(e.target.checked)} className="h-5 w-5" />
                <label htmlFor="ersatt">Ersätt de {c.conflicts} befintliga värdena med filens värden</label>
              </div>
            </div>
          ) : null}
          {changes === 0 ? (
            <p>Filen ändrar ingenting – alla värden finns redan.</p>
          ) : (
            <button type="button" onClick={onCommit} disabled={busy} className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
              {busy ? 'Importerar …' : `Importera ${changes} värden`}
            </button>
          )}
        </div>
      ) : null}

      <h3 className="mt-6 font-semibold">Raderna i filen</h3>
      <div className="mt-2 overflow-x-auto">
        <table className="min-w-full border-collapse bg-white text-left text-sm">
          <caption className="sr-only">Raderna i filen med status; felaktiga rader är markerade</caption>
          <thead>
            <tr className="border-b-2 border-slate-300">
              <th scope="col" className="p-2">Rad</th>
              <th scope="col" className="p-2">Status</th>
              <th scope="col" className="p-2">Kommun</th>
              <th scope="col" className="p-2">Nyckeltal</th>
              <th scope="col" className="p-2">År</th>
              <th scope="col" className="p-2">Värde</th>
              <th scope="col" className="p-2">Nu sparat</th>
            </tr>
          </thead>
          <tbody>
            {preview.lines.map((l, i) =>
              l.kind === 'error' ? (
                <tr key={`e${i}`} className="border-b border-slate-200 bg-red-50 text-red-950">
                  <th scope="row" className="p-2 font-normal">{l.error.line || '–'}</th>
                  <td className="p-2 font-semibold">Fel</td>
                  <td className="p-2" colSpan={5}>
                    {l.error.message}
                  </td>
                </tr>
              ) : (
                <tr key={`r${i}`} className={`border-b border-slate-200 ${l.row.status === 'conflict' ? 'bg-amber-50' : ''}`}>
                  <th scope="row" className="p-2 font-normal">{l.row.line}</th>
                  <td className="p-2">{STATUS_LABELS[l.row.status]}</td>
                  <td className="p-2">{l.row.kommunkod}</td>
                  <td className="p-2">{l.row.kpi}</td>
                  <td className="p-2">{l.row.year}</td>
                  <td className="p-2 tabular-nums">{formatValue(l.row.value)}</td>
                  <td className="p-2 tabular-nums">{l.row.current === null ? '–' : formatValue(l.row.current)}</td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      </div>
      {c.rows + c.errors > preview.lines.length ? <p className="mt-2 text-sm text-slate-700">Visar de första {preview.lines.length} raderna.</p> : null}
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
