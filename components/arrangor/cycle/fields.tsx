import { forwardRef, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';

/** The hint and error lines of a field, and its aria-describedby. */
function describe(id: string, hint?: string, error?: string) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  const lines = (
    <>
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
    </>
  );
  return { describedBy, lines };
}

type SelectProps = SelectHTMLAttributes<HTMLSelectElement> & { id: string; label: string; hint?: string; error?: string; children: ReactNode };

/** A labelled select with an optional hint and an error tied to it. */
export const SelectField = forwardRef<HTMLSelectElement, SelectProps>(function SelectField({ id, label, hint, error, children, ...rest }, ref) {
  const { describedBy, lines } = describe(id, hint, error);
  return (
    <div className="mb-4">
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      {lines}
      <select
        ref={ref}
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={`mt-1 block w-full rounded border bg-white px-3 py-2 text-base ${error ? 'border-red-700' : 'border-slate-500'}`}
        {...rest}
      >
        {children}
      </select>
    </div>
  );
});

type AreaProps = TextareaHTMLAttributes<HTMLTextAreaElement> & { id: string; label: string; hint?: string; error?: string };

/** A labelled textarea with an optional hint and an error tied to it. */
export const TextAreaField = forwardRef<HTMLTextAreaElement, AreaProps>(function TextAreaField({ id, label, hint, error, rows = 2, ...rest }, ref) {
  const { describedBy, lines } = describe(id, hint, error);
  return (
    <div className="mb-4">
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      {lines}
      <textarea
        ref={ref}
        id={id}
        rows={rows}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={`mt-1 block w-full rounded border px-3 py-2 text-base ${error ? 'border-red-700' : 'border-slate-500'}`}
        {...rest}
      />
    </div>
  );
});
