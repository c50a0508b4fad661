/**
 * One-off: turns ../shared/data/kommuner.geojson (okfse/sweden-geojson) into the
 * small committed seeds/kommuner.topo.json the map draws from. Topology-preserving
 * simplification (neighbours keep a shared border), quantised coordinates, only the
 * kommunkod kept as a property. Run: npx tsx seeds/tools/simplify-map.ts SOURCE
 */
import fs from 'node:fs';
import path from 'node:path';
import type { FeatureCollection } from 'geojson';
import { quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';

const source = process.argv[2] ?? path.join('..', 'shared', 'data', 'kommuner.geojson');
const geo = JSON.parse(fs.readFileSync(source, 'utf8')) as FeatureCollection;
// d3-geo reads polygons on the sphere: an exterior ring must run clockwise, or the
// shape means "the whole globe except this". The source follows RFC 7946 (counter-
// clockwise), so every ring is turned: exteriors clockwise, holes counter-clockwise.
type Ring = number[][];
const signedArea = (ring: Ring) => ring.reduce((a, [x, y], i) => { const [x2, y2] = ring[(i + 1) % ring.length]; return a + (x * y2 - x2 * y); }, 0) / 2;
const orient = (rings: Ring[]) => rings.map((r, i) => ((i === 0 ? signedArea(r) > 0 : signedArea(r) < 0) ? [...r].reverse() : r));
for (const f of geo.features) {
  f.properties = { id: String(f.properties?.id) };
  const g = f.geometry;
  if (g.type === 'Polygon') g.coordinates = orient(g.coordinates);
  else if (g.type === 'MultiPolygon') g.coordinates = g.coordinates.map(orient);
}
let topo = topology({ kommuner: geo }, 1e4) as unknown as Parameters<typeof presimplify>[0];
topo = presimplify(topo);
topo = simplify(topo, quantile(topo, 0.55));
// presimplify adds each point's weight as a third coordinate; the map needs x, y only.
for (const arc of topo.arcs) for (const point of arc) point.length = 2;
// presimplify also undoes the quantisation: quantise again (delta-encoded integers).
topo = quantize(topo, 1e4);
const out = path.join('seeds', 'kommuner.topo.json');
fs.writeFileSync(out, JSON.stringify(topo));
console.log(`${out}: ${(fs.statSync(out).size / 1024).toFixed(0)} KB, ${geo.features.length} kommuner`);
