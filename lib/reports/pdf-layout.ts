import PDFDocument from 'pdfkit';
import { DEFAULT_LOCALE, type Locale } from '@/i18n/config';
import { pdfTranslator } from './i18n';
import { FONT_REGULAR, registerFonts } from './fonts';

/**
 * Shared layout of the reports: an A4 document with DejaVu embedded, headings, paragraphs,
 * tables that repeat their header on every page, and running headers with "Sida X av N"
 * written once every page exists (pages are buffered).
 */

export const COLORS = { brand: '#1f3a5f', text: '#222222', muted: '#555555', rule: '#c7ced8', band: '#eef2f7' } as const;
export const MARGIN = { top: 64, bottom: 60, left: 56, right: 56 } as const;

export type Pdf = PDFKit.PDFDocument;

/** A new buffered A4 document and the promise of its bytes (resolved after doc.end()). */
export function createPdf(info: { title: string; createdAt: Date; subject?: string; locale?: Locale }): { doc: Pdf; done: Promise<Buffer> } {
  const doc = new PDFDocument({
    font: FONT_REGULAR,
    size: 'A4',
    bufferPages: true,
    autoFirstPage: true,
    margins: { ...MARGIN },
    lang: info.locale === 'en' ? 'en-GB' : 'sv-SE',
    displayTitle: true,
    info: { Title: info.title, Subject: info.subject ?? '', Author: 'Sveriges KvalitetsKommun', CreationDate: info.createdAt, ModDate: info.createdAt },
  });
  registerFonts(doc);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, done };
}

export const contentWidth = (doc: Pdf) => doc.page.width - doc.page.margins.left - doc.page.margins.right;
const bottomLimit = (doc: Pdf) => doc.page.height - doc.page.margins.bottom;

/** Starts a new page unless at least `space` points are left on this one. */
export function ensureSpace(doc: Pdf, space: number): void {
  if (doc.y + space > bottomLimit(doc)) doc.addPage();
}

export function heading(doc: Pdf, text: string, level: 1 | 2 | 3 = 1): void {
  const size = level === 1 ? 16 : level === 2 ? 12.5 : 10.5;
  ensureSpace(doc, size * 4);
  if (level === 1) doc.moveDown(0.2);
  doc.font('Bold').fontSize(size).fillColor(level === 3 ? COLORS.text : COLORS.brand);
  doc.text(text, doc.page.margins.left, doc.y, { width: contentWidth(doc) });
  doc.moveDown(level === 1 ? 0.5 : 0.25);
  doc.font('Body').fillColor(COLORS.text);
}

export function paragraph(doc: Pdf, text: string, opts: { size?: number; color?: string; bold?: boolean; indent?: number } = {}): void {
  doc
    .font(opts.bold ? 'Bold' : 'Body')
    .fontSize(opts.size ?? 10)
    .fillColor(opts.color ?? COLORS.text)
    .text(text, doc.page.margins.left + (opts.indent ?? 0), doc.y, { width: contentWidth(doc) - (opts.indent ?? 0), lineGap: 1.5 });
  doc.moveDown(0.35);
}

/** "Label: value" lines, the label bold. */
export function facts(doc: Pdf, items: readonly { label: string; value: string }[]): void {
  for (const f of items) {
    doc.font('Bold').fontSize(10).fillColor(COLORS.text).text(`${f.label}: `, doc.page.margins.left, doc.y, { continued: true, width: contentWidth(doc) });
    doc.font('Body').text(f.value);
  }
  doc.moveDown(0.5);
}

export type Column = { header: string; width: number; align?: 'left' | 'right' | 'center' };

/**
 * A table: widths are relative (scaled to the content width), the header row is repeated
 * on each new page, rows wrap their text and never split across pages, alternate rows banded.
 */
export function table(doc: Pdf, columns: readonly Column[], rows: readonly string[][], opts: { size?: number; boldRows?: ReadonlySet<number> } = {}): void {
  const size = opts.size ?? 8.5;
  const pad = 3;
  const widths = fitWidths(doc, columns, rows, size, pad);
  const left = doc.page.margins.left;
  // Most cells fit on one line: measuring their width is much cheaper than laying them out,
  // so only the cells that wrap go through heightOfString (and through the line wrapper when drawn).
  const fits = (cell: string, i: number) => doc.widthOfString(cell) <= widths[i] - 2 * pad;
  const rowHeight = (cells: readonly string[], bold: boolean, fontSize = size) => {
    doc.font(bold ? 'Bold' : 'Body').fontSize(fontSize);
    const line = doc.currentLineHeight(true);
    let h = line;
    cells.forEach((cell, i) => {
      if (!fits(cell, i)) h = Math.max(h, doc.heightOfString(cell, { width: widths[i] - 2 * pad }));
    });
    return h + 2 * pad;
  };
  const drawRow = (cells: readonly string[], y: number, h: number, bold: boolean, fill: string | null, fontSize = size) => {
    if (fill) doc.rect(left, y, contentWidth(doc), h).fill(fill);
    doc.font(bold ? 'Bold' : 'Body').fontSize(fontSize).fillColor(COLORS.text);
    let x = left;
    cells.forEach((cell, i) => {
      const inner = widths[i] - 2 * pad;
      const w = doc.widthOfString(cell);
      if (w <= inner) {
        // One line: placed by hand (pdfkit aligns only text that goes through its line wrapper).
        const align = columns[i].align ?? 'left';
        const dx = align === 'right' ? inner - w : align === 'center' ? (inner - w) / 2 : 0;
        doc.text(cell, x + pad + dx, y + pad, { lineBreak: false });
      } else doc.text(cell, x + pad, y + pad, { width: inner, align: columns[i].align ?? 'left' });
      x += widths[i];
    });
  };
  const header = columns.map((c) => c.header);
  // Headers a half point smaller, so column names fit their columns without breaking words.
  const headerSize = size - 0.5;
  const headerH = rowHeight(header, true, headerSize);
  const drawHeader = () => {
    const y = doc.y;
    drawRow(header, y, headerH, true, null, headerSize);
    doc.moveTo(left, y + headerH).lineTo(left + contentWidth(doc), y + headerH).lineWidth(0.8).strokeColor(COLORS.brand).stroke();
    doc.y = y + headerH + 1;
  };
  ensureSpace(doc, headerH + 20);
  drawHeader();
  rows.forEach((cells, index) => {
    const bold = opts.boldRows?.has(index) ?? false;
    const h = rowHeight(cells, bold);
    if (doc.y + h > bottomLimit(doc)) {
      doc.addPage();
      drawHeader();
    }
    const y = doc.y;
    drawRow(cells, y, h, bold, index % 2 === 1 ? COLORS.band : null);
    doc.y = y + h;
  });
  doc.x = left;
  doc.moveDown(0.6);
}

/**
 * Column widths: the relative widths scaled to the page, then widened where a column's longest
 * word (header or cell) would not fit — pdfkit would otherwise break the word in the middle —
 * taking the room from the columns with slack, in proportion to it.
 */
function fitWidths(doc: Pdf, columns: readonly Column[], rows: readonly string[][], size: number, pad: number): number[] {
  const total = columns.reduce((s, c) => s + c.width, 0);
  const widths = columns.map((c) => (c.width / total) * contentWidth(doc));
  const longestWord = (texts: Iterable<string>, font: 'Body' | 'Bold', fontSize: number) => {
    doc.font(font).fontSize(fontSize);
    let max = 0;
    for (const t of texts) for (const w of t.split(/\s+/)) if (w) max = Math.max(max, doc.widthOfString(w));
    return max;
  };
  const need = columns.map((c, i) => Math.max(longestWord([c.header.replace(/\u00AD/g, '')], 'Bold', size - 0.5), longestWord(new Set(rows.map((r) => r[i] ?? '')), 'Body', size)) + 2 * pad + 0.5);
  const deficit = widths.reduce((s, w, i) => s + Math.max(0, need[i] - w), 0);
  const slack = widths.reduce((s, w, i) => s + Math.max(0, w - need[i]), 0);
  if (deficit <= 0 || slack <= 0) return widths;
  const take = Math.min(1, deficit / slack);
  return widths.map((w, i) => (need[i] > w ? need[i] : w - (w - need[i]) * take));
}

/**
 * Writes the running header (except on the pages listed in `skip`) and "Sida X av N" in the
 * footer of every buffered page. Call once, after all content and before doc.end().
 */
export function finishPages(doc: Pdf, headerText: string, opts: { skipHeader?: ReadonlySet<number>; locale?: Locale } = {}): void {
  const t = pdfTranslator(opts.locale ?? DEFAULT_LOCALE, 'pdfCommon');
  const range = doc.bufferedPageRange();
  const total = range.count;
  for (let i = range.start; i < range.start + total; i++) {
    doc.switchToPage(i);
    const { left, right, bottom } = doc.page.margins;
    const width = doc.page.width - left - right;
    doc.page.margins.bottom = 0;
    if (!opts.skipHeader?.has(i)) {
      doc.font('Body').fontSize(8).fillColor(COLORS.muted).text(headerText, left, 30, { width, lineBreak: false, ellipsis: true });
      doc.moveTo(left, 44).lineTo(left + width, 44).lineWidth(0.5).strokeColor(COLORS.rule).stroke();
    }
    doc.font('Body').fontSize(8).fillColor(COLORS.muted).text(t('page', { page: i - range.start + 1, total }), left, doc.page.height - 38, { width, align: 'center', lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
}
