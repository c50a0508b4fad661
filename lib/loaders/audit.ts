import 'server-only';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { auditActions, auditActors, countAudit, listAudit, type AuditFilter } from '@/db/queries/audit';
import { requireArea } from '@/lib/auth/guards';
import { getCurrentUser } from '@/lib/auth/session';
import { canEnterArea } from '@/lib/domain/policies';
import { stockholmLocalToUtc } from '@/lib/domain/phases';
import { actionLocale, enterLocale, localeNow } from '@/lib/i18n/server-locale';
import type { Locale } from '@/i18n/config';
import { CATALOGUES } from '@/messages';
import { vt } from '@/lib/i18n/validation';
import { formatDateTime } from '@/lib/time';

/**
 * The audit log as the organiser reads it: filters (person, kind, date range in
 * Stockholm), pages of 25, and the same filtered list as CSV. Read only: the app
 * never updates or deletes an entry.
 */

export const AUDIT_PAGE_SIZE = 25;
/** The CSV export's upper limit of rows (the log of one cycle stays far below it). */
export const AUDIT_CSV_MAX = 50_000;

/** The name of a kind of entry in this language (the orgAudit.kinds catalogue); a kind not listed is shown by its code. */
export function kindLabel(action: string, locale: Locale = localeNow()): string {
  const kinds = (CATALOGUES[locale].orgAudit as { kinds?: Record<string, string> } | undefined)?.kinds;
  return kinds?.[action.replace(/\./g, '_')] ?? action;
}

/** Who made an entry, when no name is stored: the system, or a user by number (in this language). */
function personOf(actorName: string | null, actorId: number | null, locale: Locale): string {
  if (actorName) return actorName;
  const t = (CATALOGUES[locale].orgAudit as Record<string, string>)[actorId === null ? 'system' : 'userNumber'];
  return t.replace('{id}', String(actorId));
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

const dateParam = z
  .string()
  .trim()
  .optional()
  .transform((v, ctx) => {
    if (!v) return undefined;
    if (!DATE.test(v)) {
      ctx.addIssue({ code: 'custom', message: vt('valCommon.dateFormat') });
      return z.NEVER;
    }
    try {
      stockholmLocalToUtc(v, '00:00');
    } catch {
      ctx.addIssue({ code: 'custom', message: 'Datumet finns inte.' });
      return z.NEVER;
    }
    return v;
  });

const filterSchema = z
  .object({
    person: z
      .string()
      .optional()
      .transform((v) => (v && /^\d{1,9}$/.test(v) ? Number(v) : undefined)),
    kind: z
      .string()
      .max(100)
      .optional()
      .transform((v) => v || undefined),
    from: dateParam,
    to: dateParam,
    sida: z
      .string()
      .optional()
      .transform((v) => (v && /^\d{1,6}$/.test(v) ? Math.max(1, Number(v)) : 1)),
  })
  .superRefine((v, ctx) => {
    if (v.from && v.to && v.from > v.to) ctx.addIssue({ code: 'custom', path: ['to'], message: vt('valLoaders.auditEndDate') });
  });

type Params = Record<string, string | string[] | undefined>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** The day after 'YYYY-MM-DD' (calendar arithmetic, no time zone involved). */
function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * Reads the filters from the query string. Invalid dates are reported and left out
 * of the filter (the page still shows the log), never silently reinterpreted.
 */
export function parseAuditFilters(params: Params) {
  const raw = {
    person: first(params.person) ?? '',
    kind: first(params.kind) ?? '',
    from: first(params.from) ?? '',
    to: first(params.to) ?? '',
    sida: first(params.sida) ?? '',
  };
  const parsed = filterSchema.safeParse(raw);
  const errors: Record<string, string> = {};
  let value: z.output<typeof filterSchema>;
  if (parsed.success) value = parsed.data;
  else {
    for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message;
    // Keep the valid filters; drop the ones in error.
    const partial = filterSchema.safeParse({ ...raw, ...Object.fromEntries(Object.keys(errors).map((k) => [k, ''])) });
    value = partial.success ? partial.data : { person: undefined, kind: undefined, from: undefined, to: undefined, sida: 1 };
  }
  const filter: AuditFilter = {
    actorId: value.person,
    action: value.kind,
    from: value.from ? stockholmLocalToUtc(value.from, '00:00').toISOString() : undefined,
    to: value.to ? stockholmLocalToUtc(nextDay(value.to), '00:00').toISOString() : undefined,
  };
  return { filter, page: value.sida, raw, errors };
}

/** The query string of a filter (for pagination links and the CSV link). */
export function auditQuery(raw: { person: string; kind: string; from: string; to: string }, page?: number): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(raw)) if (v && k !== 'sida') q.set(k, v);
  if (page && page > 1) q.set('sida', String(page));
  const s = q.toString();
  return s ? `?${s}` : '';
}

function pretty(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return JSON.stringify(value, null, 2);
}

/** /arrangor/logg: one page of the filtered log, and the choices for the filters. */
export async function loadAuditLog(params: Params) {
  const user = await requireArea('arrangor');
  // The filters' error messages in the reader's language.
  const locale = await actionLocale(user.id);
  enterLocale(locale);
  const db = getDb();
  const { filter, page, raw, errors } = parseAuditFilters(params);
  const total = countAudit(db, filter);
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const current = Math.min(page, pages);
  const rows = listAudit(db, filter, { limit: AUDIT_PAGE_SIZE, offset: (current - 1) * AUDIT_PAGE_SIZE });
  return {
    raw,
    errors,
    total,
    page: current,
    pages,
    firstIndex: total === 0 ? 0 : (current - 1) * AUDIT_PAGE_SIZE + 1,
    lastIndex: (current - 1) * AUDIT_PAGE_SIZE + rows.length,
    people: auditActors(db).map((p) => ({ id: String(p.id), label: `${p.name} (${p.email})` })),
    kinds: auditActions(db).map((a) => ({ value: a, label: kindLabel(a, locale) })),
    entries: rows.map((r) => ({
      id: r.id,
      at: formatDateTime(r.at),
      atIso: r.at,
      person: personOf(r.actorName, r.actorId, locale),
      kind: kindLabel(r.action, locale),
      action: r.action,
      entity: r.entityId ? `${r.entity} ${r.entityId}` : r.entity,
      cycle: r.cycleName,
      before: pretty(r.before),
      after: pretty(r.after),
    })),
  };
}

// ---------------------------------------------------------------------------
// CSV

const CSV_HEADER = ['tid_utc', 'tid_stockholm', 'person', 'e_post', 'handelse', 'kod', 'objekt', 'objekt_id', 'omgang', 'fore', 'efter', 'hash'];

/** One CSV cell: quoted when needed; a leading =, +, - or @ is defused so a spreadsheet never runs it. */
export function csvCell(value: unknown): string {
  let s = value === null || value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",;\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * The filtered log as CSV (UTF-8 with BOM, comma-separated, CRLF), newest first like
 * the page. For a route: answers 401 without a session and 403 for any role but the organiser.
 */
export async function loadAuditCsv(params: Params, locale: Locale = 'sv'): Promise<{ status: 401 | 403 } | { status: 200; csv: string; count: number }> {
  const user = await getCurrentUser();
  if (!user) return { status: 401 };
  if (!canEnterArea(user, 'arrangor')) return { status: 403 };
  const db = getDb();
  const { filter } = parseAuditFilters(params);
  const rows = listAudit(db, filter, { limit: AUDIT_CSV_MAX, offset: 0 });
  const lines = [CSV_HEADER.join(',')];
  for (const r of rows) {
    lines.push(
      [
        r.at,
        formatDateTime(r.at),
        r.actorName ?? '',
        r.actorEmail ?? '',
        kindLabel(r.action, locale),
        r.action,
        r.entity,
        r.entityId ?? '',
        r.cycleName ?? '',
        r.before ?? '',
        r.after ?? '',
        r.hash,
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return { status: 200, csv: `\uFEFF${lines.join('\r\n')}\r\n`, count: rows.length };
}
