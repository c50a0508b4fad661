'use client';

import { useRouter } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { submitSheetAction } from '@/app/jury/actions';
import { ErrorSummary, type SummaryError } from '@/components/ui/error-summary';
import { commentRequired, criterionState, scaleValues, sheetCompleteness, type Scale } from '@/lib/domain/scoring';

export type SheetCriterion = { id: number; title: string; guidance: string; lowText: string; midText: string; highText: string };
export type SheetArea = { id: number; key: string; name: string; description: string; criteria: SheetCriterion[] };
type Entry = { value: number | null; cannotAssess: boolean; comment: string };
type SavedScore = Entry & { criterionId: number; updatedAt: string };

type Status =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'error'; message: string; retryIn: number | null };

type Props = {
  nominationId: number;
  jurorId: number;
  scale: Scale;
  areas: SheetArea[];
  scores: SavedScore[];
  revision: number;
  submitted: boolean;
  submittedAt: string | null;
  /** The municipality's self-description per area key. */
  selfDescription: Record<string, string>;
  /** Null when the juror may score now; otherwise why not (phase, dates). */
  closedReason: string | null;
};

const RETRY_SECONDS = [3, 10, 30, 60];
const timeFormat = (locale: string) => new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'sv-SE', { timeZone: 'Europe/Stockholm', hour: '2-digit', minute: '2-digit', second: '2-digit' });

/**
 * Autosaves one criterion through POST /api/jury/poang (a plain route: no server-action
 * decoding or page render on the hot path). Answers like the server action; throws only
 * when the server cannot be reached or does not answer with the app's JSON.
 */
async function postScore(body: Entry & { nominationId: number; criterionId: number; revision: number }): Promise<{ ok: boolean; error?: string }> {
  const res = await fetch('/api/jury/poang', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    credentials: 'same-origin',
    cache: 'no-store',
  });
  const result = (await res.json()) as { ok?: boolean; error?: unknown };
  if (result.ok === true) return { ok: true };
  if (typeof result.error !== 'string') throw new Error(`HTTP ${res.status}`);
  return { ok: false, error: result.error };
}

const storageKey = (jurorId: number, nominationId: number) => `kk:bedomning:${jurorId}:${nominationId}`;
type Stored = Record<string, { entry: Entry; at: string }>;

function readStored(key: string): Stored {
  try {
    return JSON.parse(window.localStorage.getItem(key) ?? '{}') as Stored;
  } catch {
    return {};
  }
}
function writeStored(key: string, stored: Stored) {
  try {
    if (Object.keys(stored).length === 0) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, JSON.stringify(stored));
  } catch {
    // Private mode or full storage: the server copy is what counts.
  }
}

const same = (a: Entry, b: Entry) => a.value === b.value && a.cannotAssess === b.cannotAssess && a.comment.trim() === b.comment.trim();

/**
 * The score sheet: per criterion a radio group on the scale plus "Kan inte
 * bedöma" and a comment. Every change is saved on its own (debounced); a save
 * that fails is shown, kept in this browser (localStorage) and retried.
 */
export function ScoreSheet(props: Props) {
  const { nominationId, jurorId, scale, areas, submitted, closedReason } = props;
  const router = useRouter();
  const t = useTranslations('juryScoreSheet');
  const NETWORK = t('network');
  const key = storageKey(jurorId, nominationId);
  const criteria = areas.flatMap((a) => a.criteria);
  const readOnly = submitted || closedReason !== null;

  const [entries, setEntries] = useState<Record<number, Entry>>(() =>
    Object.fromEntries(props.scores.map((s) => [s.criterionId, { value: s.value, cannotAssess: s.cannotAssess, comment: s.comment }])),
  );
  const [status, setStatus] = useState<Record<number, Status>>({});
  const [summary, setSummary] = useState<SummaryError[]>([]);
  const [summaryTitle, setSummaryTitle] = useState(() => t('cannotSubmitYet'));
  const [submitting, setSubmitting] = useState(false);

  // The newest entries, for saves that run after a render (timers, retries).
  const entriesRef = useRef(entries);
  const revisionRef = useRef(props.revision);
  const timers = useRef(new Map<number, ReturnType<typeof setTimeout>>());
  const inFlight = useRef(new Map<number, Promise<void>>());
  const dirty = useRef(new Set<number>());
  const attempts = useRef(new Map<number, number>());

  useEffect(() => {
    revisionRef.current = props.revision;
  }, [props.revision]);

  const setOne = (id: number, s: Status) => setStatus((prev) => ({ ...prev, [id]: s }));

  async function save(id: number): Promise<void> {
      const running = inFlight.current.get(id);
      if (running) {
        await running;
        if (!dirty.current.has(id)) return;
      }
      const entry = entriesRef.current[id];
      if (!entry) return;
      dirty.current.delete(id);
      setOne(id, { kind: 'saving' });
      const job = (async () => {
        let ok = false;
        let message = NETWORK;
        let retry = true;
        try {
          const result = await postScore({ nominationId, criterionId: id, ...entry, revision: revisionRef.current });
          if (result.ok) ok = true;
          else {
            message = result.error ?? NETWORK;
            // A refusal (locked, stale, off the scale) will not pass by trying again; a server hiccup may.
            retry = /Något gick fel på servern/.test(message);
          }
        } catch {
          // network failure: keep the value, try again
        }
        if (ok) {
          attempts.current.delete(id);
          const stored = readStored(key);
          if (stored[id] && same(stored[id].entry, entry) && !dirty.current.has(id)) {
            delete stored[id];
            writeStored(key, stored);
          }
          setOne(id, dirty.current.has(id) ? { kind: 'pending' } : { kind: 'saved', at: new Date().toISOString() });
        } else {
          dirty.current.add(id);
          const n = attempts.current.get(id) ?? 0;
          attempts.current.set(id, n + 1);
          const wait = retry ? RETRY_SECONDS[Math.min(n, RETRY_SECONDS.length - 1)] : null;
          setOne(id, { kind: 'error', message, retryIn: wait });
          if (wait !== null) schedule(id, wait * 1000);
        }
      })();
      inFlight.current.set(id, job);
      await job;
      inFlight.current.delete(id);
      // Changed while saving (and no save planned): save the newest value too.
      if (dirty.current.has(id) && !attempts.current.has(id) && !timers.current.has(id)) schedule(id, 0);
  }

  function schedule(id: number, delay: number) {
    const t = timers.current.get(id);
    if (t) clearTimeout(t);
    timers.current.set(
      id,
      setTimeout(() => {
        timers.current.delete(id);
        void save(id);
      }, delay),
    );
  }

  // Bring back what was typed here but never confirmed by the server (newer than the server's copy).
  useEffect(() => {
    if (readOnly) return;
    const stored = readStored(key);
    const server = new Map(props.scores.map((s) => [s.criterionId, s]));
    const restore: Record<number, Entry> = {};
    for (const [k, v] of Object.entries(stored)) {
      const id = Number(k);
      if (!criteria.some((c) => c.id === id)) continue;
      const s = server.get(id);
      if (s && (same(s, v.entry) || s.updatedAt >= v.at)) {
        delete stored[k];
        continue;
      }
      restore[id] = v.entry;
    }
    writeStored(key, stored);
    if (Object.keys(restore).length > 0) {
      // localStorage exists only in the browser, so this cannot happen during the first render.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setEntries((prev) => ({ ...prev, ...restore }));
      entriesRef.current = { ...entriesRef.current, ...restore };
      for (const id of Object.keys(restore).map(Number)) {
        dirty.current.add(id);
        setOne(id, { kind: 'pending' });
        schedule(id, 500);
      }
    }
    const pendingTimers = timers.current;
    return () => pendingTimers.forEach((t) => clearTimeout(t));
    // Once per mount.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  function change(id: number, patch: Partial<Entry>, delay: number) {
    const next = { ...(entriesRef.current[id] ?? { value: null, cannotAssess: false, comment: '' }), ...patch };
    entriesRef.current = { ...entriesRef.current, [id]: next };
    setEntries(entriesRef.current);
    const stored = readStored(key);
    stored[id] = { entry: next, at: new Date().toISOString() };
    writeStored(key, stored);
    dirty.current.add(id);
    attempts.current.delete(id);
    setOne(id, { kind: 'pending' });
    schedule(id, delay);
  }

  async function flushAll() {
    for (const [id, t] of timers.current) {
      clearTimeout(t);
      timers.current.delete(id);
    }
    await Promise.all([...dirty.current].map((id) => save(id)));
    await Promise.all([...inFlight.current.values()]);
  }

  async function submit() {
    const titles = new Map(criteria.map((c) => [c.id, c.title]));
    const completeness = sheetCompleteness(scale, criteria.map((c) => c.id), new Map(Object.entries(entriesRef.current).map(([k, v]) => [Number(k), v])));
    if (!completeness.complete) {
      setSummaryTitle(t('missingCount', { count: completeness.missing.length }));
      setSummary(
        completeness.missing.map((m) => ({
          field: `kriterium-${m.criterionId}`,
          message: t(m.reason === 'missing' ? 'missingValue' : 'missingComment', { criterion: titles.get(m.criterionId) ?? '' }),
        })),
      );
      return;
    }
    setSubmitting(true);
    setSummary([]);
    try {
      await flushAll();
      if (dirty.current.size > 0) {
        setSummaryTitle(t('notAllSaved'));
        setSummary([{ message: t('notAllSavedBody') }]);
        return;
      }
      const result = await submitSheetAction({ nominationId, revision: revisionRef.current });
      if (!result.ok) {
        setSummaryTitle(result.error);
        setSummary(
          result.fieldErrors && Object.keys(result.fieldErrors).length > 0
            ? Object.entries(result.fieldErrors).map(([field, message]) => ({ field, message }))
            : [{ message: result.error }],
        );
        return;
      }
      revisionRef.current = result.data.revision;
      writeStored(key, {});
      router.refresh();
    } catch {
      setSummaryTitle(t('notSubmitted'));
      setSummary([{ message: NETWORK }]);
    } finally {
      setSubmitting(false);
    }
  }

  const completeness = sheetCompleteness(scale, criteria.map((c) => c.id), new Map(Object.entries(entries).map(([k, v]) => [Number(k), v])));
  const values = scaleValues(scale);

  return (
    <div>
      {readOnly ? (
        <p className="mb-4 rounded border border-slate-300 bg-slate-50 p-3">
          {submitted
            ? t('locked')
            : closedReason}
        </p>
      ) : (
        <p className="mb-4 text-sm text-slate-700">
          {t('autosaveHint', { min: scale.min, max: scale.max })}
        </p>
      )}
      <ErrorSummary errors={summary} title={summaryTitle} />
      {areas.map((area) => (
        <section key={area.id} aria-labelledby={`omrade-${area.id}`} className="below-fold mt-6">
          <h3 id={`omrade-${area.id}`} className="text-lg font-semibold">
            {area.name}
          </h3>
          {area.description ? <p className="text-sm text-slate-700">{area.description}</p> : null}
          {props.selfDescription[area.key]?.trim() ? (
            <details className="mt-2 rounded border border-slate-200 bg-slate-50 p-3">
              <summary className="cursor-pointer font-medium">{t('selfDescription', { area: area.name })}</summary>
              <p className="mt-2 whitespace-pre-line text-sm">{props.selfDescription[area.key]}</p>
            </details>
          ) : null}
          {area.criteria.map((c) => {
            const entry = entries[c.id] ?? { value: null, cannotAssess: false, comment: '' };
            const st = status[c.id] ?? { kind: 'idle' };
            const needsComment = commentRequired(scale, entry);
            const state = criterionState(scale, entry);
            const commentId = `kommentar-${c.id}`;
            return (
              <fieldset key={c.id} id={`kriterium-${c.id}`} tabIndex={-1} className="mt-4 rounded border border-slate-300 bg-white p-4" aria-describedby={`vagledning-${c.id}`}>
                <legend className="px-1 font-medium">{c.title}</legend>
                <div id={`vagledning-${c.id}`} className="text-sm text-slate-700">
                  {c.guidance ? <p>{c.guidance}</p> : null}
                  <p className="mt-1">
                    {scale.min} = {c.lowText || t('low')} · {Math.round((scale.min + scale.max) / 2)} = {c.midText || t('mid')} · {scale.max} ={' '}
                    {c.highText || t('high')}
                  </p>
                </div>
                <div className="mt-2 flex flex-wrap gap-x-4 gap-y-2" role="radiogroup" aria-label={t('scoreFor', { criterion: c.title })}>
                  {values.map((v) => (
                    <label key={v} className="inline-flex items-center gap-1">
                      <input
                        type="radio"
                        name={`poang-${c.id}`}
                        value={v}
                        checked={!entry.cannotAssess && entry.value === v}
                        disabled={readOnly}
                        onChange={() => change(c.id, { value: v, cannotAssess: false }, 300)}
                        className="h-5 w-5"
                      />
                      {v}
                    </label>
                  ))}
                  <label className="inline-flex items-center gap-1">
                    <input
                      type="radio"
                      name={`poang-${c.id}`}
                      value="kan-inte"
                      checked={entry.cannotAssess}
                      disabled={readOnly}
                      onChange={() => change(c.id, { value: null, cannotAssess: true }, 300)}
                      className="h-5 w-5"
                    />
                    {t('cannotAssess')}
                  </label>
                </div>
                <label htmlFor={commentId} className="mt-3 block text-sm font-medium">
                  {t('comment')}
                  {needsComment ? t('commentRequired') : ''}
                </label>
                <textarea
                  id={commentId}
                  rows={2}
                  value={entry.comment}
                  readOnly={readOnly}
                  aria-invalid={state === 'comment_required' ? true : undefined}
                  aria-describedby={`status-${c.id}`}
                  onChange={(e) => change(c.id, { comment: e.target.value }, 900)}
                  className={`mt-1 block w-full rounded border px-2 py-1 ${state === 'comment_required' ? 'border-red-700' : 'border-slate-500'}`}
                />
                <p id={`status-${c.id}`} className="mt-1 min-h-5 text-sm" aria-live="polite">
                  <StatusText status={st} onRetry={() => void save(c.id)} />
                  {state === 'comment_required' && st.kind !== 'error' ? (
                    <span className="ml-2 font-medium text-red-800">{entry.cannotAssess ? t('writeCommentCannot') : t('writeCommentValue', { value: String(entry.value) })}</span>
                  ) : null}
                </p>
              </fieldset>
            );
          })}
        </section>
      ))}
      {!readOnly ? (
        <div className="mt-6 rounded border border-slate-300 bg-white p-4">
          <p>
            <span className="font-medium">{t('done', { done: completeness.done, total: completeness.total })}</span> {t('submitHint')}
          </p>
          <button
            type="button"
            onClick={() => void submit()}
            disabled={submitting}
            className="mt-3 rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60"
          >
            {submitting ? t('submitting') : t('submit')}
          </button>
        </div>
      ) : null}
    </div>
  );
}

function StatusText({ status, onRetry }: { status: Status; onRetry: () => void }) {
  const t = useTranslations('juryScoreSheet');
  const locale = useLocale();
  switch (status.kind) {
    case 'idle':
      return null;
    case 'pending':
      return <span className="text-slate-700">{t('pending')}</span>;
    case 'saving':
      return <span className="text-slate-700">{t('saving')}</span>;
    case 'saved':
      return <span className="text-green-800">{t('saved', { time: timeFormat(locale).format(new Date(status.at)) })}</span>;
    case 'error':
      return (
        <span className="font-medium text-red-800">
          {t('notSaved', { message: status.message })}
          {status.retryIn !== null ? t('retryIn', { seconds: status.retryIn }) : ''}{' '}
          <button type="button" onClick={onRetry} className="underline">
            {t('retryNow')}
          </button>
        </span>
      );
  }
}
