import type { ReactNode } from 'react';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import { CLIENT_NAMESPACES, pickMessages } from '@/messages/client';
import { ZodLocale } from './zod-locale';

/**
 * The messages an area's client components read, for the pages under one layout: all the
 * client namespaces (messages/client.ts) unless the area names fewer. The root layout's
 * provider has only the toasts' words, so a page outside every area (the public pages) does not
 * carry the whole client catalogue in its HTML. A layout stays mounted while the visitor moves
 * inside its area, and the next area's layout brings its own messages.
 * Where the area's messages include zod's, ZodLocale makes its forms' checks speak the page's language.
 */
export async function AreaMessages({ namespaces = CLIENT_NAMESPACES, children }: { namespaces?: readonly string[]; children: ReactNode }) {
  const messages = await getMessages();
  return (
    <NextIntlClientProvider messages={pickMessages(messages, namespaces)}>
      {namespaces.includes('zod') ? <ZodLocale /> : null}
      {children}
    </NextIntlClientProvider>
  );
}
