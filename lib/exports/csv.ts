/**
 * CSV for Swedish Excel, decided once for every organiser export:
 * - UTF-8 with a byte-order mark (Excel otherwise reads å ä ö as Latin-1);
 * - `;` between fields and CRLF between rows (Swedish Excel's list separator is `;`);
 * - numbers with a decimal comma (63,25) and no thousands separator, so Excel in Swedish
 *   reads them as numbers; the JSON export has plain JSON numbers for programs;
 * - a field is quoted when it holds `;`, `"`, a comma, CR or LF; quotes are doubled;
 * - a TEXT field starting with = + - @ (or a tab / CR) gets a leading apostrophe, so a
 *   spreadsheet shows it as text and never runs it as a formula (CSV injection). Numbers we
 *   format ourselves are not touched, so -1,5 stays a number.
 * Empty cell = missing value (never 0).
 */

export type CsvValue = string | number | boolean | null | undefined;

export const CSV_BOM = '\uFEFF';
export const CSV_SEPARATOR = ';';
export const CSV_NEWLINE = '\r\n';

/** 63.25 → "63,25"; whole numbers stay whole; up to 6 decimals, trailing zeros dropped. */
export function csvNumber(n: number): string {
  if (!Number.isFinite(n)) return '';
  const fixed = Number.isInteger(n) ? String(n) : n.toFixed(6).replace(/0+$/, '').replace(/\.$/, '');
  return fixed.replace('.', ',');
}

/** One CSV field, escaped and neutralised as described above. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return csvNumber(value);
  if (typeof value === 'boolean') return value ? 'ja' : 'nej';
  let s = value;
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[;",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One CSV line (with its CRLF). */
export function csvLine(values: readonly CsvValue[]): string {
  return values.map(csvField).join(CSV_SEPARATOR) + CSV_NEWLINE;
}
