import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getMessages, getTranslations } from 'next-intl/server';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { ToastRegion } from '@/components/ui/toast';
import { requestTheme } from '@/lib/i18n/theme';
import { pickMessages, ROOT_NAMESPACES } from '@/messages/client';
import './globals.css';

// Every page shows who is signed in, so nothing is prerendered at build time.
export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('meta');
  return { title: { default: t('title'), template: t('titleTemplate') }, description: t('description') };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, theme, t, messages] = await Promise.all([getLocale(), requestTheme(), getTranslations('layout'), getMessages()]);
  return (
    <html lang={locale} data-theme={theme ?? undefined}>
      <body className="min-h-screen flex flex-col">
        {/* Only the toasts' words: each area's layout gives its pages' client components theirs (<AreaMessages>, messages/client.ts). */}
        <NextIntlClientProvider messages={pickMessages(messages, ROOT_NAMESPACES)}>
          <a
            href="#huvudinnehall"
            className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2"
          >
            {t('skipLink')}
          </a>
          <SiteHeader />
          <main id="huvudinnehall" className="mx-auto w-full max-w-5xl flex-1 px-4 py-8" tabIndex={-1}>
            {children}
          </main>
          <SiteFooter />
          <ToastRegion />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
