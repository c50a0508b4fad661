import type { ReactNode } from 'react';
import { AreaMessages } from '@/components/layout/area-messages';
import { JURY_NAMESPACES } from '@/messages/client';

/** The juror's client components get their messages here (the root layout gives only the toasts'). */
export default function Layout({ children }: { children: ReactNode }) {
  return <AreaMessages namespaces={JURY_NAMESPACES}>{children}</AreaMessages>;
}
