'use client';

import { useTranslations } from 'next-intl';
import { forwardRef, useEffect, useRef, useState, type ChangeEvent, type TextareaHTMLAttributes } from 'react';
import { describedByOf, FieldFrame, inputBorder } from './field';

type Props = TextareaHTMLAttributes<HTMLTextAreaElement> & {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  /** Show "120 av 600 tecken" under the field; needs maxLength (the limit) or counterMax. */
  counter?: boolean;
  /** A soft limit for the counter when the browser should not stop typing at maxLength. */
  counterMax?: number;
  /** A typewriter font, for lists and pasted data. */
  mono?: boolean;
};

/**
 * A labelled textarea with an optional hint, an error tied to it, and an optional
 * live character counter. The counter is read out once typing pauses, not on every key.
 */
export const TextAreaField = forwardRef<HTMLTextAreaElement, Props>(function TextAreaField(
  { id, label, hint, error, counter = false, counterMax, mono = false, rows = 2, onChange, ...rest },
  ref,
) {
  const t = useTranslations('ui');
  const max = counterMax ?? rest.maxLength;
  const showCounter = counter && typeof max === 'number';
  const initial = String(rest.value ?? rest.defaultValue ?? '').length;
  const [count, setCount] = useState(initial);
  const [announced, setAnnounced] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inner = useRef<HTMLTextAreaElement | null>(null);
  useEffect(() => {
    // A form library may fill the field after the first render (react-hook-form's reset).
    if (inner.current) setCount(inner.current.value.length);
    return () => (timer.current ? clearTimeout(timer.current) : undefined);
  }, []);
  useEffect(() => {
    if (rest.value !== undefined) setCount(String(rest.value).length);
  }, [rest.value]);

  const text = (n: number) => (max !== undefined && n > max ? t('counterOver', { count: n, max, over: n - max }) : t('counter', { count: n, max: max ?? 0 }));

  function handleChange(e: ChangeEvent<HTMLTextAreaElement>) {
    onChange?.(e);
    if (!showCounter) return;
    const n = e.target.value.length;
    setCount(n);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => setAnnounced(text(n)), 900);
  }

  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <textarea
        ref={(node) => {
          inner.current = node;
          if (typeof ref === 'function') ref(node);
          else if (ref) ref.current = node;
        }}
        id={id}
        rows={rows}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedByOf(id, { hint, error, counter: showCounter })}
        className={`mt-1 block w-full rounded border bg-white px-3 py-2 text-base ${mono ? 'font-mono' : ''} ${inputBorder(error)}`}
        onChange={handleChange}
        {...rest}
      />
      {showCounter ? (
        <>
          <p id={`${id}-counter`} className={`mt-1 text-sm ${max !== undefined && count > max ? 'font-medium text-red-800' : 'text-slate-700'}`}>
            {text(count)}
          </p>
          <p className="sr-only" aria-live="polite">
            {announced}
          </p>
        </>
      ) : null}
    </FieldFrame>
  );
});
