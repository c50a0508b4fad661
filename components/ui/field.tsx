import type { ReactNode } from 'react';

/** The ids a field's aria-describedby points at: its hint, its error, its counter. */
export function describedByOf(id: string, parts: { hint?: string; error?: string; counter?: boolean }): string | undefined {
  return [parts.hint ? `${id}-hint` : null, parts.error ? `${id}-error` : null, parts.counter ? `${id}-counter` : null].filter(Boolean).join(' ') || undefined;
}

/** The border of an input: red with an error, else a grey with 3:1 contrast against the surface. */
export const inputBorder = (error?: string) => (error ? 'border-red-700' : 'border-slate-500');

/** A field's label, hint and error above the control, in the order a screen reader meets them. */
export function FieldFrame({ id, label, hint, error, children }: { id: string; label: string; hint?: string; error?: string; children: ReactNode }) {
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
