import type { ReactNode } from 'react';

/** What to show when a list is empty: what it means and what to do next. */
export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="rounded-lg border border-dashed border-slate-300 bg-white p-6">
      <h2 className="text-lg font-medium">{title}</h2>
      {children ? <div className="mt-2 text-slate-700">{children}</div> : null}
    </div>
  );
}
