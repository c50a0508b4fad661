import PDFDocument from 'pdfkit';
import { DEFAULT_LOCALE, type Locale } from '@/i18n/config';
import { pdfTranslator } from './i18n';
import { initialFont, registerFonts } from './fonts';
import { pdfSpeedUpsEnabled, speedUp } from './pdf-speed';

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
    font: initialFont(),
    size: 'A4',
    bufferPages: true,
    autoFirstPage: true,
    margins: { ...MARGIN },
    lang: info.locale === 'en' ? 'en-GB' : 'sv-SE',
    displayTitle: true,
    info: { Title: info.title, Subject: info.subject ?? '', Author: 'Sveriges KvalitetsKommun', CreationDate: info.createdAt, ModDate: info.createdAt },
  });
  speedUp(doc);
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
  if (!writeOneLine(doc, text, doc.page.margins.left, contentWidth(doc), 0)) doc.text(text, doc.page.margins.left, doc.y, { width: contentWidth(doc) });
  doc.moveDown(level === 1 ? 0.5 : 0.25);
  doc.font('Body').fillColor(COLORS.text);
}

export function paragraph(doc: Pdf, text: string, opts: { size?: number; color?: string; bold?: boolean; indent?: number } = {}): void {
  const x = doc.page.margins.left + (opts.indent ?? 0);
  const width = contentWidth(doc) - (opts.indent ?? 0);
  doc
    .font(opts.bold ? 'Bold' : 'Body')
    .fontSize(opts.size ?? 10)
    .fillColor(opts.color ?? COLORS.text);
  if (!writeOneLine(doc, text, x, width, 1.5)) doc.text(text, x, doc.y, { width, lineGap: 1.5 });
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
  // Each cell is measured once per row (for its height and for its alignment when drawn).
  const measure = (cells: readonly string[], bold: boolean, fontSize = size) => {
    doc.font(bold ? 'Bold' : 'Body').fontSize(fontSize);
    const line = doc.currentLineHeight(true);
    const w = cells.map((cell) => doc.widthOfString(cell));
    let h = line;
    cells.forEach((cell, i) => {
      if (w[i] > widths[i] - 2 * pad) h = Math.max(h, doc.heightOfString(cell, { width: widths[i] - 2 * pad }));
    });
    return { h: h + 2 * pad, w };
  };
  const drawRow = (cells: readonly string[], m: { h: number; w: readonly number[] }, y: number, bold: boolean, fill: string | null, fontSize = size) => {
    if (fill) doc.rect(left, y, contentWidth(doc), m.h).fill(fill);
    doc.font(bold ? 'Bold' : 'Body').fontSize(fontSize).fillColor(COLORS.text);
    let x = left;
    let oneLine: { text: string; x: number; y: number }[] = [];
    cells.forEach((cell, i) => {
      const inner = widths[i] - 2 * pad;
      const w = m.w[i];
      if (w <= inner && !cell.includes('\n')) {
        // One line: placed by hand (pdfkit aligns only text that goes through its line wrapper).
        const align = columns[i].align ?? 'left';
        const dx = align === 'right' ? inner - w : align === 'center' ? (inner - w) / 2 : 0;
        oneLine.push({ text: cell, x: x + pad + dx, y: y + pad });
      } else {
        writeLines(doc, oneLine);
        oneLine = [];
        doc.text(cell, x + pad, y + pad, { width: inner, align: columns[i].align ?? 'left' });
      }
      x += widths[i];
    });
    writeLines(doc, oneLine);
  };
  const header = columns.map((c) => c.header);
  // Headers a half point smaller, so column names fit their columns without breaking words.
  const headerSize = size - 0.5;
  const headerM = measure(header, true, headerSize);
  const headerH = headerM.h;
  const drawHeader = () => {
    const y = doc.y;
    drawRow(header, headerM, y, true, null, headerSize);
    doc.moveTo(left, y + headerH).lineTo(left + contentWidth(doc), y + headerH).lineWidth(0.8).strokeColor(COLORS.brand).stroke();
    doc.y = y + headerH + 1;
  };
  ensureSpace(doc, headerH + 20);
  drawHeader();
  rows.forEach((cells, index) => {
    const bold = opts.boldRows?.has(index) ?? false;
    const m = measure(cells, bold);
    if (doc.y + m.h > bottomLimit(doc)) {
      doc.addPage();
      drawHeader();
    }
    const y = doc.y;
    drawRow(cells, m, y, bold, index % 2 === 1 ? COLORS.band : null);
    doc.y = y + m.h;
  });
  doc.x = left;
  doc.moveDown(0.6);
}

type GlyphPosition = { xAdvance: number; xOffset: number; yOffset: number; advanceWidth: number };
type EmbeddedFontInternals = { id: string; ascender: number; ref(): unknown; encode(text: string): [string[], GlyphPosition[]] };
type DocInternals = { _font: EmbeddedFontInternals; _fontSize: number; page: { fonts: Record<string, unknown>; height: number }; addContent(data: string): unknown };

/** pdfkit's number formatting in content streams. */
const num = (n: number) => Math.round(n * 1e6) / 1e6;

/**
 * One-line texts in the current font, size and colour, each with its top-left corner at (x, y):
 * the operators pdfkit writes for `doc.text(text, x, y, { lineBreak: false })`, but all of them
 * in one text object instead of one graphics state, transformation and text object per text.
 * A table of 290 rows has about 5,000 such cells; this is most of its cost otherwise.
 */
function writeLines(doc: Pdf, items: readonly { text: string; x: number; y: number }[]): void {
  const texts = items.filter((item) => item.text.length > 0);
  if (texts.length === 0) return;
  const d = doc as unknown as DocInternals;
  const font = d._font;
  const size = d._fontSize;
  const page = d.page;
  if (page.fonts[font.id] == null) page.fonts[font.id] = font.ref();
  const scale = size / 1000;
  const dy = (font.ascender / 1000) * size;
  doc.save();
  doc.transform(1, 0, 0, -1, 0, page.height);
  d.addContent('BT');
  d.addContent(`/${font.id} ${num(size)} Tf`);
  for (const item of texts) {
    const y = page.height - item.y - dy;
    d.addContent(`1 0 0 1 ${num(item.x)} ${num(y)} Tm`);
    showText(d, item.text, item.x, y, scale);
  }
  d.addContent('ET');
  doc.restore();
}

/**
 * The text-showing operators pdfkit's _fragment writes for one text whose origin is (x, y) in PDF
 * space, after its Tm: runs of glyphs in TJ with the kerning adjustments between them, and a new
 * Tm around glyphs that are offset.
 */
function showText(d: DocInternals, text: string, x0: number, y: number, scale: number): void {
  const [encoded, positions] = d._font.encode(text);
  let x = x0;
  const commands: string[] = [];
  let last = 0;
  let hadOffset = false;
  const addSegment = (cur: number) => {
    if (last < cur) {
      const advance = positions[cur - 1].xAdvance - positions[cur - 1].advanceWidth;
      commands.push(`<${encoded.slice(last, cur).join('')}> ${num(-advance)}`);
    }
    last = cur;
  };
  const flush = (i: number) => {
    addSegment(i);
    if (commands.length > 0) {
      d.addContent(`[${commands.join(' ')}] TJ`);
      commands.length = 0;
    }
  };
  let i = 0;
  for (; i < positions.length; i++) {
    const pos = positions[i];
    if (pos.xOffset || pos.yOffset) {
      flush(i);
      d.addContent(`1 0 0 1 ${num(x + pos.xOffset * scale)} ${num(y + pos.yOffset * scale)} Tm`);
      flush(i + 1);
      hadOffset = true;
    } else {
      if (hadOffset) {
        d.addContent(`1 0 0 1 ${num(x)} ${num(y)} Tm`);
        hadOffset = false;
      }
      if (pos.xAdvance - pos.advanceWidth !== 0) addSegment(i + 1);
    }
    x += pos.xAdvance * scale;
  }
  flush(i);
}

/** Characters that make pdfkit break a line or hyphenate: such texts go through its line wrapper. */
const BREAKS = /[\n\r\u000B\u000C\u0085\u2028\u2029\u00AD]/;
/** Room kept at the right edge: a word-by-word sum (pdfkit's) can exceed the whole text's width by a kerning pair. */
const SLACK = 3;

/**
 * `doc.text(text, x, doc.y, { width, lineGap })` for a text that fits on one line, with the same
 * operators, position and cursor afterwards, without pdfkit's line wrapper (it breaks the text into
 * words with the Unicode line-breaking algorithm and measures each, most of the cost of the
 * report's ~5,000 short paragraphs and headings). Returns false, having written nothing, when the
 * text may need more than one line or a new page: the caller then lets pdfkit lay it out.
 */
function writeOneLine(doc: Pdf, text: string, x: number, width: number, lineGap: number): boolean {
  const d = doc as unknown as DocInternals & { _wrapper?: unknown; _textOptions?: unknown; _lineGap?: number; x: number; y: number; page: { margins: { bottom: number } } };
  if (!pdfSpeedUpsEnabled() || !text || d._wrapper || d._textOptions || BREAKS.test(text) || typeof d._font?.encode !== 'function') return false;
  const lineHeight = doc.currentLineHeight(true);
  // pdfkit starts a new page when the line does not fit above the bottom margin.
  if (doc.y + lineHeight > d.page.height - d.page.margins.bottom - 0.01) return false;
  if (doc.widthOfString(text) > width - SLACK) return false;
  const font = d._font;
  const size = d._fontSize;
  const page = d.page;
  const y = doc.y;
  doc.save();
  doc.transform(1, 0, 0, -1, 0, page.height);
  const py = page.height - y - (font.ascender / 1000) * size;
  if (page.fonts[font.id] == null) page.fonts[font.id] = font.ref();
  d.addContent('BT');
  d.addContent(`1 0 0 1 ${num(x)} ${num(py)} Tm`);
  d.addContent(`/${font.id} ${num(size)} Tf`);
  showText(d, text, x, py, size / 1000);
  d.addContent('ET');
  doc.restore();
  doc.x = x;
  doc.y = y + lineHeight + (lineGap || d._lineGap || 0);
  return true;
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
