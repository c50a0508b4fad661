import type { ReactNode } from 'react';
import { AreaMessages } from '@/components/layout/area-messages';
import { SIGN_IN_NAMESPACES } from '@/messages/client';

/** The sign-in form's messages only: the page is the first many visitors load, on any device. */
export default function Layout({ children }: { children: ReactNode }) {
  return <AreaMessages namespaces={SIGN_IN_NAMESPACES}>{children}</AreaMessages>;
}
