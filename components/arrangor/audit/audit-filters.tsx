import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { ErrorSummary } from '@/components/ui/error-summary';

type Option = { value: string; label: string };

const input = (error?: string) => `mt-1 block w-full rounded border bg-white px-3 py-2 text-base ${error ? 'border-red-700' : 'border-slate-500'}`;

/** The log's filters as a plain GET form: works without JavaScript, and the URL can be shared. */
export function AuditFilters({
  raw,
  errors,
  people,
  kinds,
}: {
  raw: { person: string; kind: string; from: string; to: string };
  errors: Record<string, string>;
  people: { id: string; label: string }[];
  kinds: Option[];
}) {
  const t = useTranslations('orgAudit');
  const summary = Object.entries(errors).map(([field, message]) => ({ field: `filter-${field}`, message }));
  return (
    <form method="get" action="/arrangor/logg" aria-labelledby="filter-rubrik" className="mb-6 rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="filter-rubrik" className="mb-3 text-lg font-semibold">
        {t('filter')}
      </h2>
      <ErrorSummary errors={summary} title={t('filterErrors')} />
      <div className="grid gap-x-4 sm:grid-cols-2 lg:grid-cols-4">
        <Field id="filter-person" label={t('person')} error={errors.person}>
          <select id="filter-person" name="person" defaultValue={raw.person} className={input(errors.person)}>
            <option value="">{t('all')}</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </select>
        </Field>
        <Field id="filter-kind" label={t('kind')} error={errors.kind}>
          <select id="filter-kind" name="kind" defaultValue={raw.kind} className={input(errors.kind)}>
            <option value="">{t('all')}</option>
            {kinds.map((k) => (
              <option key={k.value} value={k.value}>
                {t.has(`kinds.${k.value.replace(/\./g, '_')}`) ? t(`kinds.${k.value.replace(/\./g, '_')}`) : k.label}
              </option>
            ))}
          </select>
        </Field>
        <Field id="filter-from" label={t('from')} error={errors.from}>
          <input id="filter-from" name="from" type="date" defaultValue={raw.from} aria-invalid={errors.from ? true : undefined} aria-describedby={errors.from ? 'filter-from-error' : undefined} className={input(errors.from)} />
        </Field>
        <Field id="filter-to" label={t('to')} error={errors.to}>
          <input id="filter-to" name="to" type="date" defaultValue={raw.to} aria-invalid={errors.to ? true : undefined} aria-describedby={errors.to ? 'filter-to-error' : undefined} className={input(errors.to)} />
        </Field>
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
          {t('show')}
        </button>
        <Link href="/arrangor/logg">{t('clear')}</Link>
      </div>
    </form>
  );
}

function Field({ id, label, error, children }: { id: string; label: string; error?: string; children: React.ReactNode }) {
  return (
    <div className="mb-4">
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-800">
          {error}
        </p>
      ) : null}
      {children}
    </div>
  );
}
