'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { lazyZodResolver } from '@/lib/forms/lazy-zod-resolver';
import type { z } from 'zod';
import { buttonClass, MunicipalityOptions, SelectField, StatusMessage, TextAreaField } from '@/components/arrangor/people/fields';
import { ErrorSummary, type SummaryError } from '@/components/ui/error-summary';
import { declareConflict, recordConflict } from '@/lib/actions/conflicts';
import type { declareConflictSchema, recordConflictSchema } from '@/lib/validation/conflict';

type Municipality = { kommunkod: string; name: string };

function summary(errors: Record<string, { message?: string } | undefined>, prefix: string, serverError: string | null): SummaryError[] {
  return [
    ...Object.entries(errors).flatMap(([f, e]) => (e?.message ? [{ field: `${prefix}-${f}`, message: e.message }] : [])),
    ...(serverError ? [{ message: serverError }] : []),
  ];
}

function doneText(t: (key: 'done' | 'doneRemoved' | 'doneRemovedSheet') => string, r: { removedAssignments: number; keptSheets: number }) {
  if (r.removedAssignments === 0) return t('done');
  return r.keptSheets ? t('doneRemovedSheet') : t('doneRemoved');
}

/** The organiser records a conflict for a juror in a cycle. */
export function RecordConflictForm({ cycleId, jurors, municipalities }: { cycleId: number; jurors: { id: number; name: string; organisation: string | null }[]; municipalities: Municipality[] }) {
  const t = useTranslations('cycleConflicts');
  const tc = useTranslations('cycleCommon');
  const router = useRouter();
  const [serverError, setServerError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const form = useForm<z.input<typeof recordConflictSchema>, unknown, z.output<typeof recordConflictSchema>>({
    resolver: lazyZodResolver(() => import('@/lib/validation/conflict').then((m) => m.recordConflictSchema)),
    defaultValues: { cycleId, jurorId: '' as unknown as number, kommunkod: '', reason: '' },
  });
  const { errors, isSubmitting } = form.formState;
  async function onSubmit(values: z.output<typeof recordConflictSchema>) {
    setServerError(null);
    setDone(null);
    try {
      const res = await recordConflict(values);
      if (!res.ok) {
        setServerError(res.error);
        for (const [f, message] of Object.entries(res.fieldErrors ?? {})) form.setError(f as 'reason', { message });
        return;
      }
      setDone(doneText(t, res.data));
      form.reset({ cycleId, jurorId: values.jurorId, kommunkod: '', reason: '' });
      router.refresh();
    } catch {
      setServerError(tc('networkKept'));
    }
  }
  return (
    <form method="post" onSubmit={form.handleSubmit(onSubmit)} noValidate aria-labelledby="registrera-jav" className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="registrera-jav" className="mb-3 text-xl font-semibold">
        {t('recordTitle')}
      </h2>
      <ErrorSummary errors={summary(errors, 'jav', serverError)} />
      {done ? <StatusMessage>{done}</StatusMessage> : null}
      <SelectField id="jav-jurorId" label={t('juror')} error={errors.jurorId?.message} {...form.register('jurorId')}>
        <option value="">{t('chooseJuror')}</option>
        {jurors.map((j) => (
          <option key={j.id} value={j.id}>
            {j.name}
            {j.organisation ? ` (${j.organisation})` : ''}
          </option>
        ))}
      </SelectField>
      <SelectField id="jav-kommunkod" label={t('municipality')} error={errors.kommunkod?.message} {...form.register('kommunkod')}>
        <MunicipalityOptions municipalities={municipalities} />
      </SelectField>
      <TextAreaField id="jav-reason" label={t('reason')} hint={t('recordReasonHint')} rows={2} error={errors.reason?.message} {...form.register('reason')} />
      <button type="submit" disabled={isSubmitting} className={buttonClass}>
        {isSubmitting ? t('recording') : t('recordSubmit')}
      </button>
    </form>
  );
}

/** A juror declares a conflict from the profile: a municipality of the official list and why. */
export function DeclareConflictProfileForm({ cycles, municipalities }: { cycles: { id: number; name: string }[]; municipalities: Municipality[] }) {
  const t = useTranslations('cycleConflicts');
  const tc = useTranslations('cycleCommon');
  const router = useRouter();
  const [serverError, setServerError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const form = useForm<z.input<typeof declareConflictSchema>, unknown, z.output<typeof declareConflictSchema>>({
    resolver: lazyZodResolver(() => import('@/lib/validation/conflict').then((m) => m.declareConflictSchema)),
    defaultValues: { cycleId: cycles[0]?.id, kommunkod: '', reason: '' },
  });
  const { errors, isSubmitting } = form.formState;
  async function onSubmit(values: z.output<typeof declareConflictSchema>) {
    setServerError(null);
    setDone(null);
    try {
      const res = await declareConflict(values);
      if (!res.ok) {
        setServerError(res.error);
        for (const [f, message] of Object.entries(res.fieldErrors ?? {})) form.setError(f as 'reason', { message });
        return;
      }
      setDone(`${doneText(t, res.data)} ${t('declaredNoAccess')}`);
      form.reset({ cycleId: values.cycleId, kommunkod: '', reason: '' });
      router.refresh();
    } catch {
      setServerError(tc('networkKept'));
    }
  }
  return (
    <form method="post" onSubmit={form.handleSubmit(onSubmit)} noValidate aria-labelledby="anmal-jav" className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="anmal-jav" className="mb-3 text-xl font-semibold">
        {t('declareTitle')}
      </h2>
      <p className="mb-4 text-slate-700">{t('declareLead')}</p>
      <ErrorSummary errors={summary(errors, 'profil', serverError)} />
      {done ? <StatusMessage>{done}</StatusMessage> : null}
      {cycles.length > 1 ? (
        <SelectField id="profil-cycleId" label={t('cycle')} error={errors.cycleId?.message} {...form.register('cycleId')}>
          {cycles.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </SelectField>
      ) : (
        <input type="hidden" {...form.register('cycleId')} />
      )}
      <SelectField id="profil-kommunkod" label={t('municipality')} error={errors.kommunkod?.message} {...form.register('kommunkod')}>
        <MunicipalityOptions municipalities={municipalities} />
      </SelectField>
      <TextAreaField id="profil-reason" label={t('reason')} hint={t('declareReasonHint')} rows={2} error={errors.reason?.message} {...form.register('reason')} />
      <button type="submit" disabled={isSubmitting} className={buttonClass}>
        {isSubmitting ? t('declaring') : t('declareSubmit')}
      </button>
    </form>
  );
}
