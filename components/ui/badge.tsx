import type { ReactNode } from 'react';

const TONES = {
  neutral: 'bg-slate-100 text-slate-800',
  info: 'bg-brand-100 text-brand-900',
  success: 'bg-green-100 text-green-900',
  warning: 'bg-amber-100 text-amber-900',
} as const;

export function Badge({ tone = 'neutral', children }: { tone?: keyof typeof TONES; children: ReactNode }) {
  return <span className={`inline-block rounded px-2 py-0.5 text-sm font-medium ${TONES[tone]}`}>{children}</span>;
}
