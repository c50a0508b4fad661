'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useSyncExternalStore } from 'react';

export type ToastTone = 'success' | 'info' | 'error';
type Item = { id: number; message: string; tone: ToastTone };

/** The toasts on screen; a tiny store so any client component can call toast(). */
let items: Item[] = [];
let nextId = 1;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

/** Shows a short message at the bottom of the screen and reads it out (politely; errors assertively). */
export function toast(message: string, tone: ToastTone = 'success'): void {
  items = [...items, { id: nextId++, message, tone }];
  emit();
}

function dismiss(id: number) {
  items = items.filter((i) => i.id !== id);
  emit();
}

const TONES: Record<ToastTone, string> = {
  success: 'border-green-700 bg-green-50 text-green-900',
  info: 'border-brand-700 bg-brand-50 text-brand-900',
  error: 'border-red-700 bg-red-50 text-red-900',
};

/**
 * The live regions toasts are written into. They are in the page from the start
 * (a region added together with its text is often not read out). Plain aria-live,
 * no role: an empty role="alert" on every page would get in the way of the forms' own alerts.
 */
export function ToastRegion() {
  const t = useTranslations('ui');
  const current = useSyncExternalStore(
    (l) => (listeners.add(l), () => listeners.delete(l)),
    () => items,
    () => items,
  );
  const polite = current.filter((i) => i.tone !== 'error');
  const urgent = current.filter((i) => i.tone === 'error');
  return (
    <div className="pointer-events-none fixed inset-x-0 bottom-4 z-50 flex flex-col items-center gap-2 px-4">
      <div aria-live="polite" className="flex w-full max-w-md flex-col gap-2">
        {polite.map((i) => (
          <ToastItem key={i.id} item={i} label={t('dismiss')} />
        ))}
      </div>
      <div aria-live="assertive" className="flex w-full max-w-md flex-col gap-2">
        {urgent.map((i) => (
          <ToastItem key={i.id} item={i} label={t('dismiss')} />
        ))}
      </div>
    </div>
  );
}

function ToastItem({ item, label }: { item: Item; label: string }) {
  // Errors stay until closed; the rest leave after eight seconds (long enough to read twice).
  useEffect(() => {
    if (item.tone === 'error') return;
    const timer = setTimeout(() => dismiss(item.id), 8000);
    return () => clearTimeout(timer);
  }, [item]);
  return (
    <div className={`pointer-events-auto flex items-start justify-between gap-3 rounded border-2 p-3 shadow ${TONES[item.tone]}`}>
      <p>{item.message}</p>
      <button type="button" onClick={() => dismiss(item.id)} aria-label={label} className="rounded px-1 font-bold leading-none">
        ×
      </button>
    </div>
  );
}
