import { MAP_CLASSES, MAP_HEIGHT, MAP_MISSING_FILL, MAP_WIDTH, fillFor, municipalityShapes } from '@/lib/maps/sweden';

type Props = {
  /** What the colours show, e.g. "Samlat index per kommun". */
  title: string;
  /** A sentence for screen readers pointing to the table that holds the same figures. */
  description: string;
  /** Value 0–100 per kommunkod; missing or null = "inga data". */
  values: Record<string, number | null | undefined>;
  names: Record<string, string>;
  /** Municipalities drawn with a thick outline (the proposed nominees). */
  highlighted: readonly string[];
};

const escapeXml = (s: string) => s.replace(/[&<>"]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[ch]!);
// One formatter: toLocaleString builds a new Intl.NumberFormat on every call, which costs more than the rest of the map.
const ONE_DECIMAL = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1 });
const format = (v: number) => ONE_DECIMAL.format(v);

/** The SVG's inside: one path per municipality with its name and value as a tooltip, then the outlines of the highlighted. */
export function screeningMapMarkup(values: Props['values'], names: Props['names'], highlighted: readonly string[]): string {
  const shapes = municipalityShapes();
  const parts: string[] = ['<g stroke="#ffffff" stroke-width="0.3">'];
  for (const s of shapes) {
    const v = values[s.kommunkod];
    const label = `${names[s.kommunkod] ?? s.kommunkod}: ${v == null ? 'inga data' : format(v)}`;
    parts.push(`<path d="${s.d}" fill="${fillFor(v)}" data-kommunkod="${s.kommunkod}"><title>${escapeXml(label)}</title></path>`);
  }
  parts.push('</g>');
  if (highlighted.length > 0) {
    const marked = new Set(highlighted);
    parts.push('<g fill="none" stroke="#b45309" stroke-width="1.4">');
    for (const s of shapes) if (marked.has(s.kommunkod)) parts.push(`<path d="${s.d}" data-markerad="${s.kommunkod}"></path>`);
    parts.push('</g>');
  }
  return parts.join('');
}

/** The last run's markup, kept: a stored run never changes, so the 290 paths are built once per run, not per request. */
let memo: { key: string; markup: string } | null = null;

/**
 * The screening page's map of the 290 municipalities: the same server-rendered SVG and
 * legend as components/maps/sweden-map.tsx, but its paths go to React as one prebuilt
 * string (kept per run), so a request does not build and serialise 600 elements.
 */
export function ScreeningMap({ runKey, title, description, values, names, highlighted }: Props & { runKey: string }) {
  if (memo?.key !== runKey) memo = { key: runKey, markup: screeningMapMarkup(values, names, highlighted) };
  const id = 'karta';
  return (
    <figure className="max-w-sm">
      <svg viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`} role="img" aria-labelledby={`${id}-titel ${id}-besk`} className="h-auto w-full">
        <title id={`${id}-titel`}>{title}</title>
        <desc id={`${id}-besk`}>{description}</desc>
        <g dangerouslySetInnerHTML={{ __html: memo.markup }} />
      </svg>
      <figcaption className="mt-2 text-sm text-slate-700">
        <ul className="flex flex-wrap gap-x-3 gap-y-1" aria-label="Teckenförklaring">
          {MAP_CLASSES.map((c) => (
            <li key={c.label} className="flex items-center gap-1">
              <span aria-hidden="true" className="inline-block h-3 w-4 border border-slate-400" style={{ background: c.fill }} />
              {c.label}
            </li>
          ))}
          <li className="flex items-center gap-1">
            <span aria-hidden="true" className="inline-block h-3 w-4 border border-slate-400" style={{ background: MAP_MISSING_FILL }} />
            inga data
          </li>
          {highlighted.length > 0 ? (
            <li className="flex items-center gap-1">
              <span aria-hidden="true" className="inline-block h-3 w-4 border-2" style={{ borderColor: '#b45309' }} />
              föreslagen
            </li>
          ) : null}
        </ul>
        <p className="mt-1">Kommungränser: okfse/sweden-geojson, efter Valmyndighetens öppna data (förenklade).</p>
      </figcaption>
    </figure>
  );
}
