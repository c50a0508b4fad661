import { useTranslations } from 'next-intl';
import { COMPARISON_GROUPS, type ComparisonGroup } from '@/lib/validation/indicators';

/** A GET form to choose the reference set of the percentiles (works without JavaScript). */
export function ComparisonGroupForm({ action, group }: { action: string; group: ComparisonGroup }) {
  const t = useTranslations('orgIndicators');
  const tLabel = useTranslations('orgLabels.comparison');
  return (
    <form method="get" action={action} className="mb-6 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <div>
        <label htmlFor="jamforelse" className="block font-medium">
          {t('groupLabel')}
        </label>
        <select id="jamforelse" name="jamforelse" defaultValue={group} className="mt-1 rounded border border-slate-500 bg-white px-3 py-2">
          {COMPARISON_GROUPS.map((g) => (
            <option key={g} value={g}>
              {tLabel(g)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
        {t('show')}
      </button>
    </form>
  );
}
