import 'server-only';
import type { z } from 'zod';
import { getDb, type Db } from '@/db/client';
import type { Role } from '@/db/schema/people';
import { getCurrentUser, type CurrentUser } from '@/lib/auth/session';
import { MESSAGES, UserError } from '@/lib/errors';
import { actionLocale, runInLocale } from '@/lib/i18n/server-locale';

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; error: string; fieldErrors?: Record<string, string> };

export type ActionContext<I> = { user: CurrentUser; input: I; db: Db };

type Definition<S extends z.ZodType, T> = {
  /** A unique name, e.g. "conflicts.declare"; the registry and the audit use it. */
  name: string;
  /** The roles that may call it at all; finer checks (assignment, conflict, phase) go in the handler. */
  roles: readonly Role[];
  schema: S;
  handler: (ctx: ActionContext<z.infer<S>>) => T | Promise<T>;
};

/** Every action defined in this process, so a test can list them and call each one as every role. */
export const actionRegistry = new Map<string, { roles: readonly Role[]; action: (raw: unknown) => Promise<ActionResult<unknown>> }>();

/** Turns zod issues into one message per field (the first issue of each), in the language the parse ran in. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_';
    out[key] ??= issue.message;
  }
  return out;
}

/**
 * Builds a server action the one safe way: session → role → zod parse →
 * handler (domain + one transaction + audit) → a plain result. Never throws to
 * the client; unexpected errors are logged and answered with a general message.
 */
export function defineAction<S extends z.ZodType, T>(def: Definition<S, T>) {
  if (actionRegistry.has(def.name)) throw new Error(`Action ${def.name} is defined twice`);
  async function action(raw: unknown): Promise<ActionResult<T>> {
    const user = await getCurrentUser();
    // Every answer, the refusals below and the schema's and the handler's messages
    // (lib/i18n/validation.ts), comes in the caller's language.
    return runInLocale(await actionLocale(user?.id ?? null), async (): Promise<ActionResult<T>> => {
      if (!user) return { ok: false, error: MESSAGES.signedOut };
      if (!def.roles.includes(user.role)) return { ok: false, error: MESSAGES.forbidden };
      // A real organiser without two-factor sign-in may only set it up (lib/actions/account.ts).
      if (user.needsTotpEnrolment && !def.name.startsWith('account.')) return { ok: false, error: MESSAGES.totpEnrolment };
      const parsed = def.schema.safeParse(raw);
      if (!parsed.success) return { ok: false, error: MESSAGES.invalid, fieldErrors: fieldErrorsOf(parsed.error) };
      try {
        const data = await def.handler({ user, input: parsed.data, db: getDb() });
        return { ok: true, data };
      } catch (err) {
        if (err instanceof UserError) return { ok: false, error: err.message, fieldErrors: err.fieldErrors };
        console.error(`[action ${def.name}]`, err);
        return { ok: false, error: MESSAGES.server };
      }
    });
  }
  actionRegistry.set(def.name, { roles: def.roles, action });
  return action;
}
