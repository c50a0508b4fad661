/**
 * zod 4's global configuration object without loading zod: zod keeps it at
 * globalThis.__zod_globalConfig and adopts an object already there (zod/v4/core/core.js),
 * and z.config() only assigns into it. So the browser's settings (jitless, the
 * page-language messages) can be made on every page, while zod itself loads only on
 * pages with a form. tests/i18n/zod-global.test.ts checks that zod reads this object.
 */
export type ZodGlobalConfig = { jitless?: boolean; localeError?: (issue: never) => string | undefined };

export function zodGlobalConfig(): ZodGlobalConfig {
  const g = globalThis as { __zod_globalConfig?: ZodGlobalConfig };
  return (g.__zod_globalConfig ??= {});
}
