'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useMemo, useState } from 'react';
import { buttonClass, secondaryButtonClass, StatusMessage } from '@/components/arrangor/people/fields';
import { previewAssignment, saveAssignment } from '@/lib/actions/assignments';
import type { Locale } from '@/i18n/config';
import { formatNumber } from '@/lib/i18n/format';
import type { AssignmentPreview } from '@/lib/loaders/assignment';

type Pair = { jurorId: number; nominationId: number };
type Mode = 'auto' | 'pin' | 'exclude';
type Props = {
  cycleId: number;
  locked: string | null;
  jurors: { id: number; name: string; organisation: string }[];
  nominations: { id: number; municipality: string }[];
  conflicts: Pair[];
  started: Pair[];
  pins: Pair[];
  exclusions: Pair[];
  initialTarget: number | 'all';
  initialPreview: AssignmentPreview;
};

const key = (p: Pair) => `${p.nominationId}:${p.jurorId}`;
const MODES: readonly Mode[] = ['auto', 'pin', 'exclude'];

export function AssignmentEditor(props: Props) {
  const t = useTranslations('cycleAssignment');
  const tc = useTranslations('cycleCommon');
  const locale = useLocale() as Locale;
  const router = useRouter();
  const conflictKeys = useMemo(() => new Set(props.conflicts.map(key)), [props.conflicts]);
  const startedKeys = useMemo(() => new Set(props.started.map(key)), [props.started]);
  const [target, setTarget] = useState<number | 'all'>(props.initialTarget);
  const [modes, setModes] = useState<Record<string, Mode>>(() => {
    const m: Record<string, Mode> = {};
    for (const p of props.pins) m[key(p)] = 'pin';
    for (const p of props.exclusions) m[key(p)] = 'exclude';
    return m;
  });
  const [preview, setPreview] = useState<AssignmentPreview>(props.initialPreview);
  const [stale, setStale] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const assignedKeys = new Set(preview.assignments.map(key));
  const load = new Map(preview.loads.map((l) => [l.jurorId, l.load]));

  function choices() {
    const pins: Pair[] = [];
    const exclusions: Pair[] = [];
    for (const [k, mode] of Object.entries(modes)) {
      const [nominationId, jurorId] = k.split(':').map(Number);
      if (mode === 'pin') pins.push({ jurorId, nominationId });
      if (mode === 'exclude') exclusions.push({ jurorId, nominationId });
    }
    return { cycleId: props.cycleId, jurorsPerNomination: target, pins, exclusions };
  }

  async function runPreview() {
    setBusy(true);
    setError(null);
    setSaved(null);
    try {
      const res = await previewAssignment(choices());
      if (!res.ok) setError(res.error);
      else {
        setPreview(res.data);
        setStale(false);
      }
    } catch {
      setError(t('network'));
    } finally {
      setBusy(false);
    }
  }

  async function save() {
    setBusy(true);
    setError(null);
    try {
      const res = await saveAssignment(choices());
      if (!res.ok) setError(res.error);
      else {
        setSaved(t('saved', { count: res.data.count, added: res.data.added, removed: res.data.removed }));
        setConfirming(false);
        router.refresh();
      }
    } catch {
      setError(t('network'));
    } finally {
      setBusy(false);
    }
  }

  function setMode(k: string, mode: Mode) {
    setModes((m) => ({ ...m, [k]: mode }));
    setStale(true);
    setConfirming(false);
  }

  const short = preview.nominations.filter((n) => n.short);
  return (
    <div>
      {error ? (
        <div role="alert" className="mb-4 rounded border-2 border-red-700 bg-red-50 p-4 text-red-900">
          {error}
        </div>
      ) : null}
      {saved ? <StatusMessage>{saved}</StatusMessage> : null}

      <section aria-labelledby="installningar" className="mb-6 rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="installningar" className="mb-3 text-xl font-semibold">
          {t('perNominationTitle')}
        </h2>
        <label htmlFor="antal" className="block font-medium">
          {t('count')}
        </label>
        <p id="antal-hint" className="text-sm text-slate-700">
          {t('countHint')}
        </p>
        <select
          id="antal"
          aria-describedby="antal-hint"
          value={String(target)}
          onChange={(e) => {
            setTarget(e.target.value === 'all' ? 'all' : Number(e.target.value));
            setStale(true);
            setConfirming(false);
          }}
          className="mt-1 rounded border border-slate-500 bg-white px-3 py-2"
        >
          <option value="all">{t('all')}</option>
          {Array.from({ length: Math.max(1, props.jurors.length) }, (_, i) => i + 1).map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </section>

      <section aria-labelledby="forhandsgranskning" className="mb-6">
        <h2 id="forhandsgranskning" className="mb-2 text-xl font-semibold">
          {t('previewTitle')}
        </h2>
        {stale ? (
          <p role="status" className="mb-2 rounded border border-amber-600 bg-amber-50 p-3 text-amber-900">
            {t('stale')}
          </p>
        ) : null}
        <ul className="mb-3 space-y-1">
          <li>
            {t('summary', {
              count: preview.assignments.length,
              min: Math.min(...preview.loads.map((l) => l.load), 0),
              max: Math.max(...preview.loads.map((l) => l.load), 0),
              spread: preview.loadSpread,
            })}
          </li>
          <li>
            {t('changes', { added: preview.changes.added.length, removed: preview.changes.removed.length })}
            {preview.startedKept > 0 ? ` ${t('startedKept', { count: preview.startedKept })}` : ''}
          </li>
        </ul>
        {short.length > 0 ? (
          <div className="mb-3 rounded border border-amber-600 bg-amber-50 p-3 text-amber-900">
            <h3 className="font-semibold">{t('shortTitle')}</h3>
            <ul className="list-disc pl-5">
              {short.map((n) => (
                <li key={n.id}>
                  {t('short', { municipality: n.municipality, assigned: n.assigned, wanted: n.short!.wanted })} <span>{n.short!.reason}</span>
                </li>
              ))}
            </ul>
          </div>
        ) : (
          <p className="mb-3">{t('allFull')}</p>
        )}
        {preview.warnings.length > 0 ? (
          <div className="mb-3 rounded border border-slate-300 bg-white p-3">
            <h3 className="font-semibold">{t('warnings')}</h3>
            <ul className="list-disc pl-5">
              {preview.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          </div>
        ) : null}
      </section>

      <section aria-labelledby="matris">
        <h2 id="matris" className="mb-2 text-xl font-semibold">
          {t('matrixTitle')}
        </h2>
        <p className="mb-2 text-slate-700">
          {t('matrixLead')}
        </p>
        <div role="region" aria-label={t('matrixRegion')} tabIndex={0} className="overflow-x-auto">
          <table className="border-collapse bg-white text-left text-sm">
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="p-2">
                  {t('nomination')}
                </th>
                {props.jurors.map((j) => (
                  <th key={j.id} scope="col" className="p-2 align-bottom">
                    {j.name}
                    <span className="block font-normal text-slate-700">{j.organisation}</span>
                    <span className="block font-normal">{t('load', { load: load.get(j.id) ?? 0 })}</span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {preview.nominations.map((n) => (
                <tr key={n.id} className="border-b border-slate-200 align-top">
                  <th scope="row" className="p-2 font-medium">
                    {n.municipality}
                    <span className="block font-normal text-slate-700">
                      {t('assignedJurors', { count: n.assigned })}
                      {n.organisations.length ? `: ${n.organisations.map((o) => (o.count > 1 ? `${o.organisation} ×${formatNumber(o.count, locale)}` : o.organisation)).join(', ')}` : ''}
                    </span>
                  </th>
                  {props.jurors.map((j) => {
                    const k = key({ jurorId: j.id, nominationId: n.id });
                    if (conflictKeys.has(k))
                      return (
                        <td key={j.id} className="bg-slate-100 p-2 font-medium text-slate-900">
                          {t('conflict')}
                        </td>
                      );
                    return (
                      <td key={j.id} className={`p-2 ${assignedKeys.has(k) ? 'bg-green-50' : ''}`}>
                        <select
                          aria-label={t('cellLabel', { juror: j.name, municipality: n.municipality })}
                          value={modes[k] ?? 'auto'}
                          disabled={!!props.locked}
                          onChange={(e) => setMode(k, e.target.value as Mode)}
                          className="rounded border border-slate-500 bg-white px-1 py-1 text-sm"
                        >
                          {MODES.map((m) => (
                            <option key={m} value={m}>
                              {t(`modes.${m}`)}
                            </option>
                          ))}
                        </select>
                        <span className="mt-1 block">
                          {assignedKeys.has(k) ? <span className="font-medium text-green-900">{t('assigned')}</span> : <span className="text-slate-700">–</span>}
                          {startedKeys.has(k) ? <span className="block text-xs text-slate-700">{t('started')}</span> : null}
                        </span>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <div className="mt-6 flex flex-wrap items-start gap-3">
        <button type="button" onClick={runPreview} disabled={busy} className={secondaryButtonClass + ' px-4 py-2 text-base'}>
          {busy && !confirming ? t('calculating') : t('preview')}
        </button>
        {props.locked ? (
          <p className="rounded border border-amber-600 bg-amber-50 p-3 text-amber-900">
            {props.locked}
          </p>
        ) : confirming ? (
          <div className="rounded border border-slate-300 bg-white p-3">
            <p>
              {t('confirm', { count: preview.assignments.length, added: preview.changes.added.length, removed: preview.changes.removed.length })}
            </p>
            <div className="mt-2 flex gap-2">
              <button type="button" onClick={save} disabled={busy} className={buttonClass}>
                {t('confirmYes')}
              </button>
              <button type="button" onClick={() => setConfirming(false)} className={secondaryButtonClass}>
                {tc('cancel')}
              </button>
            </div>
          </div>
        ) : (
          <button type="button" onClick={() => setConfirming(true)} disabled={busy || stale} className={buttonClass}>
            {t('save')}
          </button>
        )}
      </div>
    </div>
  );
}
