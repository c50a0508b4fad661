import { config } from 'zod';

/**
 * Runs in the browser before the app's own modules. Zod 4 compiles object
 * parsers with `new Function` when it can, and probes for that with a caught
 * `new Function('')`; under the strict Content-Security-Policy (no
 * 'unsafe-eval', see lib/security/headers.ts) the probe is reported as a CSP
 * violation on every page with a form. jitless skips the probe and the compile;
 * the forms' schemas are small, so the interpreted parser costs nothing visible.
 */
config({ jitless: true });
