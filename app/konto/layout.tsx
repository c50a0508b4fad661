import type { ReactNode } from 'react';
import { AreaMessages } from '@/components/layout/area-messages';

/** The area's client components get their messages here (the root layout gives only the toasts'). */
export default function Layout({ children }: { children: ReactNode }) {
  return <AreaMessages>{children}</AreaMessages>;
}
