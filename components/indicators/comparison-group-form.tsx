import { useTranslations } from 'next-intl';
import { COMPARISON_GROUPS, type ComparisonGroup } from '@/lib/validation/indicator-labels';

/**
 * A GET form to choose the reference set of the percentiles (works without JavaScript);
 * with `cycles`, also which cycle's nominations to compare.
 */
export function ComparisonGroupForm({ action, group, cycles, cycleId }: { action: string; group: ComparisonGroup; cycles?: { id: number; name: string }[]; cycleId?: number }) {
  const t = useTranslations('orgIndicators');
  const tLabel = useTranslations('orgLabels.comparison');
  return (
    <form method="get" action={action} className="mb-6 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4">
      {cycles && cycles.length > 1 ? (
        <div className="min-w-0 max-w-full">
          <label htmlFor="omgang" className="block font-medium">
            {t('cycleLabel')}
          </label>
          <select id="omgang" name="omgang" defaultValue={cycleId} className="mt-1 max-w-full rounded border border-slate-500 bg-white px-3 py-2">
            {cycles.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
      ) : cycleId !== undefined && cycles ? (
        <input type="hidden" name="omgang" value={cycleId} />
      ) : null}
      <div className="min-w-0 max-w-full">
        <label htmlFor="jamforelse" className="block font-medium">
          {t('groupLabel')}
        </label>
        <select id="jamforelse" name="jamforelse" defaultValue={group} className="mt-1 max-w-full rounded border border-slate-500 bg-white px-3 py-2">
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
