import type { InputHTMLAttributes } from 'react';
import { forwardRef } from 'react';
import { describedByOf, FieldFrame, inputBorder } from './field';

type Props = InputHTMLAttributes<HTMLInputElement> & { id: string; label: string; hint?: string; error?: string };

/** A labelled input with an optional hint and an error tied to it for screen readers. */
export const TextField = forwardRef<HTMLInputElement, Props>(function TextField({ id, label, hint, error, ...rest }, ref) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <input
        ref={ref}
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedByOf(id, { hint, error })}
        className={`mt-1 block w-full rounded border bg-white px-3 py-2 text-base ${inputBorder(error)}`}
        {...rest}
      />
    </FieldFrame>
  );
});
