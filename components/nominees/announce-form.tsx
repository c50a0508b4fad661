'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { ErrorSummary, type SummaryError } from '@/components/ui/error-summary';
import { TextField } from '@/components/ui/text-field';
import type { ActionResult } from '@/lib/actions/define-action';

type Props = {
  cycleId: number;
  defaults: { date: string; time: string };
  /** Whether an instant is set (then it can be moved or cleared). */
  isSet: boolean;
  announce: (input: unknown) => Promise<ActionResult<{ announceAt: string; shown: string }>>;
  clear: (input: unknown) => Promise<ActionResult<{ cleared: boolean }>>;
};

const DATE_ID = 'tillkannagivande-datum';
const TIME_ID = 'tillkannagivande-tid';

/** The instant the nominees become public (Stockholm time, seconds optional): set, move or clear it, each after a confirming second click. */
export function AnnounceForm({ cycleId, defaults, isSet, announce, clear }: Props) {
  const router = useRouter();
  const t = useTranslations('nominAnnounce');
  const [date, setDate] = useState(defaults.date);
  const [time, setTime] = useState(defaults.time);
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [confirming, setConfirming] = useState<'set' | 'clear' | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const fieldError = (id: string) => errors.find((e) => e.field === id)?.message;

  async function run<T>(kind: 'set' | 'clear', call: () => Promise<ActionResult<T>>, ok: (data: T) => string) {
    if (confirming !== kind) {
      setConfirming(kind);
      return;
    }
    setConfirming(null);
    setBusy(true);
    setErrors([]);
    try {
      const res = await call();
      if (!res.ok) {
        const f = res.fieldErrors ?? {};
        setErrors([f.date ? { field: DATE_ID, message: f.date } : f.time ? { field: TIME_ID, message: f.time } : { message: res.error }]);
        return;
      }
      setDone(ok(res.data));
      router.refresh();
    } catch {
      setErrors([{ message: t('networkError') }]);
    } finally {
      setBusy(false);
    }
  }

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    setDone(null);
    const input = { cycleId, date, time };
    // The schema (with zod) is loaded when the form is sent, not with the page.
    const { announceSchema } = await import('@/lib/validation/nominees');
    const parsed = announceSchema.safeParse(input);
    if (!parsed.success) {
      setConfirming(null);
      setErrors(parsed.error.issues.map((i) => ({ field: i.path[0] === 'date' ? DATE_ID : TIME_ID, message: i.message })));
      return;
    }
    void run('set', () => announce(input), (d) => t('saved', { at: d.shown }));
  }

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="max-w-md" aria-label={t('form')}>
      <ErrorSummary errors={errors} />
      <TextField id={DATE_ID} label={t('date')} type="date" hint={t('dateHint')} error={fieldError(DATE_ID)} value={date} onChange={(e) => setDate(e.target.value)} />
      <TextField id={TIME_ID} label={t('time')} type="time" step={1} hint={t('timeHint')} error={fieldError(TIME_ID)} value={time} onChange={(e) => setTime(e.target.value)} />
      {confirming ? (
        <p role="status" className="mb-3 rounded border border-amber-300 bg-amber-50 p-3 text-amber-900">
          {confirming === 'set' ? t('confirmSetText') : t('confirmClearText')} {t('clickAgain')}
        </p>
      ) : null}
      {done ? (
        <p role="status" className="mb-3 rounded border border-green-700 bg-green-50 p-3">
          {done}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-3">
        <button type="submit" disabled={busy} className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
          {confirming === 'set' ? t(isSet ? 'confirmMove' : 'confirmSet') : t(isSet ? 'move' : 'set')}
        </button>
        {isSet ? (
          <button
            type="button"
            disabled={busy}
            onClick={() => {
              setDone(null);
              void run('clear', () => clear({ cycleId }), () => t('cleared'));
            }}
            className="rounded border border-slate-500 px-4 py-2 font-medium hover:bg-slate-100 disabled:opacity-60"
          >
            {confirming === 'clear' ? t('confirmClear') : t('clear')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
