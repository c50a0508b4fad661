import { useId, type ReactNode } from 'react';

/**
 * A table that scrolls sideways on a phone instead of breaking the page. The
 * scrolling box can be reached with the keyboard and is named by the caption.
 * Children are the table's <thead>/<tbody>/<tfoot>.
 */
export function Table({
  caption,
  captionHidden = false,
  className = '',
  children,
}: {
  caption: ReactNode;
  /** Keep the caption for screen readers only, when a heading above already says it. */
  captionHidden?: boolean;
  className?: string;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <div role="region" aria-labelledby={id} tabIndex={0} className="relative max-w-full overflow-x-auto rounded">
      <table className={`w-full border-collapse text-left text-sm ${className}`}>
        <caption id={id} className={captionHidden ? 'sr-only' : 'mb-2 text-left font-semibold text-slate-900'}>
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}
