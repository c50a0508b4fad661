'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { buttonClass, MunicipalityOptions, SelectField, StatusMessage, TextAreaField } from '@/components/arrangor/people/fields';
import { ErrorSummary, type SummaryError } from '@/components/ui/error-summary';
import { declareConflict, recordConflict } from '@/lib/actions/conflicts';
import { declareConflictSchema, recordConflictSchema } from '@/lib/validation/conflict';

type Municipality = { kommunkod: string; name: string };
const NETWORK_ERROR = 'Det gick inte att nå servern. Det du skrev finns kvar; försök igen.';

function summary(errors: Record<string, { message?: string } | undefined>, prefix: string, serverError: string | null): SummaryError[] {
  return [
    ...Object.entries(errors).flatMap(([f, e]) => (e?.message ? [{ field: `${prefix}-${f}`, message: e.message }] : [])),
    ...(serverError ? [{ message: serverError }] : []),
  ];
}

function doneText(r: { removedAssignments: number; keptSheets: number }) {
  if (r.removedAssignments === 0) return 'Jävet är registrerat.';
  return `Jävet är registrerat. Tilldelningen togs bort${r.keptSheets ? ' och den påbörjade bedömningen räknas inte längre' : ''}; arrangörerna har fått ett meddelande.`;
}

/** The organiser records a conflict for a juror in a cycle. */
export function RecordConflictForm({ cycleId, jurors, municipalities }: { cycleId: number; jurors: { id: number; name: string; organisation: string | null }[]; municipalities: Municipality[] }) {
  const router = useRouter();
  const [serverError, setServerError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const form = useForm<z.input<typeof recordConflictSchema>, unknown, z.output<typeof recordConflictSchema>>({
    resolver: zodResolver(recordConflictSchema),
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
      setDone(doneText(res.data));
      form.reset({ cycleId, jurorId: values.jurorId, kommunkod: '', reason: '' });
      router.refresh();
    } catch {
      setServerError(NETWORK_ERROR);
    }
  }
  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate aria-labelledby="registrera-jav" className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="registrera-jav" className="mb-3 text-xl font-semibold">
        Registrera jäv
      </h2>
      <ErrorSummary errors={summary(errors, 'jav', serverError)} />
      {done ? <StatusMessage>{done}</StatusMessage> : null}
      <SelectField id="jav-jurorId" label="Jurymedlem" error={errors.jurorId?.message} {...form.register('jurorId')}>
        <option value="">Välj jurymedlem …</option>
        {jurors.map((j) => (
          <option key={j.id} value={j.id}>
            {j.name}
            {j.organisation ? ` (${j.organisation})` : ''}
          </option>
        ))}
      </SelectField>
      <SelectField id="jav-kommunkod" label="Kommun" error={errors.kommunkod?.message} {...form.register('kommunkod')}>
        <MunicipalityOptions municipalities={municipalities} />
      </SelectField>
      <TextAreaField id="jav-reason" label="Skäl" hint="T.ex. bor i kommunen, arbetar för kommunen, nära anhörig i ledande ställning." rows={2} error={errors.reason?.message} {...form.register('reason')} />
      <button type="submit" disabled={isSubmitting} className={buttonClass}>
        {isSubmitting ? 'Registrerar …' : 'Registrera jäv'}
      </button>
    </form>
  );
}

/** A juror declares a conflict from the profile: a municipality of the official list and why. */
export function DeclareConflictProfileForm({ cycles, municipalities }: { cycles: { id: number; name: string }[]; municipalities: Municipality[] }) {
  const router = useRouter();
  const [serverError, setServerError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const form = useForm<z.input<typeof declareConflictSchema>, unknown, z.output<typeof declareConflictSchema>>({
    resolver: zodResolver(declareConflictSchema),
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
      setDone(`${doneText(res.data)} Du får inte längre läsa eller bedöma kommunens ansökan.`);
      form.reset({ cycleId: values.cycleId, kommunkod: '', reason: '' });
      router.refresh();
    } catch {
      setServerError(NETWORK_ERROR);
    }
  }
  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate aria-labelledby="anmal-jav" className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="anmal-jav" className="mb-3 text-xl font-semibold">
        Anmäl jäv
      </h2>
      <p className="mb-4 text-slate-700">
        Anmäl varje kommun du bor i, arbetar för eller på annat sätt har nära band till. Ett jäv är absolut: du tilldelas aldrig kommunens ansökan, och en
        tilldelning du redan har tas bort.
      </p>
      <ErrorSummary errors={summary(errors, 'profil', serverError)} />
      {done ? <StatusMessage>{done}</StatusMessage> : null}
      {cycles.length > 1 ? (
        <SelectField id="profil-cycleId" label="Omgång" error={errors.cycleId?.message} {...form.register('cycleId')}>
          {cycles.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </SelectField>
      ) : (
        <input type="hidden" {...form.register('cycleId')} />
      )}
      <SelectField id="profil-kommunkod" label="Kommun" error={errors.kommunkod?.message} {...form.register('kommunkod')}>
        <MunicipalityOptions municipalities={municipalities} />
      </SelectField>
      <TextAreaField id="profil-reason" label="Skäl" hint="T.ex. bor i kommunen, arbetar för kommunen, nära anhörig i kommunledningen." rows={2} error={errors.reason?.message} {...form.register('reason')} />
      <button type="submit" disabled={isSubmitting} className={buttonClass}>
        {isSubmitting ? 'Anmäler …' : 'Anmäl jäv'}
      </button>
    </form>
  );
}
