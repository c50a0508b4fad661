/**
 * Sweden's 290 municipalities as SVG paths, projected once on the server (d3-geo,
 * transverse Mercator centred on 15° E like SWEREF 99 TM), so a map page sends
 * plain SVG and no map library to the browser. Boundaries: seeds/kommuner.topo.json
 * (simplified from okfse/sweden-geojson; see seeds/README.md).
 */
import { geoPath, geoTransverseMercator } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import topo from '@/seeds/kommuner.topo.json';

export const MAP_WIDTH = 300;
export const MAP_HEIGHT = 660;

export type MunicipalityShape = { kommunkod: string; d: string; centroid: [number, number] };

let cached: MunicipalityShape[] | null = null;

/** One path per municipality in a MAP_WIDTH × MAP_HEIGHT box, sorted by kommunkod. */
export function municipalityShapes(): MunicipalityShape[] {
  if (cached) return cached;
  const t = topo as unknown as Topology<{ kommuner: GeometryCollection<{ id: string }> }>;
  const collection = feature(t, t.objects.kommuner) as FeatureCollection<Geometry, { id: string }>;
  const projection = geoTransverseMercator().rotate([-15, 0]).fitExtent([[4, 4], [MAP_WIDTH - 4, MAP_HEIGHT - 4]], collection);
  const path = geoPath(projection).digits(1);
  cached = collection.features
    .map((f: Feature<Geometry, { id: string }>) => ({ kommunkod: f.properties.id, d: path(f) ?? '', centroid: path.centroid(f) as [number, number] }))
    .sort((a, b) => (a.kommunkod < b.kommunkod ? -1 : 1));
  return cached;
}

/** Five classes for a 0–100 index (quintiles of the scale), light to dark; AA against white text where dark. */
export const MAP_CLASSES = [
  { upTo: 20, fill: '#eef5fb', label: '0–20' },
  { upTo: 40, fill: '#bcd8ee', label: '20–40' },
  { upTo: 60, fill: '#7fb2dc', label: '40–60' },
  { upTo: 80, fill: '#3a7fba', label: '60–80' },
  { upTo: 100, fill: '#0b4f86', label: '80–100' },
] as const;
export const MAP_MISSING_FILL = '#d4d4d8';

/** The fill of a value on the 0–100 scale; missing data has its own grey, never the lowest class. */
export function fillFor(value: number | null | undefined): string {
  if (value == null || !Number.isFinite(value)) return MAP_MISSING_FILL;
  return (MAP_CLASSES.find((c) => value <= c.upTo) ?? MAP_CLASSES[MAP_CLASSES.length - 1]).fill;
}
