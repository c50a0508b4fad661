'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm, useWatch, type FieldValues, type Path, type UseFormSetError } from 'react-hook-form';
import { lazyZodResolver } from '@/lib/forms/lazy-zod-resolver';
import type { z } from 'zod';
import { ErrorSummary, type SummaryError } from '@/components/ui/error-summary';
import { TextField } from '@/components/ui/text-field';
import { inviteFromCsv, inviteJuror, inviteMunicipality, previewInvitationCsv } from '@/lib/actions/invitations';
import type { csvInviteSchema, jurorInviteSchema, municipalityInviteSchema, CsvLine, InviteKind } from '@/lib/validation/invitation';
import { CSV_COLUMNS } from '@/lib/validation/invitation-formats';
import { buttonClass, MunicipalityOptions, SelectField, StatusMessage, TextAreaField } from './fields';


function summaryOf(errors: Record<string, { message?: string } | undefined>, prefix: string, serverError: string | null): SummaryError[] {
  return [
    ...Object.entries(errors).flatMap(([field, e]) => (e?.message ? [{ field: `${prefix}-${field}`, message: e.message }] : [])),
    ...(serverError ? [{ message: serverError }] : []),
  ];
}

function applyFieldErrors<T extends FieldValues>(setError: UseFormSetError<T>, fieldErrors: Record<string, string> | undefined) {
  for (const [field, message] of Object.entries(fieldErrors ?? {})) setError(field as Path<T>, { message });
}

export function JurorInviteForm() {
  const router = useRouter();
  const t = useTranslations('orgInvite');
  const [serverError, setServerError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const form = useForm<z.input<typeof jurorInviteSchema>, unknown, z.output<typeof jurorInviteSchema>>({
    resolver: lazyZodResolver(() => import('@/lib/validation/invitation').then((m) => m.jurorInviteSchema)),
    defaultValues: { name: '', organisation: '', email: '' },
  });
  const { errors, isSubmitting } = form.formState;
  async function onSubmit(values: z.output<typeof jurorInviteSchema>) {
    setServerError(null);
    setDone(null);
    try {
      const res = await inviteJuror(values);
      if (!res.ok) {
        setServerError(res.error);
        applyFieldErrors(form.setError, res.fieldErrors);
        return;
      }
      setDone(t('sent', { email: res.data.email }));
      form.reset();
      router.refresh();
    } catch {
      setServerError(t('networkError'));
    }
  }
  return (
    <form method="post" onSubmit={form.handleSubmit(onSubmit)} noValidate aria-labelledby="bjud-in-jury">
      <h2 id="bjud-in-jury" className="mb-3 text-xl font-semibold">
        {t('jurorTitle')}
      </h2>
      <ErrorSummary errors={summaryOf(errors, 'jury', serverError)} />
      {done ? <StatusMessage>{done}</StatusMessage> : null}
      <TextField id="jury-name" label={t('name')} autoComplete="off" error={errors.name?.message} {...form.register('name')} />
      <TextField
        id="jury-organisation"
        label={t('organisation')}
        hint={t('organisationHint')}
        error={errors.organisation?.message}
        {...form.register('organisation')}
      />
      <TextField id="jury-email" label={t('email')} type="email" autoComplete="off" error={errors.email?.message} {...form.register('email')} />
      <button type="submit" disabled={isSubmitting} className={buttonClass}>
        {isSubmitting ? t('sending') : t('sendJuror')}
      </button>
    </form>
  );
}

export function MunicipalityInviteForm({ municipalities }: { municipalities: { kommunkod: string; name: string }[] }) {
  const router = useRouter();
  const t = useTranslations('orgInvite');
  const [serverError, setServerError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const form = useForm<z.input<typeof municipalityInviteSchema>, unknown, z.output<typeof municipalityInviteSchema>>({
    resolver: lazyZodResolver(() => import('@/lib/validation/invitation').then((m) => m.municipalityInviteSchema)),
    defaultValues: { email: '', kommunkod: '', name: '' },
  });
  const { errors, isSubmitting } = form.formState;
  async function onSubmit(values: z.output<typeof municipalityInviteSchema>) {
    setServerError(null);
    setDone(null);
    try {
      const res = await inviteMunicipality(values);
      if (!res.ok) {
        setServerError(res.error);
        applyFieldErrors(form.setError, res.fieldErrors);
        return;
      }
      setDone(t('sent', { email: res.data.email }));
      form.reset();
      router.refresh();
    } catch {
      setServerError(t('networkError'));
    }
  }
  return (
    <form method="post" onSubmit={form.handleSubmit(onSubmit)} noValidate aria-labelledby="bjud-in-kommun">
      <h2 id="bjud-in-kommun" className="mb-3 text-xl font-semibold">
        {t('municipalityTitle')}
      </h2>
      <ErrorSummary errors={summaryOf(errors, 'kommun', serverError)} />
      {done ? <StatusMessage>{done}</StatusMessage> : null}
      <TextField id="kommun-email" label={t('email')} type="email" autoComplete="off" error={errors.email?.message} {...form.register('email')} />
      <SelectField id="kommun-kommunkod" label={t('municipality')} error={errors.kommunkod?.message} {...form.register('kommunkod')}>
        <MunicipalityOptions municipalities={municipalities} />
      </SelectField>
      <TextField id="kommun-name" label={t('nameOptional')} autoComplete="off" error={errors.name?.message} {...form.register('name')} />
      <button type="submit" disabled={isSubmitting} className={buttonClass}>
        {isSubmitting ? t('sending') : t('sendMunicipality')}
      </button>
    </form>
  );
}

export function CsvInviteForm() {
  const router = useRouter();
  const t = useTranslations('orgInvite');
  const [serverError, setServerError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [preview, setPreview] = useState<{ lines: CsvLine[]; valid: number; invalid: number; text: string; kind: InviteKind } | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm<z.input<typeof csvInviteSchema>, unknown, z.output<typeof csvInviteSchema>>({
    resolver: lazyZodResolver(() => import('@/lib/validation/invitation').then((m) => m.csvInviteSchema)),
    defaultValues: { kind: 'juror', csv: '' },
  });
  const { errors } = form.formState;
  const kind = useWatch({ control: form.control, name: 'kind' });
  const text = useWatch({ control: form.control, name: 'csv' });
  const previewIsCurrent = preview !== null && preview.text === text && preview.kind === kind;

  async function onPreview(values: z.output<typeof csvInviteSchema>) {
    setServerError(null);
    setDone(null);
    setBusy(true);
    try {
      const res = await previewInvitationCsv(values);
      if (!res.ok) {
        setServerError(res.error);
        applyFieldErrors(form.setError, res.fieldErrors);
        return;
      }
      setPreview({ ...res.data, text: values.csv, kind: values.kind });
    } catch {
      setServerError(t('networkError'));
    } finally {
      setBusy(false);
    }
  }

  async function onInvite() {
    if (!preview) return;
    setServerError(null);
    setBusy(true);
    try {
      const res = await inviteFromCsv({ kind: preview.kind, csv: preview.text });
      if (!res.ok) {
        setServerError(res.error);
        return;
      }
      setDone(t('sentMany', { count: res.data.count }));
      setPreview(null);
      form.reset({ kind: preview.kind, csv: '' });
      router.refresh();
    } catch {
      setServerError(t('networkError'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form method="post" onSubmit={form.handleSubmit(onPreview)} noValidate aria-labelledby="bjud-in-lista">
      <h2 id="bjud-in-lista" className="mb-3 text-xl font-semibold">
        {t('listTitle')}
      </h2>
      <ErrorSummary errors={summaryOf(errors, 'lista', serverError)} />
      {done ? <StatusMessage>{done}</StatusMessage> : null}
      <SelectField id="lista-kind" label={t('who')} error={errors.kind?.message} {...form.register('kind')}>
        <option value="juror">{t('kinds.juror')}</option>
        <option value="municipality">{t('kinds.municipality')}</option>
      </SelectField>
      <TextAreaField
        id="lista-csv"
        label={t('list')}
        hint={t('listHint', { columns: CSV_COLUMNS[kind].map((c) => (c.note ? `${c.name} (${t(`columnNotes.${c.note}`)})` : c.name)).join('; ') })}
        rows={8}
        error={errors.csv?.message}
        {...form.register('csv')}
      />
      <button type="submit" disabled={busy} className={buttonClass}>
        {t('previewList')}
      </button>
      {preview ? (
        <section aria-labelledby="lista-forhandsgranskning" className="mt-6">
          <h3 id="lista-forhandsgranskning" className="text-lg font-semibold">
            {t('previewTitle', { valid: preview.valid, invalid: preview.invalid })}
          </h3>
          <div role="region" aria-label={t('rowsRegion')} tabIndex={0} className="mt-2 overflow-x-auto">
            <table className="w-full border-collapse text-left text-sm">
              <caption className="sr-only">{t('rowsCaption')}</caption>
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="py-1 pr-3">{t('row')}</th>
                  <th scope="col" className="py-1 pr-3">{t('email')}</th>
                  <th scope="col" className="py-1 pr-3">{preview.kind === 'juror' ? t('jurorColumns') : t('municipalityColumns')}</th>
                  <th scope="col" className="py-1">{t('status')}</th>
                </tr>
              </thead>
              <tbody>
                {preview.lines.map((l) => (
                  <tr key={l.line} className={`border-b border-slate-200 ${l.errors.length ? 'bg-red-50' : ''}`}>
                    <td className="py-1 pr-3 tabular-nums">{l.line}</td>
                    <td className="py-1 pr-3">{l.email || '–'}</td>
                    <td className="py-1 pr-3">
                      {preview.kind === 'juror' ? [l.name, l.organisation].filter(Boolean).join(', ') : [l.kommunkod, l.name].filter(Boolean).join(', ')}
                    </td>
                    <td className="py-1">
                      {l.errors.length === 0 ? (
                        <span className="text-green-900">{t('ok')}</span>
                      ) : (
                        <ul className="list-disc pl-4 font-medium text-red-900">
                          {l.errors.map((e) => (
                            <li key={e}>{t('error', { error: e })}</li>
                          ))}
                        </ul>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {preview.invalid > 0 ? (
            <p className="mt-3 font-medium text-red-900">{t('fixRows')}</p>
          ) : (
            <button type="button" onClick={onInvite} disabled={busy || !previewIsCurrent} className={`mt-3 ${buttonClass}`}>
              {t('sendN', { count: preview.valid })}
            </button>
          )}
          {!previewIsCurrent ? <p className="mt-2 text-sm text-slate-700">{t('changed')}</p> : null}
        </section>
      ) : null}
    </form>
  );
}
