import { zodGlobalConfig } from '@/lib/i18n/zod-global';

/**
 * Runs in the browser before the app's own modules. Zod 4 compiles object
 * parsers with `new Function` when it can, and probes for that with a caught
 * `new Function('')`; under the strict Content-Security-Policy (no
 * 'unsafe-eval', see lib/security/headers.ts) the probe is reported as a CSP
 * violation on every page with a form. jitless skips the probe and the compile;
 * the forms' schemas are small, so the interpreted parser costs nothing visible.
 * Set in zod's global configuration object without importing zod, so that pages
 * without a form do not load it (lib/i18n/zod-global.ts).
 */
zodGlobalConfig().jitless = true;
