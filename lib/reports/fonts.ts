import path from 'node:path';

/**
 * The one place that knows which fonts every generated PDF embeds.
 *
 * DejaVu Sans covers å ä ö (and the rest of Latin-1/Latin Extended), is freely
 * licensed and ships as plain TTF files in the `dejavu-fonts-ttf` package.
 *
 * Paths are built from process.cwd(), which is the project root in every way we
 * run code (tsx seeds, vitest, `next dev`, `next start`). require.resolve and
 * import.meta.url are deliberately not used: Next's server bundling rewrites
 * them and the font would then be looked for inside `.next/`.
 *
 * pdfkit's built-in Helvetica must never be used: it is a standard-14 font with
 * WinAnsi encoding and no embedded glyphs, so å ä ö come out mangled in many
 * viewers and in text extraction. Note that pdfkit loads the Helvetica AFM
 * metrics already when a PDFDocument is constructed (initFonts() defaults to
 * 'Helvetica'). Avoid that by passing `font: FONT_REGULAR` in the constructor
 * options, then call registerFonts(doc) and use the names 'Body' and 'Bold':
 *
 *   const doc = new PDFDocument({ font: FONT_REGULAR, autoFirstPage: false });
 *   registerFonts(doc);
 *   doc.font('Bold').text('Årsredovisning');
 */
const FONT_DIR = path.join(process.cwd(), 'node_modules', 'dejavu-fonts-ttf', 'ttf');

/** DejaVu Sans, absolute path. */
export const FONT_REGULAR = path.join(FONT_DIR, 'DejaVuSans.ttf');

/** DejaVu Sans Bold, absolute path. */
export const FONT_BOLD = path.join(FONT_DIR, 'DejaVuSans-Bold.ttf');

/**
 * Registers the embedded fonts as 'Body' and 'Bold' and makes 'Body' current.
 *
 * Performance note (pdfkit 0.20): doc.font('Body') opens the file again and
 * only then notices that a font with the same PostScript name is already loaded
 * (it is: the constructor's `font: FONT_REGULAR`), and it does so without caching
 * the result under 'Body'. Every later doc.font('Body') would re-read and re-parse
 * the 750 kB TTF (~25 ms each; a 300-page document took 12 s). So the loaded
 * instance is cached under the registered name here. If a future pdfkit changes
 * its internals this degrades to the slow path, never to wrong output.
 */
export function registerFonts(doc: PDFKit.PDFDocument): void {
  doc.registerFont('Body', FONT_REGULAR);
  doc.registerFont('Bold', FONT_BOLD);
  doc.font('Body');
  const internals = doc as unknown as { _font?: unknown; _fontFamilies?: Record<string, unknown> };
  if (internals._font && internals._fontFamilies && !internals._fontFamilies.Body) {
    internals._fontFamilies.Body = internals._font;
  }
}
