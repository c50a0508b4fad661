'use client';

import { useLocale, useTranslations } from 'next-intl';
import type { Locale } from '@/i18n/config';
import { COMPONENT_KEYS, type ComponentKey } from '@/lib/domain/engine/types';
import type { WeightValues } from '@/lib/assessment/weights';
import { weightPercent } from './format';
import { useComponentLabel } from './ranking-table';

type Props = {
  areas: { key: string; name: string }[];
  weights: WeightValues;
  onChange: (w: WeightValues) => void;
  disabled?: boolean;
};

/** Sliders for the area weights (inside the document review) and the component weights. */
export function WeightPanel({ areas, weights, onChange, disabled }: Props) {
  const t = useTranslations('rankWeights');
  const locale = useLocale() as Locale;
  const componentLabel = useComponentLabel();
  const areaTotal = Object.values(weights.areaWeights).reduce((s, v) => s + v, 0);
  const compTotal = COMPONENT_KEYS.reduce((s, k) => s + weights.componentWeights[k], 0);
  const setArea = (key: string, v: number) => onChange({ ...weights, areaWeights: { ...weights.areaWeights, [key]: v } });
  const setComp = (key: ComponentKey, v: number) => onChange({ ...weights, componentWeights: { ...weights.componentWeights, [key]: v } });
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <fieldset disabled={disabled} className="rounded border border-slate-200 bg-white p-4">
        <legend className="px-1 font-semibold">{t('areas')}</legend>
        {areas.map((a) => (
          <Slider
            key={a.key}
            id={`vikt-omrade-${a.key}`}
            label={t('weightFor', { name: a.name })}
            value={weights.areaWeights[a.key] ?? 0}
            share={weightPercent(areaTotal > 0 ? (weights.areaWeights[a.key] ?? 0) / areaTotal : 0, locale)}
            onChange={(v) => setArea(a.key, v)}
          />
        ))}
      </fieldset>
      <fieldset disabled={disabled} className="rounded border border-slate-200 bg-white p-4">
        <legend className="px-1 font-semibold">{t('components')}</legend>
        {COMPONENT_KEYS.map((k) => (
          <Slider
            key={k}
            id={`vikt-komponent-${k}`}
            label={t('weightFor', { name: componentLabel(k) })}
            value={weights.componentWeights[k]}
            share={weightPercent(compTotal > 0 ? weights.componentWeights[k] / compTotal : 0, locale)}
            onChange={(v) => setComp(k, v)}
          />
        ))}
      </fieldset>
    </div>
  );
}

function Slider({ id, label, value, share, onChange }: { id: string; label: string; value: number; share: string; onChange: (v: number) => void }) {
  return (
    <div className="mt-3">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <div className="flex items-center gap-3">
        <input
          id={id}
          type="range"
          min={0}
          max={100}
          step={1}
          value={value}
          aria-describedby={`${id}-andel`}
          onChange={(e) => onChange(Number(e.target.value))}
          className="w-full accent-brand-700"
        />
        <output id={`${id}-andel`} htmlFor={id} className="w-28 text-right text-sm tabular-nums">
          {value} → {share}
        </output>
      </div>
    </div>
  );
}
