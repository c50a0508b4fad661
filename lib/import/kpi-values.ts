/**
 * Parsing of key-figure files: Kolada API JSON and a plain CSV
 * (kommunkod,kpi,year,value). Pure: no file system, no clock — the allowed
 * year range and the known municipality codes and KPI ids are passed in.
 *
 * `line` in rows, errors and notices is the physical line number (1 = header)
 * for CSV, and the 1-based record number in the values array for JSON.
 * Line 0 means the file as a whole.
 *
 * Decisions:
 * - Three-digit kommunkod ("114") is padded to four digits ("0114"): Excel drops
 *   the leading zero of Stockholm county codes. Other lengths are errors.
 * - Codes starting with "00" are Riket (0000) and the regions (0001–0025) in
 *   Kolada: skipped with a notice, not an error.
 * - A missing value (JSON null, empty CSV field) is skipped with a notice.
 * - The same key twice with the same value is kept once (notice); with a
 *   different value it is an error on the later line and neither is imported.
 * - Values: decimal point or comma, spaces as thousands separators, "−" as minus.
 *
 * Errors and notices carry a code and its values (line, column count, the value read), no
 * sentence: `kpiIssueText` words them from the catalogue (messages/{sv,en}/validation.json,
 * valKpiParse) in the reader's language, Swedish outside a request (the command line).
 */
import { vt, type MessageParams, type ValKey } from '@/lib/i18n/validation';

export type KpiFileFormat = 'kolada-json' | 'csv';
export type ParsedRow = { kommunkod: string; kpi: string; year: number; value: number; line: number };
export type ParseErrorKind =
  | 'file'
  | 'record'
  | 'columns'
  | 'kommunkod_format'
  | 'unknown_kommunkod'
  | 'unknown_kpi'
  | 'year'
  | 'value'
  | 'duplicate';
/** What is wrong with a file or line (or worth a notice): a key of valKpiParse in the catalogue. */
export type KpiIssueCode =
  | 'excelZip'
  | 'utf16'
  | 'binary'
  | 'invalidUtf8'
  | 'unknownFormat'
  | 'kommunkodFormat'
  | 'nation'
  | 'region'
  | 'unknownKommunkod'
  | 'kpiMissing'
  | 'unknownKpi'
  | 'notAYear'
  | 'yearOutOfRange'
  | 'missingValue'
  | 'notANumber'
  | 'sameValue'
  | 'conflictingValue'
  | 'notJson'
  | 'notKolada'
  | 'koladaMetadata'
  | 'morePages'
  | 'recordFields'
  | 'recordNoTotal'
  | 'recordValue'
  | 'empty'
  | 'header'
  | 'unclosedQuote'
  | 'columns'
  | 'columnsDecimalComma';
/** The values a message names. Line numbers, years and ids as text (no digit grouping); a value read as a number is formatted in the reader's language. */
export type KpiIssueParams = Record<string, string | number>;
export type KpiIssue = { code: KpiIssueCode; params?: KpiIssueParams };
/** kpi is set for 'unknown_kpi' so the page can offer to add it to the catalogue. */
export type ParseError = KpiIssue & { line: number; kind: ParseErrorKind; kpi?: string };
export type ParseNotice = KpiIssue & { line: number; kind: 'missing_value' | 'not_municipality' | 'duplicate' | 'more_pages' };

/** An error or notice in the reader's language (Swedish outside a request's or an action's language). */
export function kpiIssueText(issue: KpiIssue): string {
  return vt(`valKpiParse.${issue.code}` as ValKey, issue.params as MessageParams | undefined);
}
export type ParseResult = { format: KpiFileFormat | null; rows: ParsedRow[]; errors: ParseError[]; notices: ParseNotice[] };
export type ParseOptions = {
  knownKommunkoder: ReadonlySet<string>;
  knownKpis: ReadonlySet<string>;
  /** Inclusive year range, e.g. 1990 to next year. */
  minYear?: number;
  maxYear: number;
};

export const DEFAULT_MIN_YEAR = 1990;
const EXPECTED_HEADER = 'kommunkod,kpi,year,value';

type Input = Uint8Array | ArrayBuffer | string;
export type DecodeResult = { ok: true; text: string } | { ok: false; code: 'excelZip' | 'utf16' | 'binary' | 'invalidUtf8'; line: number };

const bytesOf = (input: Uint8Array | ArrayBuffer) => (input instanceof Uint8Array ? input : new Uint8Array(input));
const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** Text of an upload, or why not (binary content, invalid or mixed encodings) as a code for a clear message. */
export function decodeText(input: Input): DecodeResult {
  if (typeof input === 'string') {
    if (input.includes('\u0000')) return { ok: false, line: lineAt(input, input.indexOf('\u0000')), code: 'binary' };
    const bad = input.indexOf('\uFFFD');
    if (bad >= 0) return { ok: false, line: lineAt(input, bad), code: 'invalidUtf8' };
    return { ok: true, text: input.replace(/^\uFEFF/, '') };
  }
  const b = bytesOf(input);
  if (b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04) {
    return { ok: false, line: 0, code: 'excelZip' };
  }
  if ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff)) {
    return { ok: false, line: 0, code: 'utf16' };
  }
  const nul = b.indexOf(0);
  if (nul >= 0) return { ok: false, line: countLines(b, nul), code: 'binary' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(b) }; // strips a UTF-8 BOM
  } catch {
    return { ok: false, line: firstInvalidLine(b), code: 'invalidUtf8' };
  }
}

function countLines(b: Uint8Array, end: number): number {
  let n = 1;
  for (let i = 0; i < end; i++) if (b[i] === 0x0a) n++;
  return n;
}

function firstInvalidLine(b: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let start = 0;
  for (let line = 1; start <= b.length; line++) {
    let end = b.indexOf(0x0a, start);
    if (end < 0) end = b.length;
    try {
      decoder.decode(b.subarray(start, end));
    } catch {
      return line;
    }
    start = end + 1;
  }
  return 0;
}

/** 'binary' for NUL bytes, zip/xlsx or UTF-16; JSON by its first character; CSV by a delimiter in the first line. */
export function detectFormat(input: Input): KpiFileFormat | 'binary' | 'unknown' {
  const decoded = decodeText(input);
  if (!decoded.ok) return decoded.code === 'invalidUtf8' ? 'unknown' : 'binary';
  const text = decoded.text.trimStart();
  if (text.startsWith('{') || text.startsWith('[')) return 'kolada-json';
  const first = text.split(/\r\n|\n|\r/, 1)[0] ?? '';
  return /[;,]/.test(first) ? 'csv' : 'unknown';
}

/** Decode, detect and parse an uploaded file. */
export function parseKpiFile(input: Input, options: ParseOptions): ParseResult {
  const decoded = decodeText(input);
  if (!decoded.ok) return { format: null, rows: [], notices: [], errors: [{ line: decoded.line, kind: 'file', code: decoded.code }] };
  const format = detectFormat(decoded.text);
  if (format === 'kolada-json') return parseKoladaJson(decoded.text, options);
  if (format === 'csv') return parseKpiCsv(decoded.text, options);
  return { format: null, rows: [], notices: [], errors: [{ line: 0, kind: 'file', code: 'unknownFormat', params: { header: EXPECTED_HEADER } }] };
}

/** Collects rows, errors and notices; validates fields shared by both formats. */
class Collector {
  rows: ParsedRow[] = [];
  errors: ParseError[] = [];
  notices: ParseNotice[] = [];
  private seen = new Map<string, { value: number; line: number }>();
  private conflicted = new Set<string>();
  constructor(private options: ParseOptions) {}

  error(line: number, kind: ParseErrorKind, code: KpiIssueCode, params?: KpiIssueParams, kpi?: string) {
    const error: ParseError = { line, kind, code };
    if (params) error.params = params;
    if (kpi !== undefined) error.kpi = kpi;
    this.errors.push(error);
  }

  /** value: a number, null/'' for missing, or a string to parse (CSV). */
  add(line: number, rawKommun: string, rawKpi: string, rawYear: string, rawValue: number | string | null) {
    let kommunkod = rawKommun.trim();
    if (/^\d{3}$/.test(kommunkod)) kommunkod = '0' + kommunkod;
    const before = this.errors.length;
    if (!/^\d{4}$/.test(kommunkod)) {
      this.error(line, 'kommunkod_format', 'kommunkodFormat', { code: kommunkod });
    } else if (kommunkod.startsWith('00')) {
      this.notices.push({ line, kind: 'not_municipality', code: kommunkod === '0000' ? 'nation' : 'region', params: { code: kommunkod } });
      return;
    } else if (!this.options.knownKommunkoder.has(kommunkod)) {
      this.error(line, 'unknown_kommunkod', 'unknownKommunkod', { code: kommunkod });
    }
    const kpi = this.options.knownKpis.has(rawKpi.trim()) ? rawKpi.trim() : rawKpi.trim().toUpperCase();
    if (kpi === '') this.error(line, 'unknown_kpi', 'kpiMissing');
    else if (!this.options.knownKpis.has(kpi)) {
      this.error(line, 'unknown_kpi', 'unknownKpi', { kpi }, kpi);
    }
    const minYear = this.options.minYear ?? DEFAULT_MIN_YEAR;
    const year = /^\d{4}$/.test(rawYear.trim()) ? Number(rawYear.trim()) : NaN;
    if (Number.isNaN(year)) this.error(line, 'year', 'notAYear', { value: rawYear.trim() });
    else if (year < minYear || year > this.options.maxYear) {
      this.error(line, 'year', 'yearOutOfRange', { year: String(year), min: String(minYear), max: String(this.options.maxYear) });
    }
    const value = typeof rawValue === 'string' ? parseDecimal(rawValue) : rawValue;
    if (rawValue === null || (typeof rawValue === 'string' && rawValue.trim() === '')) {
      if (this.errors.length === before) this.notices.push({ line, kind: 'missing_value', code: 'missingValue', params: { kpi, year: String(year), code: kommunkod } });
      return;
    }
    if (value === null || !Number.isFinite(value)) this.error(line, 'value', 'notANumber', { value: String(rawValue).trim() });
    if (this.errors.length > before || value === null) return;

    const key = `${kommunkod}|${kpi}|${year}`;
    const prior = this.seen.get(key);
    if (prior && prior.value === value) {
      this.notices.push({ line, kind: 'duplicate', code: 'sameValue', params: { line: String(prior.line) } });
    } else if (prior) {
      this.conflicted.add(key);
      this.error(line, 'duplicate', 'conflictingValue', { kpi, year: String(year), code: kommunkod, line: String(prior.line), value: prior.value });
    } else {
      this.seen.set(key, { value, line });
      this.rows.push({ kommunkod, kpi, year, value, line });
    }
  }

  result(format: KpiFileFormat): ParseResult {
    const rows = this.rows.filter((r) => !this.conflicted.has(`${r.kommunkod}|${r.kpi}|${r.year}`));
    return { format, rows, errors: this.errors, notices: this.notices };
  }
}

/** A decimal number with point or comma; spaces as thousands separators; null if not a number. */
export function parseDecimal(raw: string): number | null {
  const s = raw.trim().replace(/[\s\u00a0\u202f]/g, '').replace(/^\u2212/, '-');
  if (!/^[+-]?(\d+([.,]\d+)?|[.,]\d+)([eE][+-]?\d+)?$/.test(s)) return null;
  return Number(s.replace(',', '.'));
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isDataRecord = (x: unknown) =>
  isObject(x) && 'kpi' in x && 'municipality' in x && 'period' in x && Array.isArray(x.values);

/** Kolada API data (v2/v3): a bare array of records, or { count, values: [...], next_page }. */
export function parseKoladaJson(text: string, options: ParseOptions): ParseResult {
  const c = new Collector(options);
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    c.error(0, 'file', 'notJson', { detail: (e as Error).message });
    return c.result('kolada-json');
  }
  const records = Array.isArray(data) ? data : isObject(data) && Array.isArray(data.values) ? data.values : null;
  const looksLikeMetadata = records?.some((r) => isObject(r) && 'id' in r && 'title' in r) ?? false;
  if (!records || (records.length > 0 && !records.some(isDataRecord))) {
    c.error(0, 'file', looksLikeMetadata ? 'koladaMetadata' : 'notKolada');
    return c.result('kolada-json');
  }
  if (isObject(data) && typeof data.next_page === 'string' && data.next_page !== '') {
    c.notices.push({ line: 0, kind: 'more_pages', code: 'morePages' });
  }
  records.forEach((record: unknown, index: number) => {
    const line = index + 1;
    if (!isDataRecord(record)) return c.error(line, 'record', 'recordFields', { record: String(line) });
    const r = record as { kpi: unknown; municipality: unknown; period: unknown; values: unknown[] };
    const total = r.values.find((v) => isObject(v) && v.gender === 'T') as Record<string, unknown> | undefined;
    if (!total) return c.error(line, 'record', 'recordNoTotal', { record: String(line) });
    const value = total.value;
    if (value !== null && value !== undefined && typeof value !== 'number') {
      return c.error(line, 'value', 'recordValue', { value: JSON.stringify(value), record: String(line) });
    }
    c.add(line, String(r.municipality ?? ''), String(r.kpi ?? ''), String(r.period ?? ''), value ?? null);
  });
  return c.result('kolada-json');
}

/** Split one CSV line; fields may be double-quoted with "" as an escaped quote. Null on an unclosed quote. */
function splitCsvLine(line: string, delimiter: string): string[] | null {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) {
      out.push(field);
      field = '';
    } else field += ch;
  }
  if (quoted) return null;
  out.push(field);
  return out;
}

const HEADER_NAMES: Record<string, 'kommunkod' | 'kpi' | 'year' | 'value'> = {
  kommunkod: 'kommunkod', kommun: 'kommunkod', municipality: 'kommunkod',
  kpi: 'kpi', nyckeltal: 'kpi',
  year: 'year', 'år': 'year', period: 'year',
  value: 'value', 'värde': 'value',
};

/** CSV with a header line; comma or semicolon (detected from the header); UTF-8 with or without BOM; CRLF or LF. */
export function parseKpiCsv(text: string, options: ParseOptions): ParseResult {
  const c = new Collector(options);
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const headerIndex = lines.findIndex((l) => l.trim() !== '');
  if (headerIndex < 0) {
    c.error(0, 'file', 'empty');
    return c.result('csv');
  }
  const header = lines[headerIndex];
  const delimiter = (header.match(/;/g)?.length ?? 0) >= (header.match(/,/g)?.length ?? 0) ? ';' : ',';
  const names = (splitCsvLine(header, delimiter) ?? []).map((h) => HEADER_NAMES[h.trim().toLowerCase()]);
  const col = { kommunkod: names.indexOf('kommunkod'), kpi: names.indexOf('kpi'), year: names.indexOf('year'), value: names.indexOf('value') };
  if (names.length !== 4 || Object.values(col).some((i) => i < 0)) {
    c.error(headerIndex + 1, 'file', 'header', { header: EXPECTED_HEADER });
    return c.result('csv');
  }
  for (let i = headerIndex + 1; i < lines.length; i++) {
    const line = i + 1;
    if (lines[i].trim() === '') continue;
    const fields = splitCsvLine(lines[i], delimiter);
    if (!fields) {
      c.error(line, 'columns', 'unclosedQuote');
      continue;
    }
    if (fields.length !== 4) {
      c.error(line, 'columns', delimiter === ',' && fields.length === 5 ? 'columnsDecimalComma' : 'columns', { count: String(fields.length) });
      continue;
    }
    c.add(line, fields[col.kommunkod], fields[col.kpi], fields[col.year], fields[col.value]);
  }
  return c.result('csv');
}
