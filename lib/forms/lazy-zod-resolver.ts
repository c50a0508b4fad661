/**
 * react-hook-form's zodResolver for a schema that is loaded when the form is first checked
 * (its first submit, or its first change in mode 'onChange'), not with the page. zod, the
 * schema module and @hookform/resolvers are ≈ 30–45 KB gzip that every form page would
 * otherwise send before it can respond (issue 12: ≤ 150 KB per page; the cost shows as
 * Lighthouse's Total Blocking Time). The schema is the same one the server action parses:
 *
 *   useForm<Input>({ resolver: lazyZodResolver(() => import('@/lib/validation/x').then((m) => m.xSchema)) })
 *
 * The import() must name the module literally, so the bundler splits it off (and the client
 * scan in tests/i18n/client-scan.ts follows it). Each form's schema is loaded once.
 */
import type { FieldValues, Resolver } from 'react-hook-form';
import type * as z4 from 'zod/v4/core';

export function lazyZodResolver<Input extends FieldValues, Context, Output, T extends z4.$ZodType<Output, Input> = z4.$ZodType<Output, Input>>(
  load: () => Promise<T>,
): Resolver<z4.input<T>, Context, z4.output<T>> {
  let resolver: Promise<Resolver<z4.input<T>, Context, z4.output<T>>> | undefined;
  return async (values, context, options) => {
    resolver ??= Promise.all([load(), import('@hookform/resolvers/zod')]).then(
      ([schema, { zodResolver }]) => zodResolver(schema) as unknown as Resolver<z4.input<T>, Context, z4.output<T>>,
    );
    // A failed load (network) is tried again on the next check.
    const ready = await resolver.catch((error: unknown) => {
      resolver = undefined;
      throw error;
    });
    return ready(values, context, options);
  };
}
