import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { SiteHeader } from '@/components/layout/site-header';
import './globals.css';

// Every page shows who is signed in, so nothing is prerendered at build time.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: { default: 'Sveriges KvalitetsKommun – juryplattform', template: '%s – Sveriges KvalitetsKommun' },
  description: 'Ansökan, juryarbete och resultat för utmärkelsen Sveriges KvalitetsKommun.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="sv">
      <body className="min-h-screen flex flex-col">
        <a
          href="#huvudinnehall"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2"
        >
          Hoppa till huvudinnehållet
        </a>
        <SiteHeader />
        <main id="huvudinnehall" className="mx-auto w-full max-w-5xl flex-1 px-4 py-8" tabIndex={-1}>
          {children}
        </main>
        <footer className="border-t border-slate-200 bg-white">
          <div className="mx-auto max-w-5xl px-4 py-4 text-sm text-slate-700">
            Sveriges KvalitetsKommun – en utmärkelse från SKR, Kvalitetsmässan, Swedbank, Tänk Om, Kommunal, Saco och
            Vision.
          </div>
        </footer>
      </body>
    </html>
  );
}
