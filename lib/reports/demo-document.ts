import PDFDocument from 'pdfkit';
import { createRandom, pick, randomInt, shuffled, type Random } from '@/lib/domain/random';
import { FONT_REGULAR, registerFonts } from './fonts';
import {
  CLOSING_NOTE,
  DEMO_MARKER,
  DOCUMENT_KINDS,
  EXTRA_TOPICS,
  PLACE_NAMES,
  PLACE_PREFIXES,
  TOPICS,
  type TopicKey,
} from './demo-text';

/**
 * Fictitious but plausible Swedish steering documents (styrdokument) for the demo
 * cycle and for benchmarks. Deterministic: the same input gives a byte-identical
 * PDF, and `pages` holds the text of each page exactly as drawn, so callers can
 * store page texts without extracting them again.
 *
 * Layout is done here, not by pdfkit's automatic text flow: every block is
 * measured before it is drawn and every text call gets an explicit `height`, so
 * pdfkit can never add a page on its own and the page texts always match the PDF.
 */

export type DemoDocumentType = 'vision' | 'mal_och_budget' | 'kvalitetspolicy' | 'arsredovisning' | 'uppfoljning' | 'ovrigt';

export const DEMO_DOCUMENT_TYPES: readonly DemoDocumentType[] = [
  'vision',
  'mal_och_budget',
  'kvalitetspolicy',
  'arsredovisning',
  'uppfoljning',
  'ovrigt',
];

export type DemoDocumentInput = {
  /** Short name as in the official list, e.g. "Habo" or "Upplands Väsby". */
  municipalityName: string;
  kommunkod: string;
  type: DemoDocumentType;
  year: number;
  seed: number;
  /** Number of pages, 1–300. Default: 3–6, depending on seed and type. */
  pages?: number;
};

export type DemoDocument = {
  pdf: Buffer;
  /** The text of each page as drawn: one line per drawn text item, paragraphs unwrapped. */
  pages: string[];
  /** E.g. "Mål och budget 2026 – Habo kommun". */
  title: string;
};

export const MAX_DEMO_PAGES = 300;

/** "Habo" → "Habo kommun"; "Gotland" → "Region Gotland"; names already ending in kommun/stad are kept. */
export function municipalityDisplayName(name: string): string {
  const trimmed = name.trim();
  if (/\s(kommun|stad)$/i.test(trimmed) || /^Region\s/.test(trimmed)) return trimmed;
  if (trimmed === 'Gotland') return 'Region Gotland';
  return `${trimmed} kommun`;
}

function shortName(name: string): string {
  return name
    .trim()
    .replace(/\s(kommun|stad)$/i, '')
    .replace(/^Region\s+/, '');
}

export type TemplateContext = {
  kommun: string;
  ort: string;
  year: number;
  visionYear: number;
  date: string;
  places: readonly string[];
};

/** Fills the placeholders described in demo-text.ts. Throws on an unknown placeholder. */
export function fillTemplate(template: string, ctx: TemplateContext, random: Random): string {
  return template.replace(/\{([^{}]+)\}/g, (_, token: string) => {
    switch (token) {
      case 'kommun':
        return ctx.kommun;
      case 'ort':
        return ctx.ort;
      case 'år':
        return String(ctx.year);
      case 'år-1':
        return String(ctx.year - 1);
      case 'år+1':
        return String(ctx.year + 1);
      case 'år+2':
        return String(ctx.year + 2);
      case 'år+3':
        return String(ctx.year + 3);
      case 'visionsår':
        return String(ctx.visionYear);
      case 'datum':
        return ctx.date;
      case 'område':
        return pick(random, ctx.places);
    }
    const m = /^(n|d|hundra):(\d+(?:\.\d+)?)-(\d+(?:\.\d+)?)$/.exec(token);
    if (!m) throw new Error(`Unknown placeholder {${token}} in demo text`);
    const [lo, hi] = [Number(m[2]), Number(m[3])];
    if (m[1] === 'd') return (Math.round((lo + random() * (hi - lo)) * 10) / 10).toFixed(1).replace('.', ',');
    const n = lo + randomInt(random, hi - lo + 1);
    return m[1] === 'n' ? String(n) : groupThousands(n * 100);
  });
}

function groupThousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

/** FNV-1a, to mix every input into the PRNG seed. */
function hashSeed(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const BASE_PAGES: Record<DemoDocumentType, number> = {
  vision: 3,
  mal_och_budget: 4,
  kvalitetspolicy: 3,
  arsredovisning: 4,
  uppfoljning: 3,
  ovrigt: 3,
};

/** The fixed adoption date of each kind, derived from the year only: [year offset, month (0-based), day]. */
const ADOPTED: Record<DemoDocumentType, [number, number, number]> = {
  vision: [0, 5, 14],
  mal_och_budget: [-1, 10, 24],
  kvalitetspolicy: [0, 2, 17],
  arsredovisning: [1, 2, 10],
  uppfoljning: [0, 9, 12],
  ovrigt: [0, 4, 22],
};

// ---------------------------------------------------------------------------
// Layout (points, A4 portrait)

const PAGE_WIDTH = 595.28;
const PAGE_HEIGHT = 841.89;
const MARGIN_X = 64;
const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X;
const HEADER_Y = 32;
const CONTENT_TOP = 76;
const CONTENT_BOTTOM = PAGE_HEIGHT - 66;
const FOOTER_Y = PAGE_HEIGHT - 44;
const BLOCK_GAP = 7;
const HEADING_GAP_BEFORE = 12;
const HEADING_GAP_AFTER = 6;
const CALLOUT_PAD = 8;
const BULLET_INDENT = 14;

const ACCENT = '#1f3a5f';
const MARKER_RED = '#a4262c';

type Style = { font: 'Body' | 'Bold'; size: number; color: string; lineGap: number };

const STYLE = {
  body: { font: 'Body', size: 10.5, color: '#222222', lineGap: 2.5 },
  heading: { font: 'Bold', size: 14, color: ACCENT, lineGap: 1 },
  title: { font: 'Bold', size: 20, color: ACCENT, lineGap: 2 },
  subtitle: { font: 'Body', size: 12.5, color: '#333333', lineGap: 2 },
  meta: { font: 'Body', size: 8.5, color: '#666666', lineGap: 1 },
  marker: { font: 'Bold', size: 8.5, color: MARKER_RED, lineGap: 0 },
  running: { font: 'Body', size: 8.5, color: '#666666', lineGap: 0 },
  label: { font: 'Bold', size: 10, color: ACCENT, lineGap: 1 },
  item: { font: 'Body', size: 10, color: '#222222', lineGap: 2 },
  note: { font: 'Body', size: 8, color: '#666666', lineGap: 1.5 },
} satisfies Record<string, Style>;

/** A shuffled pile of templates, drawn without replacement within a round. */
class Deck {
  private items: string[] = [];
  private next = 0;
  constructor(
    private readonly source: readonly string[],
    private readonly random: Random,
  ) {
    this.refill();
  }
  refill(): void {
    this.items = shuffled(this.random, this.source);
    this.next = 0;
  }
  get remaining(): number {
    return this.items.length - this.next;
  }
  take(n: number): string[] {
    const out = this.items.slice(this.next, this.next + n);
    this.next += out.length;
    return out;
  }
  giveBack(n: number): void {
    this.next = Math.max(0, this.next - n);
  }
}

type Decks = { sentences: Deck; goals: Deck; indicators: Deck };

/** Draws onto the current page, measuring first, and records the text of everything drawn. */
class PageWriter {
  readonly lines: string[] = [];
  y = CONTENT_TOP;

  constructor(private readonly doc: PDFKit.PDFDocument) {}

  private use(style: Style): void {
    this.doc.font(style.font).fontSize(style.size).fillColor(style.color);
  }

  measure(style: Style, text: string, width = CONTENT_WIDTH): number {
    this.use(style);
    return this.doc.heightOfString(text, { width, lineGap: style.lineGap });
  }

  /** Draws text at an absolute position; `height` stops pdfkit from ever adding a page. */
  put(style: Style, text: string, x: number, y: number, width: number, align: 'left' | 'right' | 'center' = 'left'): void {
    this.use(style);
    this.doc.text(text, x, y, { width, align, lineGap: style.lineGap, height: PAGE_HEIGHT - y });
    this.lines.push(text);
  }

  /** Draws a block of text at the cursor and moves the cursor below it. */
  flow(style: Style, text: string, gapAfter: number, measured?: number): void {
    const h = measured ?? this.measure(style, text);
    this.put(style, text, MARGIN_X, this.y, CONTENT_WIDTH);
    this.y += h + gapAfter;
  }

  rule(y: number, color = '#c8d2dc'): void {
    this.doc
      .save()
      .moveTo(MARGIN_X, y)
      .lineTo(PAGE_WIDTH - MARGIN_X, y)
      .lineWidth(0.6)
      .strokeColor(color)
      .stroke()
      .restore();
  }

  header(kommun: string): void {
    this.put(STYLE.marker, DEMO_MARKER, MARGIN_X, HEADER_Y, CONTENT_WIDTH / 2);
    this.put(STYLE.running, kommun, MARGIN_X + CONTENT_WIDTH / 2, HEADER_Y, CONTENT_WIDTH / 2, 'right');
    this.rule(HEADER_Y + 16);
  }

  footer(left: string, pageNo: number, pageCount: number): void {
    this.rule(FOOTER_Y - 8);
    this.put(STYLE.running, left, MARGIN_X, FOOTER_Y, CONTENT_WIDTH * 0.7);
    this.put(STYLE.running, `Sida ${pageNo} av ${pageCount}`, MARGIN_X + CONTENT_WIDTH * 0.7, FOOTER_Y, CONTENT_WIDTH * 0.3, 'right');
  }

  titleBlock(title: string, subtitle: string, meta: string): void {
    this.flow(STYLE.title, title, 6);
    this.flow(STYLE.subtitle, subtitle, 6);
    this.flow(STYLE.meta, meta, 10);
    this.rule(this.y, ACCENT);
    this.y += 18;
  }

  calloutHeight(text: string): number {
    const width = CONTENT_WIDTH - 2 * CALLOUT_PAD - 3;
    const h = this.measure(STYLE.body, text, width) + 2 * CALLOUT_PAD - STYLE.body.lineGap;
    return h;
  }

  drawCallout(text: string, h: number): void {
    this.doc.save();
    this.doc.rect(MARGIN_X, this.y, CONTENT_WIDTH, h).fill('#eef3f8');
    this.doc.rect(MARGIN_X, this.y, 3, h).fill(ACCENT);
    this.doc.restore();
    this.put(STYLE.body, text, MARGIN_X + 3 + CALLOUT_PAD, this.y + CALLOUT_PAD, CONTENT_WIDTH - 2 * CALLOUT_PAD - 3);
    this.y += h + BLOCK_GAP;
  }

  indicatorsHeight(items: string[]): number {
    let h = this.measure(STYLE.label, 'Indikatorer') + 3;
    for (const item of items) h += this.measure(STYLE.item, item, CONTENT_WIDTH - BULLET_INDENT) + 2;
    return h;
  }

  drawIndicators(items: string[]): void {
    this.flow(STYLE.label, 'Indikatorer', 3);
    for (const item of items) {
      const h = this.measure(STYLE.item, item, CONTENT_WIDTH - BULLET_INDENT);
      this.use(STYLE.item);
      this.doc.text('•', MARGIN_X + 3, this.y, { width: BULLET_INDENT, lineGap: STYLE.item.lineGap, height: PAGE_HEIGHT - this.y });
      this.put(STYLE.item, item, MARGIN_X + BULLET_INDENT, this.y, CONTENT_WIDTH - BULLET_INDENT);
      // The page text records the item as "• text", matching what a reader (and pdftotext) sees.
      this.lines[this.lines.length - 1] = `• ${item}`;
      this.y += h + 2;
    }
    this.y += BLOCK_GAP - 2;
  }
}

type Section = { topic: TopicKey | 'intro' };

/** Which sections go on which page: page 1 has the introduction and the first plan topic. */
function planPages(pageCount: number, plan: readonly TopicKey[], random: Random): Section[][] {
  const intro: Section = { topic: 'intro' };
  const rest = plan.slice(1).map((topic): Section => ({ topic }));
  if (pageCount === 1) return [[intro, ...plan.map((topic): Section => ({ topic }))]];
  const pages: Section[][] = [[intro, { topic: plan[0] }]];
  const others = pageCount - 1;
  if (others < rest.length) {
    for (let p = 0; p < others; p++) {
      pages.push(rest.slice(Math.floor((p * rest.length) / others), Math.floor(((p + 1) * rest.length) / others)));
    }
    return pages;
  }
  for (const s of rest) pages.push([s]);
  let cycle: TopicKey[] = [];
  while (pages.length < pageCount) {
    if (cycle.length === 0) cycle = [...shuffled(random, EXTRA_TOPICS), ...shuffled(random, plan)];
    pages.push([{ topic: cycle.shift() as TopicKey }]);
  }
  return pages;
}

/** The order of block kinds in a section: p = paragraph, c = goal callout, i = indicator list. */
type BlockKind = 'p' | 'c' | 'i';
const INTRO_PATTERN: readonly BlockKind[] = ['p', 'p', 'p', 'p'];
const SECTION_PATTERNS: readonly (readonly BlockKind[])[] = [
  ['p', 'c', 'p', 'i', 'p', 'p', 'c', 'p', 'p', 'p'],
  ['p', 'p', 'i', 'c', 'p', 'p', 'p', 'c', 'p', 'p'],
  ['p', 'i', 'p', 'c', 'p', 'p', 'p', 'p', 'c', 'p'],
];

export async function generateDemoDocument(input: DemoDocumentInput): Promise<DemoDocument> {
  const { type, year } = input;
  const kind = DOCUMENT_KINDS[type];
  if (!kind) throw new Error(`Unknown document type: ${String(type)}`);
  if (!Number.isInteger(year) || year < 1900 || year > 2200) throw new RangeError(`Invalid year: ${year}`);
  if (input.pages !== undefined && (!Number.isInteger(input.pages) || input.pages < 1 || input.pages > MAX_DEMO_PAGES)) {
    throw new RangeError(`pages must be an integer from 1 to ${MAX_DEMO_PAGES}`);
  }

  const random = createRandom(
    hashSeed([input.seed, input.kommunkod, type, year, input.municipalityName].join('\u0000')),
  );
  const defaultPages = BASE_PAGES[type] + randomInt(random, 3);
  const pageCount = input.pages ?? defaultPages;

  const kommun = municipalityDisplayName(input.municipalityName);
  const [dy, month, day] = ADOPTED[type];
  const adopted = new Date(Date.UTC(year + dy, month, day, 9, 0, 0));
  const places = shuffled(random, PLACE_NAMES)
    .slice(0, 4)
    .map((p, i) => (i % 2 === 1 ? `${pick(random, PLACE_PREFIXES)} ${p}` : p));
  const ctx: TemplateContext = {
    kommun,
    ort: shortName(input.municipalityName),
    year,
    visionYear: Math.ceil((year + 6) / 5) * 5,
    date: adopted.toISOString().slice(0, 10),
    places,
  };
  const fill = (template: string) => fillTemplate(template, ctx, random);

  const shortTitle = fill(pick(random, kind.title));
  const title = `${shortTitle} – ${kommun}`;
  const subtitle = fill(pick(random, kind.subtitle));
  const meta = fill(pick(random, kind.meta));

  const decks = new Map<TopicKey | 'intro', Decks>();
  const decksFor = (topic: TopicKey | 'intro'): Decks => {
    let d = decks.get(topic);
    if (!d) {
      const src = topic === 'intro' ? { sentences: kind.introSentences, goals: [], indicators: [] } : TOPICS[topic];
      d = {
        sentences: new Deck(src.sentences, random),
        goals: new Deck(src.goals, random),
        indicators: new Deck(src.indicators, random),
      };
      decks.set(topic, d);
    } else if (d.sentences.remaining < 6) {
      d.sentences.refill();
      d.goals.refill();
      d.indicators.refill();
    }
    return d;
  };

  const doc = new PDFDocument({
    // Never let pdfkit load its default Helvetica (see fonts.ts).
    font: FONT_REGULAR,
    autoFirstPage: false,
    size: 'A4',
    lang: 'sv-SE',
    displayTitle: true,
    info: {
      Title: title,
      Author: kommun,
      Subject: `${DEMO_MARKER}: demodokument för juryplattformen Sveriges KvalitetsKommun`,
      Keywords: `demodata, ${type}, ${input.kommunkod}`,
      Creator: 'Sveriges KvalitetsKommun – juryplattformen',
      Producer: 'PDFKit',
      // Fixed dates: pdfkit derives the trailer /ID from the info dictionary
      // (md5 of CreationDate and all entries), so fixed dates make the whole file deterministic.
      CreationDate: adopted,
      ModDate: adopted,
    },
  });
  registerFonts(doc);
  const chunks: Buffer[] = [];
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const layout = planPages(pageCount, kind.plan, random);
  const pages: string[] = [];
  let sectionNo = 0;

  for (let p = 0; p < pageCount; p++) {
    doc.addPage({ size: 'A4', margins: { top: 20, bottom: 20, left: MARGIN_X, right: MARGIN_X } });
    const w = new PageWriter(doc);
    w.header(kommun);
    if (p === 0) w.titleBlock(title, subtitle, meta);
    const isLast = p === pageCount - 1;
    const note = isLast ? fill(CLOSING_NOTE) : '';
    const noteHeight = isLast ? w.measure(STYLE.note, note) : 0;
    const bottom = isLast ? CONTENT_BOTTOM - noteHeight - 12 : CONTENT_BOTTOM;
    const contentStart = w.y;

    const sections = layout[p];
    sections.forEach((section, j) => {
      const budget = w.y + (bottom - w.y) / (sections.length - j);
      const d = decksFor(section.topic);
      const headingText = section.topic === 'intro' ? pick(random, kind.introHeadings) : pick(random, TOPICS[section.topic].headings);
      const heading = `${sectionNo + 1}. ${headingText}`;
      const gapBefore = w.y > contentStart ? HEADING_GAP_BEFORE : 0;
      const headingHeight = w.measure(STYLE.heading, heading);
      const minBody = 3 * (w.measure(STYLE.body, 'Å') - STYLE.body.lineGap / 2);
      if (w.y + gapBefore + headingHeight + HEADING_GAP_AFTER + minBody > bottom) return;
      sectionNo++;
      w.y += gapBefore;
      w.flow(STYLE.heading, heading, HEADING_GAP_AFTER);

      const pattern = section.topic === 'intro' ? INTRO_PATTERN : pick(random, SECTION_PATTERNS);
      /** Draws one block of kind k if it fits above `limitY`; false if it does not (or the topic ran out). */
      const tryBlock = (k: BlockKind, limitY: number): boolean => {
        const limit = limitY - w.y;
        if (k === 'p') {
          const taken = d.sentences.take(3 + randomInt(random, 3));
          const filled = taken.map(fill);
          for (let n = filled.length; n >= 1; n--) {
            const text = filled.slice(0, n).join(' ');
            const h = w.measure(STYLE.body, text);
            if (h <= limit) {
              d.sentences.giveBack(taken.length - n);
              w.flow(STYLE.body, text, BLOCK_GAP, h);
              return true;
            }
          }
          d.sentences.giveBack(taken.length);
          return false;
        }
        if (k === 'c') {
          const [goal] = d.goals.take(1);
          if (goal === undefined) return false;
          const text = fill(goal);
          const h = w.calloutHeight(text);
          if (h <= limit) {
            w.drawCallout(text, h);
            return true;
          }
          d.goals.giveBack(1);
          return false;
        }
        const taken = d.indicators.take(2 + randomInt(random, 3));
        const filled = taken.map(fill);
        for (let n = filled.length; n >= 1; n--) {
          if (w.indicatorsHeight(filled.slice(0, n)) <= limit) {
            d.indicators.giveBack(taken.length - n);
            w.drawIndicators(filled.slice(0, n));
            return true;
          }
        }
        d.indicators.giveBack(taken.length);
        return false;
      };

      // Blocks stay within the section's share of the page; only a section's first
      // block may use the rest of the page, so that no heading is left without text.
      let drawn = 0;
      let misses = 0;
      for (const k of pattern) {
        const ok = tryBlock(k, budget) || (drawn === 0 && tryBlock(k, bottom));
        if (ok) {
          drawn++;
          misses = 0;
        } else if (++misses >= 2) break;
      }
    });

    if (isLast) w.put(STYLE.note, note, MARGIN_X, CONTENT_BOTTOM - noteHeight, CONTENT_WIDTH);
    w.footer(shortTitle, p + 1, pageCount);
    pages.push(w.lines.join('\n'));
  }

  doc.end();
  return { pdf: await finished, pages, title };
}
