/**
 * Import of key-figure files: parse → validate against the catalogue and the
 * municipality list → preview (what would change) → commit in one transaction.
 * Used by the organiser's page, the command line and the demo seed alike.
 */
import { createHash } from 'node:crypto';
import { writeTransaction, type Db } from '@/db/client';
import { appendAudit } from '@/db/queries/audit';
import { allKommunkoder, insertImport, listKpis, upsertValues, valuesOf, type StoredValue } from '@/db/queries/indicators';
import { vt } from '@/lib/i18n/validation';
import { kpiIssueText, parseKpiFile, type ParsedRow, type ParseError, type ParseNotice, type KpiFileFormat } from './kpi-values';

/** Largest accepted file; bigger uploads are refused while streaming. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
/** The refusal of a file over MAX_IMPORT_BYTES, in the reader's language (Swedish on the command line). */
export const tooLargeMessage = () => vt('valKpiUpload.tooLarge', { mb: MAX_IMPORT_BYTES / 1024 / 1024 });
/** How many lines, conflicts and errors the preview lists (the counts are always complete). */
export const PREVIEW_LIMIT = 500;

export type RowStatus = 'new' | 'unchanged' | 'replaces_demo' | 'conflict';
export type ClassifiedRow = ParsedRow & { status: RowStatus; current: number | null };

const keyOf = (r: { kommunkod: string; kpi: string; year: number }) => `${r.kommunkod}|${r.kpi}|${r.year}`;

/**
 * What each parsed row would do to the stored values: new; unchanged (same
 * value already stored as real data); replaces_demo (a demo value is there —
 * real data always replaces it); conflict (a different real value is stored —
 * replaced only when the organiser chooses so).
 */
export function classifyRows(rows: readonly ParsedRow[], stored: readonly StoredValue[]): ClassifiedRow[] {
  const byKey = new Map(stored.map((s) => [keyOf(s), s]));
  return rows.map((r) => {
    const s = byKey.get(keyOf(r));
    if (!s) return { ...r, status: 'new', current: null };
    if (s.isDemo) return { ...r, status: 'replaces_demo', current: s.value };
    if (s.value === r.value) return { ...r, status: 'unchanged', current: s.value };
    return { ...r, status: 'conflict', current: s.value };
  });
}

export type ImportCounts = { rows: number; new: number; unchanged: number; replacesDemo: number; conflicts: number; errors: number };

export type ImportPreview = {
  filename: string;
  sha256: string;
  sizeBytes: number;
  format: KpiFileFormat | null;
  counts: ImportCounts;
  /** Rows and bad lines in line order (at most PREVIEW_LIMIT; errors, notices and conflicts likewise — counts are complete). */
  lines: ({ kind: 'row'; row: ClassifiedRow } | { kind: 'error'; error: WordedError })[];
  errors: WordedError[];
  notices: WordedNotice[];
  conflicts: ClassifiedRow[];
  /** KPI ids in the file that are not in the catalogue (the page offers to add them). */
  unknownKpis: string[];
  /** No bad line and at least one row that would change something. */
  canCommit: boolean;
};

/** A parse error or notice with its message in the reader's language (the preview's, see previewKpiImport). */
export type WordedError = ParseError & { message: string };
export type WordedNotice = ParseNotice & { message: string };
const worded = <T extends ParseError | ParseNotice>(issue: T): T & { message: string } => ({ ...issue, message: kpiIssueText(issue) });

export type ImportOptions = { maxYear: number; minYear?: number };

export const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function analyse(db: Db, bytes: Uint8Array, options: ImportOptions) {
  const catalogue = listKpis(db);
  const parsed = parseKpiFile(bytes, {
    knownKommunkoder: allKommunkoder(db),
    knownKpis: new Set(catalogue.map((k) => k.id)),
    minYear: options.minYear,
    maxYear: options.maxYear,
  });
  const kpiIds = [...new Set(parsed.rows.map((r) => r.kpi))];
  const classified = classifyRows(parsed.rows, valuesOf(db, kpiIds));
  return { parsed, classified };
}

/**
 * The dry run: what the file would change, and every bad line with its reason. Writes nothing.
 * The reasons are worded in the reader's language (the upload route enters the request's
 * language first; Swedish on the command line).
 */
export function previewKpiImport(db: Db, bytes: Uint8Array, filename: string, options: ImportOptions): ImportPreview {
  const { parsed, classified } = analyse(db, bytes, options);
  const count = (s: RowStatus) => classified.filter((r) => r.status === s).length;
  const counts: ImportCounts = {
    rows: classified.length,
    new: count('new'),
    unchanged: count('unchanged'),
    replacesDemo: count('replaces_demo'),
    conflicts: count('conflict'),
    errors: parsed.errors.length,
  };
  const lines = [
    ...classified.map((row) => ({ kind: 'row' as const, row, line: row.line })),
    ...parsed.errors.map((error) => ({ kind: 'error' as const, error: worded(error), line: error.line })),
  ]
    .sort((a, b) => a.line - b.line || (a.kind === 'error' ? -1 : 1))
    .slice(0, PREVIEW_LIMIT)
    .map((l) => (l.kind === 'row' ? { kind: 'row' as const, row: l.row } : { kind: 'error' as const, error: l.error }));
  const unknownKpis = [...new Set(parsed.errors.filter((e) => e.kind === 'unknown_kpi' && e.kpi).map((e) => e.kpi!))].sort();
  return {
    filename,
    sha256: sha256Of(bytes),
    sizeBytes: bytes.byteLength,
    format: parsed.format,
    counts,
    lines,
    errors: parsed.errors.slice(0, PREVIEW_LIMIT).map(worded),
    notices: parsed.notices.slice(0, PREVIEW_LIMIT).map(worded),
    conflicts: classified.filter((r) => r.status === 'conflict').slice(0, PREVIEW_LIMIT),
    unknownKpis,
    canCommit: parsed.errors.length === 0 && counts.new + counts.replacesDemo + counts.conflicts > 0,
  };
}

export type CommitResult = {
  importId: number | null;
  inserted: number;
  replacedDemo: number;
  replacedConflicts: number;
  keptConflicts: number;
  unchanged: number;
};

export class ImportRefused extends Error {}

/**
 * Applies a file: refused when it has any bad line (nothing is written); else
 * one transaction writes the import record, the values and an audit entry with
 * the file's checksum. Conflicting real values are replaced only with
 * replaceConflicts. A file that would change nothing writes nothing (idempotent).
 */
export function commitKpiImport(
  db: Db,
  bytes: Uint8Array,
  filename: string,
  options: ImportOptions & { actorId: number | null; at: string; replaceConflicts: boolean },
): CommitResult {
  const sha256 = sha256Of(bytes);
  return writeTransaction(db, (tx) => {
    // Analysed inside the transaction so the preview cannot go stale between read and write.
    const { parsed, classified } = analyse(tx, bytes, options);
    if (parsed.errors.length > 0) {
      const first = parsed.errors[0];
      const message = kpiIssueText(first);
      throw new ImportRefused(
        vt('valKpiParse.refused', {
          count: parsed.errors.length,
          first: first.line > 0 ? vt('valKpiParse.lineFirst', { line: String(first.line), message }) : message,
        }),
      );
    }
    const conflicts = classified.filter((r) => r.status === 'conflict');
    const toWrite = classified.filter((r) => r.status === 'new' || r.status === 'replaces_demo' || (r.status === 'conflict' && options.replaceConflicts));
    const result: CommitResult = {
      importId: null,
      inserted: classified.filter((r) => r.status === 'new').length,
      replacedDemo: classified.filter((r) => r.status === 'replaces_demo').length,
      replacedConflicts: options.replaceConflicts ? conflicts.length : 0,
      keptConflicts: options.replaceConflicts ? 0 : conflicts.length,
      unchanged: classified.filter((r) => r.status === 'unchanged').length,
    };
    if (toWrite.length === 0) return result;
    const importId = insertImport(tx, {
      filename,
      sha256,
      format: parsed.format ?? 'okänt',
      rowCount: toWrite.length,
      importedBy: options.actorId,
      importedAt: options.at,
    });
    upsertValues(
      tx,
      toWrite.map((r) => ({ kommunkod: r.kommunkod, kpi: r.kpi, year: r.year, value: r.value, isDemo: false, importId })),
    );
    appendAudit(tx, {
      actorId: options.actorId,
      action: 'indicators.imported',
      entity: 'indicator_import',
      entityId: importId,
      before: options.replaceConflicts && conflicts.length > 0 ? { replaced: conflicts.slice(0, PREVIEW_LIMIT).map((c) => [c.kommunkod, c.kpi, c.year, c.current]) } : null,
      after: { filename, sha256, format: parsed.format, inserted: result.inserted, replacedDemo: result.replacedDemo, replacedConflicts: result.replacedConflicts, keptConflicts: result.keptConflicts, unchanged: result.unchanged },
      at: options.at,
    });
    return { ...result, importId };
  });
}

/** The largest year a file may hold: the current calendar year. */
export const currentMaxYear = (now = new Date()) => now.getUTCFullYear();
