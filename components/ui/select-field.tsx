import { forwardRef, type ReactNode, type SelectHTMLAttributes } from 'react';
import { describedByOf, FieldFrame, inputBorder } from './field';

type Props = SelectHTMLAttributes<HTMLSelectElement> & { id: string; label: string; hint?: string; error?: string; children: ReactNode };

/** A labelled select with an optional hint and an error tied to it, like TextField. */
export const SelectField = forwardRef<HTMLSelectElement, Props>(function SelectField({ id, label, hint, error, children, ...rest }, ref) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <select
        ref={ref}
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedByOf(id, { hint, error })}
        className={`mt-1 block w-full rounded border bg-white px-3 py-2 text-base ${inputBorder(error)}`}
        {...rest}
      >
        {children}
      </select>
    </FieldFrame>
  );
});
