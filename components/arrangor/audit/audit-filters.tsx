import Link from 'next/link';
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
  const summary = Object.entries(errors).map(([field, message]) => ({ field: `filter-${field}`, message }));
  return (
    <form method="get" action="/arrangor/logg" aria-labelledby="filter-rubrik" className="mb-6 rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="filter-rubrik" className="mb-3 text-lg font-semibold">
        Filtrera
      </h2>
      <ErrorSummary errors={summary} title="Filtret kunde inte användas helt" />
      <div className="grid gap-x-4 sm:grid-cols-2 lg:grid-cols-4">
        <Field id="filter-person" label="Person" error={errors.person}>
          <select id="filter-person" name="person" defaultValue={raw.person} className={input(errors.person)}>
            <option value="">Alla</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </select>
        </Field>
        <Field id="filter-kind" label="Händelse" error={errors.kind}>
          <select id="filter-kind" name="kind" defaultValue={raw.kind} className={input(errors.kind)}>
            <option value="">Alla</option>
            {kinds.map((k) => (
              <option key={k.value} value={k.value}>
                {k.label}
              </option>
            ))}
          </select>
        </Field>
        <Field id="filter-from" label="Från och med" error={errors.from}>
          <input id="filter-from" name="from" type="date" defaultValue={raw.from} aria-invalid={errors.from ? true : undefined} aria-describedby={errors.from ? 'filter-from-error' : undefined} className={input(errors.from)} />
        </Field>
        <Field id="filter-to" label="Till och med" error={errors.to}>
          <input id="filter-to" name="to" type="date" defaultValue={raw.to} aria-invalid={errors.to ? true : undefined} aria-describedby={errors.to ? 'filter-to-error' : undefined} className={input(errors.to)} />
        </Field>
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
          Visa
        </button>
        <Link href="/arrangor/logg">Rensa filtret</Link>
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
