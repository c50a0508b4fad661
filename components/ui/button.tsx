import { forwardRef, type ButtonHTMLAttributes } from 'react';

const VARIANTS = {
  primary: 'border border-brand-700 bg-brand-700 text-white hover:bg-brand-800 hover:border-brand-800',
  secondary: 'border border-slate-500 bg-white text-slate-900 hover:bg-slate-100',
  danger: 'border border-red-800 bg-white text-red-800 hover:bg-red-50',
  ghost: 'border border-transparent bg-transparent text-brand-700 underline underline-offset-2 hover:text-brand-900',
} as const;
const SIZES = { md: 'px-4 py-2 text-base', sm: 'px-3 py-1.5 text-sm' } as const;

export type ButtonVariant = keyof typeof VARIANTS;
export type ButtonSize = keyof typeof SIZES;

/** The classes of a button, also for a link that should look like one. */
export function buttonClasses(variant: ButtonVariant = 'primary', size: ButtonSize = 'md', full = false): string {
  return `inline-flex items-center justify-center gap-2 rounded font-medium no-underline disabled:cursor-not-allowed disabled:opacity-60 ${VARIANTS[variant]} ${SIZES[size]} ${full ? 'w-full' : ''}`;
}

type Props = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** Stretch to the width of the container. */
  full?: boolean;
  /** While true the button is disabled, shows a spinner and, if given, loadingText. */
  loading?: boolean;
  loadingText?: string;
};

/** A button with the app's look; type="button" unless told otherwise, so it never submits a form by accident. */
export const Button = forwardRef<HTMLButtonElement, Props>(function Button(
  { variant = 'primary', size = 'md', full = false, loading = false, loadingText, type = 'button', disabled, className, children, ...rest },
  ref,
) {
  return (
    <button
      ref={ref}
      type={type}
      disabled={disabled || loading}
      aria-busy={loading || undefined}
      className={`${buttonClasses(variant, size, full)} ${className ?? ''}`}
      {...rest}
    >
      {loading ? <span aria-hidden="true" className="size-4 animate-spin rounded-full border-2 border-current border-r-transparent" /> : null}
      {loading && loadingText ? loadingText : children}
    </button>
  );
});
