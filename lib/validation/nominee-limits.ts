/** The longest reason for a nominee, apart from the schemas (lib/validation/nominees.ts) so that a form can show it without zod. */
export const REASON_MAX = 600;
