/**
 * The kinds of application document. Kept here, free of the database code, so the forms in
 * the browser can list them without bundling drizzle: db/schema/nominations.ts declares the
 * column with its own copy, and tests/bundle/client-imports.test.ts checks that both agree.
 */
export const DOCUMENT_TYPES = ['vision', 'mal_och_budget', 'kvalitetspolicy', 'arsredovisning', 'uppfoljning', 'ovrigt'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];
