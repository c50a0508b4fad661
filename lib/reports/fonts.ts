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
 * The fonts parsed once per process, with pdfkit's cache of laid-out words. Shaping a word with
 * fontkit (OpenType features) is most of the cost of a text-heavy PDF, and pdfkit keeps its
 * word cache on the per-document font object, so every new document started cold: a
 * 40-page report shaped the same municipality names and figures again on every request.
 * A cached run holds glyphs of the shared fontkit font and positions that pdfkit only reads,
 * so documents that use the same parsed font can share it. Bounded: cleared when it grows large.
 */
type SharedFont = { font: object; layoutCache: Record<string, unknown>; size: () => number };
const shared = new Map<string, SharedFont>();
const LAYOUT_CACHE_LIMIT = 50_000;

/**
 * What to pass as the PDFDocument constructor's `font` option: the regular font already parsed
 * in this process (so the document shares its word cache), or the file the first time.
 */
export function initialFont(): string {
  return (shared.get(FONT_REGULAR)?.font ?? FONT_REGULAR) as string;
}

type EmbeddedFontInternals = { font?: object; layoutCache?: Record<string, unknown> };

/** Gives the document's current font the process-wide word cache when it uses the shared parsed font. */
function shareCurrentFont(doc: PDFKit.PDFDocument, file: string): void {
  const current = (doc as unknown as { _font?: EmbeddedFontInternals })._font;
  if (!current?.font || !current.layoutCache) return;
  const known = shared.get(file);
  if (!known) {
    const cache = current.layoutCache;
    shared.set(file, { font: current.font, layoutCache: cache, size: () => Object.keys(cache).length });
    return;
  }
  if (current.font !== known.font) return;
  if (known.size() > LAYOUT_CACHE_LIMIT) {
    const fresh: Record<string, unknown> = Object.create(null);
    known.layoutCache = fresh;
    known.size = () => Object.keys(fresh).length;
  }
  current.layoutCache = known.layoutCache;
}

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
 * The parsed fonts are kept for the process and later documents reuse them (see initialFont).
 */
export function registerFonts(doc: PDFKit.PDFDocument): void {
  doc.registerFont('Body', (shared.get(FONT_REGULAR)?.font ?? FONT_REGULAR) as string);
  doc.registerFont('Bold', (shared.get(FONT_BOLD)?.font ?? FONT_BOLD) as string);
  // Loading a font embeds nothing: only fonts used on a page end up in the file.
  doc.font('Bold');
  shareCurrentFont(doc, FONT_BOLD);
  doc.font('Body');
  const internals = doc as unknown as { _font?: unknown; _fontFamilies?: Record<string, unknown> };
  if (internals._font && internals._fontFamilies && !internals._fontFamilies.Body) {
    internals._fontFamilies.Body = internals._font;
  }
  shareCurrentFont(doc, FONT_REGULAR);
}
