import { useLocale, useTranslations } from 'next-intl';
import type { DiffPart } from '@/lib/motivation/versions';

type Props = {
  versions: number[];
  defaults: { from: number | null; to: number | null };
  diff: { from: number; to: number; parts: DiffPart[] } | null;
  invalid: boolean;
};

/** Choose two versions (a plain GET form, ?fran=&till=) and see what changed between them, word by word. */
export function VersionDiff({ versions, defaults, diff, invalid }: Props) {
  const t = useTranslations('cycleMotivation');
  // The motivation is written in Swedish; the words around it follow the reader's language.
  const locale = useLocale();
  const lang = locale === 'sv' ? undefined : 'sv';
  const own = lang ? locale : undefined;
  const select = (name: 'fran' | 'till', label: string, value: number | null) => (
    <div>
      <label htmlFor={`jamfor-${name}`} className="block font-medium">
        {label}
      </label>
      <select id={`jamfor-${name}`} name={name} defaultValue={value ?? undefined} className="mt-1 rounded border border-slate-500 px-3 py-2">
        {versions.map((v) => (
          <option key={v} value={v}>
            {t('version', { version: v })}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <section aria-labelledby="jamfor-rubrik" className="mb-10">
      <h2 id="jamfor-rubrik" className="mb-3 text-xl font-semibold">
        {t('compareTitle')}
      </h2>
      <form method="get" action="#jamfor-rubrik" className="flex flex-wrap items-end gap-4">
        {select('fran', t('fromVersion'), diff?.from ?? defaults.from)}
        {select('till', t('toVersion'), diff?.to ?? defaults.to)}
        <button type="submit" className="rounded border border-brand-700 px-4 py-2 font-medium text-brand-800 hover:bg-brand-50">
          {t('showDiff')}
        </button>
      </form>
      {invalid ? (
        <p role="alert" className="mt-3 text-red-800">
          {t('chooseTwo')}
        </p>
      ) : null}
      {diff ? (
        <div className="mt-4 rounded border border-slate-200 bg-white p-4">
          <h3 className="font-semibold">
            {t('diffTitle', { from: diff.from, to: diff.to })}
          </h3>
          <p className="mt-1 text-sm text-slate-700">{t('diffHint')}</p>
          {diff.parts.every((p) => p.kind === 'same') ? (
            <p className="mt-2">{t('same')}</p>
          ) : (
            <p className="mt-2 leading-relaxed" data-testid="diff" lang={lang}>
              {diff.parts.map((p, i) =>
                p.kind === 'added' ? (
                  <ins key={i} className="bg-green-100 text-green-950 underline">
                    <span className="sr-only" lang={own}>
                      {t('addedSr')}
                    </span>
                    {p.text}
                    <span className="sr-only">]</span>
                  </ins>
                ) : p.kind === 'removed' ? (
                  <del key={i} className="bg-red-100 text-red-950 line-through">
                    <span className="sr-only" lang={own}>
                      {t('removedSr')}
                    </span>
                    {p.text}
                    <span className="sr-only">]</span>
                  </del>
                ) : (
                  <span key={i}>{p.text}</span>
                ),
              )}
            </p>
          )}
        </div>
      ) : null}
    </section>
  );
}
