'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextField } from '@/components/ui/text-field';
import { createCycle } from '@/lib/actions/cycles';
import { createCycleSchema } from '@/lib/validation/cycle';
import { RUBRIC_TEMPLATES, type RubricTemplateKey } from '@/lib/domain/rubric-templates';
import { SelectField } from './fields';
import { applyFieldErrors, summaryOf } from './form-errors';

type Values = { year: string; name: string; mode: 'open_application' | 'key_figures'; copyFromCycleId: string; template?: RubricTemplateKey };

const NETWORK = 'Det gick inte att nå servern. Det du skrev finns kvar; försök igen.';

/** "Ny omgång": year, name, how municipalities come in, and the cycle to copy the rubric and settings from. */
export function NewCycleForm({ choices, defaults }: { choices: { id: number; label: string }[]; defaults: Values }) {
  const router = useRouter();
  const [serverError, setServerError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    getValues,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values, unknown, z.output<typeof createCycleSchema>>({
    resolver: zodResolver(createCycleSchema) as never,
    defaultValues: defaults,
  });

  async function onSubmit() {
    setServerError(null);
    try {
      const result = await createCycle(getValues());
      if (result.ok) {
        router.push(`/arrangor/omgang/${result.data.id}`);
        return;
      }
      const placed = applyFieldErrors(setError, result.fieldErrors);
      if (!placed || !result.fieldErrors) setServerError(result.error);
    } catch {
      setServerError(NETWORK);
    }
  }

  const summary = [...summaryOf(errors), ...(serverError ? [{ message: serverError }] : [])];

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="rounded-lg border border-slate-200 bg-white p-6">
      <ErrorSummary errors={summary} title={serverError && summary.length === 1 ? 'Omgången kunde inte skapas' : 'Något behöver rättas'} />
      <TextField id="year" label="År" inputMode="numeric" autoComplete="off" hint="Året då vinnaren utses, t.ex. 2029." error={errors.year?.message} {...register('year')} />
      <TextField id="name" label="Namn" autoComplete="off" hint="Som det ska synas för jury och kommuner, t.ex. Sveriges KvalitetsKommun 2029." error={errors.name?.message} {...register('name')} />
      <SelectField id="mode" label="Hur kommunerna kommer med" error={errors.mode?.message} {...register('mode')}>
        <option value="open_application">Öppen ansökan – kommunerna ansöker själva</option>
        <option value="key_figures">Nominering på nyckeltal – kommunerna väljs ut genom screening</option>
      </SelectField>
      <SelectField
        id="copyFromCycleId"
        label="Bedömningsmall och inställningar"
        hint="Kopiera från en tidigare omgång, eller börja från standardmallen med de fyra områdena. Datum kopieras inte."
        error={errors.copyFromCycleId?.message}
        {...register('copyFromCycleId')}
      >
        {choices.map((c) => (
          <option key={c.id} value={String(c.id)}>
            Kopiera från {c.label}
          </option>
        ))}
        <option value="">En mall (välj nedan; fyra områden, skala 1–5)</option>
      </SelectField>
      <SelectField id="template" label="Mall när inget kopieras" hint="Klassisk: demokrati, service, arbetsmiljö och samhällsbyggande. 2025: områdena sedan nomineringen på nyckeltal." error={errors.template?.message} {...register('template')}>
        {RUBRIC_TEMPLATES.map((t) => (
          <option key={t.key} value={t.key}>
            {t.name}
          </option>
        ))}
      </SelectField>
      <button type="submit" disabled={isSubmitting} className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
        {isSubmitting ? 'Skapar …' : 'Skapa omgången'}
      </button>
    </form>
  );
}
