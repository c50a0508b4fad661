import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { municipalities } from './municipalities';

export const ROLES = ['organiser', 'juror', 'municipality'] as const;
export type Role = (typeof ROLES)[number];

/** Everyone who can sign in. A municipality contact belongs to one municipality. */
export const users = sqliteTable(
  'users',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    email: text('email').notNull().unique(),
    name: text('name').notNull(),
    role: text('role', { enum: ROLES }).notNull(),
    /** The organisation behind the award a juror represents (SKR, Swedbank …). */
    organisation: text('organisation'),
    /** The job title or role of a municipality contact. */
    title: text('title'),
    kommunkod: text('kommunkod').references(() => municipalities.kommunkod),
    passwordHash: text('password_hash'),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    /** Raised when a password, role or status changes: every older session ends. */
    sessionVersion: integer('session_version').notNull().default(1),
    totpSecret: text('totp_secret'),
    /** Set when the organiser confirmed a first TOTP code; from then on sign-in needs a code. */
    totpEnabledAt: text('totp_enabled_at'),
    /** SHA-256 hashes of the unused recovery codes (JSON array). */
    recoveryCodes: text('recovery_codes', { mode: 'json' }).$type<string[]>(),
    passwordChangedAt: text('password_changed_at'),
    /** Chosen interface language; Swedish by default. */
    locale: text('locale', { enum: ['sv', 'en'] }).notNull().default('sv'),
    /** Set when the person was erased (GDPR): contact data removed, scores kept pseudonymised. */
    erasedAt: text('erased_at'),
    /** Demo accounts sign in with the password alone; real organisers need TOTP. */
    isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false),
    createdAt: text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  },
  (t) => [index('users_kommunkod_idx').on(t.kommunkod)],
);

/** One row per signed-in browser session; the JWT carries its id, sign-out revokes it. */
export const sessions = sqliteTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: text('created_at').notNull(),
    lastSeenAt: text('last_seen_at').notNull(),
    revokedAt: text('revoked_at'),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/** Single-use invitation links; only the SHA-256 of the token is stored. */
export const invitations = sqliteTable(
  'invitations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    cycleId: integer('cycle_id'),
    email: text('email').notNull(),
    name: text('name'),
    role: text('role', { enum: ROLES }).notNull(),
    organisation: text('organisation'),
    kommunkod: text('kommunkod').references(() => municipalities.kommunkod),
    tokenHash: text('token_hash').notNull().unique(),
    expiresAt: text('expires_at').notNull(),
    usedAt: text('used_at'),
    revokedAt: text('revoked_at'),
    invitedBy: integer('invited_by').references(() => users.id),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('invitations_email_idx').on(t.email)],
);

/** Mail written here when no SMTP server is configured (development, tests). */
export const outbox = sqliteTable('outbox', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  to: text('to').notNull(),
  subject: text('subject').notNull(),
  body: text('body').notNull(),
  createdAt: text('created_at').notNull(),
  sentAt: text('sent_at'),
});

/** Single-use password-reset links; only the SHA-256 of the token is stored. */
export const passwordResets = sqliteTable(
  'password_resets',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique(),
    expiresAt: text('expires_at').notNull(),
    usedAt: text('used_at'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('password_resets_user_idx').on(t.userId)],
);

/** Counters of rate-limiter-flexible's SQLite store (sign-in, invitation, password reset), kept across restarts. */
export const rateLimits = sqliteTable('rate_limits', {
  key: text('key').primaryKey(),
  points: integer('points').notNull().default(0),
  expire: integer('expire'),
});
