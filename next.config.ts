import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

// The interface language comes from a cookie (see i18n/request.ts), not from the URL.
// The catalogues (every .json under messages/) are compiled at build time (precompile): the pages
// format messages without the ICU parser (intl-messageformat, ≈ 12 KB gzip on every page). In the
// build a message is then a compiled value, not its text: code that reads a catalogue itself goes
// through a translator (createTranslator, lib/i18n/validation-source.ts), never through the string.
const withNextIntl = createNextIntlPlugin({
  requestConfig: './i18n/request.ts',
  experimental: { messages: { path: './messages', format: 'json', locales: ['sv', 'en'], precompile: true } },
});

const nextConfig: NextConfig = {
  // Parallel work trees (several e2e runs at once) can build into their own folder.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  experimental: {
    // forbidden() answers with a real 403 page.
    authInterrupts: true,
    // CI builds once on a clean clone: Turbopack's build cache would only be written (≈ 14 s), never read.
    turbopackFileSystemCacheForBuild: process.env.CI !== 'true',
  },
  // CI (.ci/run) sets KK_TYPECHECKED=1 for the build only after its own `tsc` over the same files and
  // route types has passed: the build's TypeScript pass would check them a second time (≈ 14 s).
  typescript: { ignoreBuildErrors: process.env.KK_TYPECHECKED === '1' },
  // Native and file-reading packages stay outside the server bundle.
  serverExternalPackages: ['better-sqlite3', '@node-rs/argon2', 'pdfkit'],
  poweredByHeader: false,
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
