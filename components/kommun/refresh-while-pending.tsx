'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

/** Refreshes the server-rendered document list every few seconds while a text is being read. */
export function RefreshWhilePending({ pending }: { pending: boolean }) {
  const router = useRouter();
  useEffect(() => {
    if (!pending) return;
    const t = setInterval(() => router.refresh(), 3000);
    return () => clearInterval(t);
  }, [pending, router]);
  return null;
}
