import { useLocale, useTranslations } from 'next-intl';
import type { Locale } from '@/i18n/config';
import { formatDateTime } from '@/lib/i18n/format';

export type AuditRow = {
  id: number;
  at: string;
  atIso: string;
  person: string;
  kind: string;
  action: string;
  entity: string;
  cycle: string | null;
  before: string | null;
  after: string | null;
};

/** The log's entries, newest first; before/after behind a disclosure per entry. */
export function AuditTable({ entries }: { entries: AuditRow[] }) {
  const t = useTranslations('orgAudit');
  const locale = useLocale() as Locale;
  const kindOf = (e: AuditRow) => {
    const key = `kinds.${e.action.replace(/\./g, '_')}`;
    return t.has(key) ? t(key) : e.kind;
  };
  return (
    <div role="region" aria-label={t('region')} tabIndex={0} className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left">
        <caption className="sr-only">{t('caption')}</caption>
        <thead className="bg-slate-100 text-sm">
          <tr>
            <th scope="col" className="px-4 py-2">{t('time')}</th>
            <th scope="col" className="px-4 py-2">{t('person')}</th>
            <th scope="col" className="px-4 py-2">{t('kind')}</th>
            <th scope="col" className="px-4 py-2">{t('cycle')}</th>
            <th scope="col" className="px-4 py-2">{t('change')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id} className="border-t border-slate-200 align-top">
              <td className="whitespace-nowrap px-4 py-3">
                <time dateTime={e.atIso}>{formatDateTime(e.atIso, locale)}</time>
              </td>
              <td className="px-4 py-3">{e.person}</td>
              <th scope="row" className="px-4 py-3 font-medium">
                {kindOf(e)}
                <div className="text-sm font-normal text-slate-700">
                  <code>{e.action}</code> · {e.entity}
                </div>
              </th>
              <td className="px-4 py-3">{e.cycle ?? '–'}</td>
              <td className="px-4 py-3">
                {e.before || e.after ? (
                  <details>
                    <summary className="cursor-pointer text-brand-700 underline">{t('showBeforeAfter')}<span className="sr-only">{t('entry', { id: String(e.id) })}</span></summary>
                    <div className="mt-2 grid gap-2 lg:grid-cols-2">
                      <div>
                        <p className="text-sm font-semibold">{t('before')}</p>
                        <pre className="max-w-md whitespace-pre-wrap break-words rounded bg-slate-50 p-2 text-xs">{e.before ?? '–'}</pre>
                      </div>
                      <div>
                        <p className="text-sm font-semibold">{t('after')}</p>
                        <pre className="max-w-md whitespace-pre-wrap break-words rounded bg-slate-50 p-2 text-xs">{e.after ?? '–'}</pre>
                      </div>
                    </div>
                  </details>
                ) : (
                  '–'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
