/**
 * Cheaper bookkeeping for pdfkit 0.20 documents, with the same bytes out (issue 12).
 *
 * Profiling the 40-page jury report showed most of its time outside the layout itself:
 *
 * - pdfkit turns every content operator ("BT", "1 0 0 1 x y Tm", "[<…>] TJ", …) into its own
 *   Uint8Array the moment it is written (PDFReference.write → fromBinaryString). A 40-page report
 *   writes ~60,000 of them; allocating and later concatenating them was a third of the time as
 *   garbage collection. Here a page's operators are kept as strings and converted once, when the
 *   page's content stream ends: the same bytes in the same order, one allocation per page.
 *
 * - Every text drawn or measured went through EmbeddedFont.layout, which joins the cached runs of
 *   a text's words with Array.concat (a new array per word: quadratic in the words of a line) and
 *   then, in encode, formats each glyph's id as hex again. The same runs are joined here with push,
 *   the hex of a glyph is kept per document (its subset id is the document's), a text's encoding
 *   is kept for the document, and a text's width is kept for the process (it depends only on the
 *   parsed font, which the documents share, see fonts.ts).
 *
 * - Each document encoded its font subsets (fontkit builds a TrueType file of the glyphs used) at
 *   the end. The subset of the same glyphs in the same order is the same file: it is kept for the
 *   process, keyed by the parsed font and the glyph list (the next download of a report reuses it).
 *
 * Only pdfkit's internals are touched, and only where they are as described; if a later pdfkit
 * changes them this degrades to pdfkit's own (slower) path, never to different output.
 */
import type { Pdf } from './pdf-layout';

type ContentRef = {
  write(chunk: string | Uint8Array): void;
  end(chunk?: string | Uint8Array): void;
  buffer: unknown;
};
type PageInternals = { content?: ContentRef };

/** Keeps the page's content operators as strings until the content stream ends. */
function bufferContent(page: PageInternals): void {
  const ref = page.content;
  if (!ref || typeof ref.write !== 'function' || typeof ref.end !== 'function' || !Array.isArray(ref.buffer)) return;
  const write = ref.write.bind(ref);
  const end = ref.end.bind(ref);
  let pending: string[] = [];
  const flush = () => {
    if (pending.length === 0) return;
    // pdfkit writes each string chunk followed by a newline, one byte per UTF-16 unit (& 0xff):
    // exactly what latin1 encoding does.
    const text = pending.join('\n') + '\n';
    pending = [];
    write(Buffer.from(text, 'latin1'));
  };
  ref.write = (chunk) => {
    if (typeof chunk === 'string') pending.push(chunk);
    else {
      flush();
      write(chunk);
    }
  };
  ref.end = (chunk) => {
    if (chunk) ref.write(chunk);
    flush();
    end();
  };
}

type Glyph = { id: number; advanceWidth: number; codePoints: number[] };
type Position = Record<string, number>;
type Run = { glyphs: Glyph[]; positions: Position[]; advanceWidth: number };
type Layout = { glyphs: Glyph[] | null; positions: Position[] | null; advanceWidth: number };
type EmbeddedFont = {
  font: object;
  scale: number;
  subset: { includeGlyph(id: number): number; encode?: () => Uint8Array; glyphs?: number[]; mapping?: Record<number, number> };
  widths: number[];
  unicode: (number[] | undefined)[];
  layoutCached(text: string): Run;
  layout(text: string, features?: unknown, onlyWidth?: boolean): Layout;
  encode(text: string, features?: unknown): [string[], Position[]];
  widthOfString(text: string, size: number, features?: unknown): number;
  __kkFast?: true;
};

/** Widths of whole texts per parsed font (font units × pdfkit's scale), for every document. Bounded. */
const widthsByFont = new WeakMap<object, Map<string, number>>();
const WIDTH_CACHE_LIMIT = 50_000;

/**
 * Encoded font subsets per parsed font, by their glyph list, with the list and mapping as encoding
 * left them (it adds the components of composite glyphs such as å ä ö). Bounded.
 */
type EncodedSubset = { bytes: Uint8Array; glyphs: number[]; mapping: Record<number, number> };
const subsetsByFont = new WeakMap<object, Map<string, EncodedSubset>>();
const SUBSET_CACHE_LIMIT = 32;

/** The subset's encode, kept by its glyph list (a pure function of the font and the glyphs, in order). */
function cacheSubset(font: EmbeddedFont): void {
  const subset = font.subset;
  const encode = subset.encode;
  if (typeof encode !== 'function' || !Array.isArray(subset.glyphs) || typeof subset.mapping !== 'object') return;
  let known = subsetsByFont.get(font.font);
  if (!known) subsetsByFont.set(font.font, (known = new Map()));
  const cache = known;
  subset.encode = function () {
    const key = (subset.glyphs as number[]).join(',');
    const hit = cache.get(key);
    if (hit) {
      subset.glyphs = [...hit.glyphs];
      subset.mapping = { ...hit.mapping };
      return hit.bytes.slice();
    }
    const bytes = encode.call(subset);
    if (cache.size >= SUBSET_CACHE_LIMIT) cache.delete(cache.keys().next().value!);
    cache.set(key, { bytes: bytes.slice(), glyphs: [...(subset.glyphs as number[])], mapping: { ...(subset.mapping as Record<number, number>) } });
    return bytes;
  };
}

const isSpace = (code: number) => code === 32 || code === 9;

/** pdfkit's layout, the words' runs joined with push instead of concat (same glyphs, positions and width). */
function joinRuns(font: EmbeddedFont, text: string, onlyWidth: boolean): Layout {
  const glyphs: Glyph[] | null = onlyWidth ? null : [];
  const positions: Position[] | null = onlyWidth ? null : [];
  let advanceWidth = 0;
  let last = 0;
  let index = 0;
  // As pdfkit: a run ends after each space or tab, and at the end of the text.
  while (index <= text.length) {
    if ((index === text.length && last < index) || (index < text.length && isSpace(text.charCodeAt(index)))) {
      const run = font.layoutCached(text.slice(last, ++index));
      if (glyphs && positions) {
        for (const g of run.glyphs) glyphs.push(g);
        for (const p of run.positions) positions.push(p);
      }
      advanceWidth += run.advanceWidth;
      last = index;
    } else {
      index++;
    }
  }
  return { glyphs, positions, advanceWidth };
}

function fastFont(font: EmbeddedFont): void {
  if (font.__kkFast || typeof font.layoutCached !== 'function' || typeof font.encode !== 'function' || !font.subset || !font.widths || !font.unicode || !font.font) return;
  const { layout, encode, widthOfString } = font;
  let widths = widthsByFont.get(font.font);
  if (!widths) widthsByFont.set(font.font, (widths = new Map()));
  const hexOf = new Map<number, string>();
  const encoded = new Map<string, [string[], Position[]]>();
  font.layout = function (text, features, onlyWidth) {
    if (features) return layout.call(this, text, features, onlyWidth);
    return joinRuns(this, text, onlyWidth === true);
  };
  font.widthOfString = function (text, size, features) {
    if (features) return widthOfString.call(this, text, size, features);
    let w = widths.get(text);
    if (w === undefined) {
      w = joinRuns(this, text, true).advanceWidth;
      if (widths.size >= WIDTH_CACHE_LIMIT) widths.clear();
      widths.set(text, w);
    }
    return w * (size / 1000);
  };
  font.encode = function (text, features) {
    if (features) return encode.call(this, text, features);
    const known = encoded.get(text);
    if (known) return known;
    const { glyphs, positions } = joinRuns(this, text, false) as { glyphs: Glyph[]; positions: Position[] };
    const hex: string[] = new Array(glyphs.length);
    for (let i = 0; i < glyphs.length; i++) {
      const glyph = glyphs[i];
      let h = hexOf.get(glyph.id);
      if (h === undefined) {
        // As pdfkit's encode, once per glyph of this document (what it sets is only set when unset).
        const gid = this.subset.includeGlyph(glyph.id);
        h = `0000${gid.toString(16)}`.slice(-4);
        hexOf.set(glyph.id, h);
        if (this.widths[gid] == null) this.widths[gid] = glyph.advanceWidth * this.scale;
        if (this.unicode[gid] == null) this.unicode[gid] = glyph.codePoints;
      }
      hex[i] = h;
    }
    const result: [string[], Position[]] = [hex, positions];
    encoded.set(text, result);
    return result;
  };
  cacheSubset(font);
  font.__kkFast = true;
}

let enabled = true;

/**
 * Turns the speed-ups off (and on again) for the documents made afterwards, so a test can check
 * that pdfkit's own path makes the same bytes.
 */
export function setPdfSpeedUps(on: boolean): void {
  enabled = on;
}

/** Whether documents made now get the speed-ups (pdf-layout's one-line texts ask too). */
export function pdfSpeedUpsEnabled(): boolean {
  return enabled;
}

/** Applies the speed-ups to a new document: call right after constructing it, before any content. */
export function speedUp(doc: Pdf): void {
  if (!enabled) return;
  const internals = doc as unknown as { page?: PageInternals; _font?: EmbeddedFont; font: (...args: unknown[]) => unknown };
  if (internals._font) fastFont(internals._font);
  const font = internals.font;
  internals.font = function (this: typeof internals, ...args: unknown[]) {
    const out = font.apply(this, args);
    if (this._font && !this._font.__kkFast) fastFont(this._font);
    return out;
  };
  if (internals.page) bufferContent(internals.page);
  doc.on('pageAdded', () => {
    if (internals.page) bufferContent(internals.page);
  });
}
