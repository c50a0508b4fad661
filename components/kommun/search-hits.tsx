import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';

/** A snippet with the hits wrapped in [[ ]] (see db/queries/search.ts), rendered with <mark>. */
export function Snippet({ text }: { text: string }) {
  const parts: ReactNode[] = [];
  const re = /\[\[(.*?)\]\]/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m.index > last) parts.push(text.slice(last, m.index));
    parts.push(<mark key={m.index}>{m[1]}</mark>);
    last = m.index + m[0].length;
  }
  parts.push(text.slice(last));
  return <>{parts}</>;
}

export function SearchForm({ action, query }: { action: string; query: string }) {
  const t = useTranslations('kommunApplication');
  return (
    <form method="get" action={action} role="search" className="mt-3 flex flex-wrap items-end gap-2">
      <div>
        <label htmlFor="sok" className="block font-medium">
          {t('searchLabel')}
        </label>
        <input id="sok" name="q" type="search" defaultValue={query} className="mt-1 rounded border border-slate-500 px-3 py-2" />
      </div>
      <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
        {t('search')}
      </button>
    </form>
  );
}
