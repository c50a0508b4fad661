/** A grey placeholder block while content loads (hidden from screen readers; pair it with a status text). */
export function Skeleton({ className = 'h-4 w-full' }: { className?: string }) {
  return <div aria-hidden="true" className={`animate-pulse rounded bg-slate-200 motion-reduce:animate-none ${className}`} />;
}

/** A page-shaped placeholder: a heading, a lead and a few cards, announced once as "loading". */
export function PageSkeleton({ label, cards = 3 }: { label: string; cards?: number }) {
  return (
    <div role="status" aria-live="polite">
      <span className="sr-only">{label}</span>
      <Skeleton className="mb-3 h-8 w-2/3 max-w-md" />
      <Skeleton className="mb-8 h-4 w-full max-w-xl" />
      <div className="space-y-4">
        {Array.from({ length: cards }, (_, i) => (
          <div key={i} aria-hidden="true" className="rounded-lg border border-slate-200 bg-white p-5">
            <Skeleton className="mb-3 h-5 w-1/3" />
            <Skeleton className="mb-2 h-4 w-full" />
            <Skeleton className="h-4 w-5/6" />
          </div>
        ))}
      </div>
    </div>
  );
}
