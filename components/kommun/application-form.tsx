'use client';

import { useRouter } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useFieldArray, useForm, useWatch, type Control, type FieldPath, type UseFormRegister } from 'react-hook-form';
import { lazyZodResolver } from '@/lib/forms/lazy-zod-resolver';
import { saveDraftAction, submitApplicationAction } from '@/app/kommun/actions';
import { ErrorSummary, type SummaryError } from '@/components/ui/error-summary';
import type { ApplicationAnswers } from '@/lib/validation/application';
import { APPLICATION_AREAS, LIMITS } from '@/lib/validation/application-limits';

const AUTOSAVE_MS = 3000;
const RETRY_MS = 15000;

type SaveState =
  | { kind: 'idle' }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'failed'; message: string };

const TIME = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', hour: '2-digit', minute: '2-digit' });
const TIME_EN = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Stockholm', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
/** "14.05" in Swedish, "14:05" in English. */
const clock = (d: Date, locale: string) => (locale === 'en' ? TIME_EN.format(d) : TIME.format(d).replace(':', '.'));

type Stored = { answers: ApplicationAnswers; base: string };
const storageKey = (id: number) => `kk-ansokan-${id}`;

function readStored(id: number): Stored | null {
  try {
    const raw = window.localStorage.getItem(storageKey(id));
    return raw ? (JSON.parse(raw) as Stored) : null;
  } catch {
    return null;
  }
}

/**
 * The application form. Every change is kept in the browser (localStorage) at once
 * and saved to the server after a few seconds without typing and when a field is
 * left; the browser copy is dropped only when the server has confirmed that exact text.
 */
export function ApplicationForm({
  nominationId,
  initial,
  updatedAt,
  initialMissing,
}: {
  nominationId: number;
  initial: ApplicationAnswers;
  updatedAt: string;
  initialMissing: { field: string; message: string }[];
}) {
  const router = useRouter();
  const t = useTranslations('kommunForm');
  const version = useRef(updatedAt);
  const lastSaved = useRef(JSON.stringify(initial));
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const queue = useRef<Promise<boolean>>(Promise.resolve(true));
  const saveRef = useRef<() => Promise<boolean>>(async () => true);
  const checkedBrowserCopy = useRef(false);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const [restorable, setRestorable] = useState<Stored | null>(null);
  const [submitErrors, setSubmitErrors] = useState<SummaryError[]>([]);
  const [submitting, setSubmitting] = useState(false);

  const form = useForm<ApplicationAnswers>({ resolver: lazyZodResolver(() => import('@/lib/validation/application').then((m) => m.applicationAnswersSchema)), defaultValues: initial, mode: 'onChange' });
  const { register, control, getValues, reset, formState } = form;
  const contacts = useFieldArray({ control, name: 'contacts' });

  // One save at a time: each reads the form and the version only after the previous one has finished.
  const saveNow = useCallback(async (): Promise<boolean> => {
    const values = getValues();
    const text = JSON.stringify(values);
    if (text === lastSaved.current) return true;
    // The schema (with zod) is loaded with the first save, not with the page.
    const { applicationAnswersSchema } = await import('@/lib/validation/application');
    const parsed = applicationAnswersSchema.safeParse(values);
    if (!parsed.success) {
      setState({ kind: 'failed', message: t('fixFields') });
      return false;
    }
    setState({ kind: 'saving' });
    try {
      const result = await saveDraftAction({ nominationId, expectedUpdatedAt: version.current, answers: parsed.data });
      if (!result.ok) {
        setState({ kind: 'failed', message: t('savedInBrowser', { error: result.error }) });
        return false;
      }
      version.current = result.data.updatedAt;
      lastSaved.current = text;
      if (JSON.stringify(getValues()) === text) window.localStorage.removeItem(storageKey(nominationId));
      else window.localStorage.setItem(storageKey(nominationId), JSON.stringify({ answers: getValues(), base: version.current }));
      setState({ kind: 'saved', at: new Date() });
      return true;
    } catch {
      setState({ kind: 'failed', message: t('offline') });
      timer.current = setTimeout(() => void saveRef.current(), RETRY_MS);
      return false;
    }
  }, [getValues, nominationId, t]);

  const save = useCallback((): Promise<boolean> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const next = queue.current.then(saveNow);
    queue.current = next.catch(() => false);
    return next;
  }, [saveNow]);

  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  // Keep every change in the browser at once; save to the server after a pause.
  useEffect(() => {
    return form.subscribe({
      formState: { values: true },
      callback: ({ values }) => {
      const text = JSON.stringify(values);
      if (text === lastSaved.current) return;
      try {
        window.localStorage.setItem(storageKey(nominationId), JSON.stringify({ answers: values, base: version.current }));
      } catch {
        // storage full or disabled: the server save still runs
      }
      setState((s) => (s.kind === 'failed' ? s : { kind: 'dirty' }));
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void save(), AUTOSAVE_MS);
      },
    });
  }, [form, nominationId, save]);

  // Text left in the browser by an earlier visit that the server never confirmed.
  // Checked once, on the first render in the browser (a later refresh brings a newer version).
  useEffect(() => {
    if (checkedBrowserCopy.current) return;
    checkedBrowserCopy.current = true;
    const stored = readStored(nominationId);
    if (!stored) return;
    if (JSON.stringify(stored.answers) === lastSaved.current) {
      window.localStorage.removeItem(storageKey(nominationId));
      return;
    }
    if (stored.base === updatedAt) {
      reset(stored.answers, { keepDefaultValues: true });
      timer.current = setTimeout(() => void saveRef.current(), 500);
    } else {
      const t = setTimeout(() => setRestorable(stored), 0);
      return () => clearTimeout(t);
    }
  }, [nominationId, updatedAt, reset]);

  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (JSON.stringify(getValues()) !== lastSaved.current) e.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [getValues]);

  async function onSubmitApplication() {
    setSubmitErrors([]);
    setSubmitting(true);
    try {
      if (!(await save())) {
        setSubmitErrors([{ message: t('couldNotSave') }]);
        return;
      }
      const result = await submitApplicationAction({ nominationId, expectedUpdatedAt: version.current });
      if (!result.ok) {
        const fields = Object.entries(result.fieldErrors ?? {}).map(([field, message]) => ({ field, message }));
        setSubmitErrors([{ message: result.error }, ...fields]);
        return;
      }
      window.localStorage.removeItem(storageKey(nominationId));
      router.refresh();
    } catch {
      setSubmitErrors([{ message: t('networkLater') }]);
    } finally {
      setSubmitting(false);
    }
  }

  const blurSave = () => void save();
  const fieldErrors: SummaryError[] = collectErrors(formState.errors);

  return (
    <form method="post"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void onSubmitApplication();
      }}
      onBlur={blurSave}
      aria-labelledby="formular-rubrik"
    >
      <h2 id="formular-rubrik" className="text-xl font-semibold">
        {t('title')}
      </h2>
      <SaveStatus state={state} />
      {restorable ? (
        <div className="my-3 rounded border border-amber-600 bg-amber-50 p-3">
          <p>{t('restoreLead')}</p>
          <div className="mt-2 flex gap-2">
            <button
              type="button"
              className="rounded bg-brand-700 px-3 py-1 text-white"
              onClick={() => {
                reset(restorable.answers, { keepDefaultValues: true });
                setRestorable(null);
                void save();
              }}
            >
              {t('restoreUse')}
            </button>
            <button
              type="button"
              className="rounded border border-slate-500 px-3 py-1"
              onClick={() => {
                window.localStorage.removeItem(storageKey(nominationId));
                setRestorable(null);
              }}
            >
              {t('restoreKeep')}
            </button>
          </div>
        </div>
      ) : null}
      <ErrorSummary errors={fieldErrors} />

      <fieldset className="mt-4 rounded border border-slate-200 p-4">
        <legend className="px-1 font-semibold">{t('contacts')}</legend>
        {contacts.fields.map((f, i) => (
          <div key={f.id} className="mb-4 grid gap-3 sm:grid-cols-2">
            <Input register={register} name={`contacts.${i}.name`} label={t('contactName', { n: i + 1 })} error={formState.errors.contacts?.[i]?.name?.message} autoComplete="name" />
            <Input register={register} name={`contacts.${i}.role`} label={t('contactRole', { n: i + 1 })} error={formState.errors.contacts?.[i]?.role?.message} autoComplete="organization-title" />
            <Input register={register} name={`contacts.${i}.email`} label={t('contactEmail', { n: i + 1 })} type="email" error={formState.errors.contacts?.[i]?.email?.message} autoComplete="email" />
            <Input register={register} name={`contacts.${i}.phone`} label={t('contactPhone', { n: i + 1 })} type="tel" error={formState.errors.contacts?.[i]?.phone?.message} autoComplete="tel" />
            {i > 0 ? (
              <button type="button" className="justify-self-start text-sm underline" onClick={() => contacts.remove(i)}>
                {t('removeContact', { n: i + 1 })}
              </button>
            ) : null}
          </div>
        ))}
        {contacts.fields.length < LIMITS.contactsMax ? (
          <button type="button" className="rounded border border-slate-500 px-3 py-1" onClick={() => contacts.append({ name: '', role: '', email: '', phone: '' })}>
            {t('addContact')}
          </button>
        ) : null}
      </fieldset>

      <fieldset className="mt-4 rounded border border-slate-200 p-4">
        <legend className="px-1 font-semibold">{t('selfDescription')}</legend>
        {APPLICATION_AREAS.map((area) => (
          <TextArea
            key={area.key}
            register={register}
            control={control}
            name={`selfDescription.${area.key}`}
            label={t(`areas.${area.key}.label`)}
            hint={t('areaHint', { hint: t(`areas.${area.key}.hint`), min: LIMITS.areaMin })}
            max={LIMITS.areaMax}
            error={formState.errors.selfDescription?.[area.key]?.message}
          />
        ))}
      </fieldset>

      <fieldset className="mt-4 rounded border border-slate-200 p-4">
        <legend className="px-1 font-semibold">{t('goalsLegend')}</legend>
        <TextArea register={register} control={control} name="goals" label={t('goals')} max={LIMITS.goalsMax} error={formState.errors.goals?.message} />
        <TextArea register={register} control={control} name="followUp" label={t('followUp')} max={LIMITS.followUpMax} error={formState.errors.followUp?.message} />
      </fieldset>

      <fieldset className="mt-4 rounded border border-slate-200 p-4">
        <legend className="px-1 font-semibold">{t('keyFacts')}</legend>
        <div className="grid gap-3 sm:grid-cols-3">
          <Input register={register} name="keyFacts.inhabitants" label={t('inhabitants')} error={formState.errors.keyFacts?.inhabitants?.message} inputMode="numeric" />
          <Input register={register} name="keyFacts.employees" label={t('employees')} error={formState.errors.keyFacts?.employees?.message} inputMode="numeric" />
          <Input register={register} name="keyFacts.budget" label={t('budget')} error={formState.errors.keyFacts?.budget?.message} />
        </div>
        <TextArea register={register} control={control} name="keyFacts.other" label={t('otherKeyFacts')} max={LIMITS.keyFactsOtherMax} error={formState.errors.keyFacts?.other?.message} />
      </fieldset>

      <section aria-labelledby="lamna-in" className="mt-6 rounded border border-slate-200 bg-slate-50 p-4">
        <h2 id="lamna-in" className="text-lg font-semibold">
          {t('submitTitle')}
        </h2>
        {initialMissing.length > 0 ? (
          <p className="mt-1 text-slate-700">{t('missing', { count: initialMissing.length })}</p>
        ) : (
          <p className="mt-1 text-slate-700">{t('complete')}</p>
        )}
        <ErrorSummary errors={submitErrors} title={t('submitFailed')} />
        <button type="submit" disabled={submitting} className="mt-3 rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
          {submitting ? t('submitting') : t('submit')}
        </button>
      </section>
    </form>
  );
}

function collectErrors(errors: object, prefix = ''): SummaryError[] {
  const out: SummaryError[] = [];
  for (const [key, value] of Object.entries(errors)) {
    if (!value || typeof value !== 'object') continue;
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof (value as { message?: unknown }).message === 'string') out.push({ field: path, message: (value as { message: string }).message });
    else out.push(...collectErrors(value as object, path));
  }
  return out;
}

function SaveStatus({ state }: { state: SaveState }) {
  const t = useTranslations('kommunForm');
  const locale = useLocale();
  const text =
    state.kind === 'saved'
      ? t('saved', { time: clock(state.at, locale) })
      : state.kind === 'saving'
        ? t('saving')
        : state.kind === 'dirty'
          ? t('dirty')
          : state.kind === 'failed'
            ? t('failed', { message: state.message })
            : t('idle');
  return (
    <p role="status" aria-live="polite" className={`mt-1 text-sm ${state.kind === 'failed' ? 'font-medium text-red-800' : 'text-slate-700'}`} data-save-state={state.kind}>
      {text}
    </p>
  );
}

type InputProps = {
  register: UseFormRegister<ApplicationAnswers>;
  name: FieldPath<ApplicationAnswers>;
  label: string;
  error?: string;
  type?: string;
  autoComplete?: string;
  inputMode?: 'numeric';
};

function Input({ register, name, label, error, type = 'text', autoComplete, inputMode }: InputProps) {
  return (
    <div>
      <label htmlFor={name} className="block font-medium">
        {label}
      </label>
      {error ? (
        <p id={`${name}-error`} className="text-sm font-medium text-red-800">
          {error}
        </p>
      ) : null}
      <input
        id={name}
        type={type}
        autoComplete={autoComplete}
        inputMode={inputMode}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${name}-error` : undefined}
        className={`mt-1 block w-full rounded border px-3 py-2 ${error ? 'border-red-700' : 'border-slate-500'}`}
        {...register(name)}
      />
    </div>
  );
}

function TextArea({
  register,
  control,
  name,
  label,
  hint,
  max,
  error,
}: {
  register: UseFormRegister<ApplicationAnswers>;
  control: Control<ApplicationAnswers>;
  name: FieldPath<ApplicationAnswers>;
  label: string;
  hint?: string;
  max: number;
  error?: string;
}) {
  const t = useTranslations('kommunForm');
  const tag = useLocale() === 'en' ? 'en-GB' : 'sv-SE';
  const value = useWatch({ control, name }) as string | undefined;
  const length = value?.length ?? 0;
  const over = length > max;
  const describedBy = [hint ? `${name}-hint` : null, `${name}-count`, error ? `${name}-error` : null].filter(Boolean).join(' ');
  return (
    <div className="mb-4">
      <label htmlFor={name} className="block font-medium">
        {label}
      </label>
      {hint ? (
        <p id={`${name}-hint`} className="text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${name}-error`} className="text-sm font-medium text-red-800">
          {error}
        </p>
      ) : null}
      <textarea
        id={name}
        rows={6}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={`mt-1 block w-full rounded border px-3 py-2 ${error || over ? 'border-red-700' : 'border-slate-500'}`}
        {...register(name)}
      />
      <p id={`${name}-count`} className={`mt-1 text-sm ${over ? 'font-medium text-red-800' : 'text-slate-700'}`}>
        {t('counter', { count: length.toLocaleString(tag), max: max.toLocaleString(tag) })}
      </p>
    </div>
  );
}
