'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { useFieldArray, useForm, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { lazyZodResolver } from '@/lib/forms/lazy-zod-resolver';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextField } from '@/components/ui/text-field';
import { saveRubric } from '@/lib/actions/rubric';

import { TextAreaField } from './fields';
import { applyFieldErrors, errorAt, fieldId, summaryOf } from './form-errors';

type Criterion = { id: string; title: string; guidance: string; lowText: string; midText: string; highText: string; weight: string };
type Area = { id: string; name: string; description: string; weight: string; criteria: Criterion[] };
export type RubricValues = { cycleId: string; scaleMin: string; scaleMax: string; areas: Area[] };

const EMPTY_CRITERION: Criterion = { id: '', title: '', guidance: '', lowText: '', midText: '', highText: '', weight: '1' };

const button = 'rounded border border-slate-500 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-50 disabled:opacity-60';

/**
 * The rubric editor: scale, areas (name, description, weight) and their criteria
 * (title, guidance, what a low/middle/high score looks like, weight). When the
 * rubric is locked or the phase does not allow changes, every field is read-only.
 */
export function RubricEditor({ initial, editable, scoredCriterionIds }: { initial: RubricValues; editable: boolean; scoredCriterionIds: number[] }) {
  const t = useTranslations('cycleRubric');
  const tc = useTranslations('cycleCommon');
  const router = useRouter();
  const [serverError, setServerError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const {
    register,
    control,
    handleSubmit,
    getValues,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<RubricValues>({ resolver: lazyZodResolver(() => import('@/lib/validation/rubric').then((m) => m.rubricSchema)) as never, defaultValues: initial });
  // keyName: the rows carry their own database id in `id`.
  const areas = useFieldArray({ control, name: 'areas', keyName: 'key' });

  // After a save the page is reloaded; new rows then have their ids.
  useEffect(() => reset(initial), [initial, reset]);

  async function onSubmit() {
    setServerError(null);
    setSaved(null);
    try {
      const result = await saveRubric(getValues());
      if (result.ok) {
        setSaved(result.data.changed ? t('saved') : t('unchanged'));
        router.refresh();
        return;
      }
      if (!applyFieldErrors(setError, result.fieldErrors)) setServerError(result.error);
    } catch {
      setServerError(tc('networkKept'));
    }
  }

  const summary = [...summaryOf(errors), ...(serverError ? [{ message: serverError }] : [])];
  const scored = new Set(scoredCriterionIds.map(String));

  return (
    <form method="post" onSubmit={handleSubmit(onSubmit)} noValidate aria-label={t('formLabel')}>
      <ErrorSummary errors={summary} title={serverError && summary.length === 1 ? t('saveFailed') : tc('fixTitle')} />
      <p role="status" className={saved ? 'mb-4 rounded border border-green-700 bg-green-50 p-3 text-green-900' : 'sr-only'}>
        {saved}
      </p>
      <fieldset disabled={!editable} className="space-y-6 [&_input:disabled]:bg-slate-100 [&_textarea:disabled]:bg-slate-100 [&_button:disabled]:cursor-not-allowed">
        <legend className="sr-only">{t('contents')}</legend>
        <fieldset className="rounded-lg border border-slate-200 bg-white p-5">
          <legend className="px-1 text-lg font-semibold">{t('scale')}</legend>
          <p className="mb-3 text-sm text-slate-700">{t('scaleHint')}</p>
          <div className="grid gap-x-4 sm:grid-cols-2">
            <TextField id="scaleMin" label={t('scaleMin')} inputMode="numeric" error={errors.scaleMin?.message} {...register('scaleMin')} />
            <TextField id="scaleMax" label={t('scaleMax')} inputMode="numeric" error={errors.scaleMax?.message} {...register('scaleMax')} />
          </div>
        </fieldset>

        <div id="areas" tabIndex={-1}>
          {errorAt(errors, 'areas') ? <p className="mb-2 font-medium text-red-800">{errorAt(errors, 'areas')}</p> : null}
          {areas.fields.map((area, i) => (
            <AreaEditor
              key={area.key}
              index={i}
              count={areas.fields.length}
              control={control}
              register={register}
              errors={errors}
              scored={scored}
              onRemove={() => areas.remove(i)}
              onMove={(to) => areas.move(i, to)}
              isAreaScored={(getValues(`areas.${i}.criteria`) ?? []).some((c) => scored.has(c.id))}
            />
          ))}
        </div>
        <div className="flex flex-wrap gap-3">
          <button type="button" className={button} onClick={() => areas.append({ id: '', name: '', description: '', weight: '1', criteria: [{ ...EMPTY_CRITERION }] })}>
            {t('addArea')}
          </button>
          <button type="submit" disabled={isSubmitting} className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
            {isSubmitting ? tc('saving') : t('submit')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}

type AreaProps = {
  index: number;
  count: number;
  control: Control<RubricValues>;
  register: UseFormRegister<RubricValues>;
  errors: FieldErrors<RubricValues>;
  scored: Set<string>;
  isAreaScored: boolean;
  onRemove: () => void;
  onMove: (to: number) => void;
};

function AreaEditor({ index: i, count, control, register, errors, scored, isAreaScored, onRemove, onMove }: AreaProps) {
  const t = useTranslations('cycleRubric');
  const criteria = useFieldArray({ control, name: `areas.${i}.criteria`, keyName: 'key' });
  const p = `areas.${i}` as const;
  const listError = errorAt(errors, `${p}.criteria`);
  return (
    <fieldset className="mb-6 rounded-lg border border-slate-200 bg-white p-5">
      <legend className="px-1 text-lg font-semibold">{t('area', { n: i + 1 })}</legend>
      <input type="hidden" {...register(`${p}.id`)} />
      <div className="grid gap-x-4 sm:grid-cols-[1fr_10rem]">
        <TextField id={fieldId(`${p}.name`)} label={t('areaName')} error={errorAt(errors, `${p}.name`)} {...register(`${p}.name`)} />
        <TextField id={fieldId(`${p}.weight`)} label={t('areaWeight')} inputMode="decimal" hint={t('weightHint')} error={errorAt(errors, `${p}.weight`)} {...register(`${p}.weight`)} />
      </div>
      <TextAreaField id={fieldId(`${p}.description`)} label={t('areaDescription')} error={errorAt(errors, `${p}.description`)} {...register(`${p}.description`)} />

      <div id={fieldId(`${p}.criteria`)} tabIndex={-1}>
        <h3 className="mb-2 font-semibold">{t('criteria')}</h3>
        {listError ? <p className="mb-2 font-medium text-red-800">{listError}</p> : null}
        {criteria.fields.map((c, j) => {
          const q = `${p}.criteria.${j}` as const;
          const locked = scored.has(c.id);
          return (
            <fieldset key={c.key} className="mb-4 rounded border border-slate-200 p-4">
              <legend className="px-1 font-medium">
                {t('criterion', { area: i + 1, n: j + 1 })}
              </legend>
              <input type="hidden" {...register(`${q}.id`)} />
              <div className="grid gap-x-4 sm:grid-cols-[1fr_10rem]">
                <TextField id={fieldId(`${q}.title`)} label={t('criterionTitle')} error={errorAt(errors, `${q}.title`)} {...register(`${q}.title`)} />
                <TextField id={fieldId(`${q}.weight`)} label={t('criterionWeight')} inputMode="decimal" error={errorAt(errors, `${q}.weight`)} {...register(`${q}.weight`)} />
              </div>
              <TextAreaField id={fieldId(`${q}.guidance`)} label={t('guidance')} error={errorAt(errors, `${q}.guidance`)} {...register(`${q}.guidance`)} />
              <div className="grid gap-x-4 sm:grid-cols-3">
                <TextAreaField id={fieldId(`${q}.lowText`)} label={t('lowText')} rows={3} error={errorAt(errors, `${q}.lowText`)} {...register(`${q}.lowText`)} />
                <TextAreaField id={fieldId(`${q}.midText`)} label={t('midText')} rows={3} error={errorAt(errors, `${q}.midText`)} {...register(`${q}.midText`)} />
                <TextAreaField id={fieldId(`${q}.highText`)} label={t('highText')} rows={3} error={errorAt(errors, `${q}.highText`)} {...register(`${q}.highText`)} />
              </div>
              <div className="flex flex-wrap items-center gap-2">
                <button type="button" className={button} disabled={j === 0} onClick={() => criteria.move(j, j - 1)}>
                  {t('moveUp')}<span className="sr-only">{t('criterionSr', { area: i + 1, n: j + 1 })}</span>
                </button>
                <button type="button" className={button} disabled={j === criteria.fields.length - 1} onClick={() => criteria.move(j, j + 1)}>
                  {t('moveDown')}<span className="sr-only">{t('criterionSr', { area: i + 1, n: j + 1 })}</span>
                </button>
                <button type="button" className={button} disabled={locked} onClick={() => criteria.remove(j)}>
                  {t('removeCriterion')}<span className="sr-only">{t('removeCriterionSr', { area: i + 1, n: j + 1 })}</span>
                </button>
                {locked ? <span className="text-sm text-slate-700">{t('scored')}</span> : null}
              </div>
            </fieldset>
          );
        })}
      </div>
      <div className="flex flex-wrap gap-2">
        <button type="button" className={button} onClick={() => criteria.append({ ...EMPTY_CRITERION })}>
          {t('addCriterion')}<span className="sr-only">{t('addCriterionSr', { area: i + 1 })}</span>
        </button>
        <button type="button" className={button} disabled={i === 0} onClick={() => onMove(i - 1)}>
          {t('moveAreaUp')}<span className="sr-only">{t('areaSr', { area: i + 1 })}</span>
        </button>
        <button type="button" className={button} disabled={i === count - 1} onClick={() => onMove(i + 1)}>
          {t('moveAreaDown')}<span className="sr-only">{t('areaSr', { area: i + 1 })}</span>
        </button>
        <button type="button" className={button} disabled={isAreaScored} onClick={onRemove}>
          {t('removeArea')}<span className="sr-only">{t('removeAreaSr', { area: i + 1 })}</span>
        </button>
      </div>
    </fieldset>
  );
}
