/**
 * The screening map as SVG text, built on the server from the projected municipality
 * shapes (lib/maps/sweden.ts): one coloured path per municipality with its name and value
 * as a tooltip, the proposed nominees outlined.
 */
import { MAP_HEIGHT, MAP_WIDTH, fillFor, municipalityShapes } from '@/lib/maps/sweden';

type Props = {
  /** Value 0–100 per kommunkod; missing or null = "inga data". */
  values: Record<string, number | null | undefined>;
  names: Record<string, string>;
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

/** The map as a standalone SVG document (served by the screening page's map route, cached by the browser per run). */
export function screeningMapSvg(values: Props['values'], names: Props['names'], highlighted: readonly string[], title: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}" width="${MAP_WIDTH}" height="${MAP_HEIGHT}" role="img">` +
    `<title>${escapeXml(title)}</title>${screeningMapMarkup(values, names, highlighted)}</svg>`
  );
}
