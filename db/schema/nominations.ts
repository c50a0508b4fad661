import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { cycles } from './cycles';
import { municipalities } from './municipalities';
import { users } from './people';

export const NOMINATION_STATUSES = ['invited', 'draft', 'submitted', 'declined', 'withdrawn'] as const;
export type NominationStatus = (typeof NOMINATION_STATUSES)[number];

/** One municipality's application (or nomination) in one cycle. */
export const nominations = sqliteTable(
  'nominations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    cycleId: integer('cycle_id')
      .notNull()
      .references(() => cycles.id, { onDelete: 'cascade' }),
    kommunkod: text('kommunkod')
      .notNull()
      .references(() => municipalities.kommunkod),
    status: text('status', { enum: NOMINATION_STATUSES }).notNull().default('draft'),
    /** The application form's answers (self-description per area, goals, key facts), JSON. */
    answers: text('answers', { mode: 'json' }).$type<Record<string, unknown>>().notNull().default({}),
    finalist: integer('finalist', { mode: 'boolean' }).notNull().default(false),
    /** Key-figure cycles: why the screening nominated this municipality (shown in the invitation). */
    nominationReason: text('nomination_reason'),
    /** Key-figure cycles: the screening run the nomination came from. */
    screeningRunId: integer('screening_run_id'),
    /** When the municipality accepted or declined a nomination by key figures. */
    respondedAt: text('responded_at'),
    submittedAt: text('submitted_at'),
    updatedAt: text('updated_at').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [uniqueIndex('nominations_cycle_kommun_idx').on(t.cycleId, t.kommunkod)],
);

export const DOCUMENT_TYPES = [
  'vision',
  'mal_och_budget',
  'kvalitetspolicy',
  'arsredovisning',
  'uppfoljning',
  'ovrigt',
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export const DOCUMENT_STATUSES = ['pending', 'ready', 'no_text', 'failed'] as const;

/** A steering document (PDF). The file lives under data/files/<sha256>. */
export const documents = sqliteTable(
  'documents',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    nominationId: integer('nomination_id')
      .notNull()
      .references(() => nominations.id, { onDelete: 'cascade' }),
    type: text('type', { enum: DOCUMENT_TYPES }).notNull(),
    title: text('title').notNull(),
    filename: text('filename').notNull(),
    sha256: text('sha256').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    pageCount: integer('page_count'),
    textStatus: text('text_status', { enum: DOCUMENT_STATUSES }).notNull().default('pending'),
    isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false),
    uploadedBy: integer('uploaded_by').references(() => users.id),
    uploadedAt: text('uploaded_at').notNull(),
  },
  (t) => [uniqueIndex('documents_nomination_sha_idx').on(t.nominationId, t.sha256)],
);

/** Extracted text, one row per page, for the jury's search. */
export const documentPages = sqliteTable(
  'document_pages',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    documentId: integer('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    pageNo: integer('page_no').notNull(),
    text: text('text').notNull(),
  },
  (t) => [uniqueIndex('document_pages_doc_page_idx').on(t.documentId, t.pageNo)],
);

/** Background jobs (text extraction …) that survive a restart. */
export const jobs = sqliteTable(
  'jobs',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind').notNull(),
    payload: text('payload', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    status: text('status', { enum: ['queued', 'running', 'done', 'failed'] }).notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    runAfter: text('run_after').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('jobs_status_idx').on(t.status, t.runAfter)],
);
