import type { ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { forwardRef } from 'react';

type Common = { id: string; label: string; hint?: string; error?: string };

function Described({ id, label, hint, error, children }: Common & { children: ReactNode }) {
  return (
    <div className="mb-4">
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-800">
          {error}
        </p>
      ) : null}
      {children}
    </div>
  );
}

const describedBy = (id: string, hint?: string, error?: string) =>
  [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;

/** A labelled select with hint and error, like components/ui/text-field. */
export const SelectField = forwardRef<HTMLSelectElement, Common & SelectHTMLAttributes<HTMLSelectElement> & { children: ReactNode }>(
  function SelectField({ id, label, hint, error, children, ...rest }, ref) {
    return (
      <Described id={id} label={label} hint={hint} error={error}>
        <select
          ref={ref}
          id={id}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
          className={`mt-1 block w-full rounded border bg-white px-3 py-2 text-base ${error ? 'border-red-700' : 'border-slate-500'}`}
          {...rest}
        >
          {children}
        </select>
      </Described>
    );
  },
);

/** A labelled textarea with hint and error. */
export const TextAreaField = forwardRef<HTMLTextAreaElement, Common & TextareaHTMLAttributes<HTMLTextAreaElement>>(function TextAreaField(
  { id, label, hint, error, ...rest },
  ref,
) {
  return (
    <Described id={id} label={label} hint={hint} error={error}>
      <textarea
        ref={ref}
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={`mt-1 block w-full rounded border px-3 py-2 font-mono text-base ${error ? 'border-red-700' : 'border-slate-500'}`}
        {...rest}
      />
    </Described>
  );
});

export const buttonClass =
  'rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2';
export const secondaryButtonClass =
  'rounded border border-slate-500 bg-white px-3 py-1.5 text-sm font-medium text-slate-900 hover:bg-slate-100 disabled:opacity-60 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2';

/** A polite status line for what just happened (success), read out by screen readers. */
export function StatusMessage({ children }: { children: ReactNode }) {
  return (
    <p role="status" className="mb-4 rounded border border-green-700 bg-green-50 p-3 text-green-900">
      {children}
    </p>
  );
}

/** Municipalities as <option>s: "Ale (1440)". */
export function MunicipalityOptions({ municipalities }: { municipalities: { kommunkod: string; name: string }[] }) {
  return (
    <>
      <option value="">Välj kommun …</option>
      {municipalities.map((m) => (
        <option key={m.kommunkod} value={m.kommunkod}>
          {m.name} ({m.kommunkod})
        </option>
      ))}
    </>
  );
}
