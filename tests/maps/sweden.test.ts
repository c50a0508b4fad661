import { describe, expect, it } from 'vitest';
import { MAP_HEIGHT, MAP_MISSING_FILL, MAP_WIDTH, fillFor, municipalityShapes } from '@/lib/maps/sweden';
import { readMunicipalities } from '@/seeds/municipalities';

describe('the map of Sweden', () => {
  const shapes = municipalityShapes();
  const byCode = new Map(shapes.map((s) => [s.kommunkod, s]));

  it('has one drawable shape for each of the 290 municipalities in the official list', () => {
    const official = readMunicipalities().map((m) => m.kommunkod);
    expect(shapes.map((s) => s.kommunkod)).toEqual(official);
    for (const s of shapes) expect(s.d, s.kommunkod).toMatch(/^M[\d.,LZM-]+/);
  });

  it('puts every municipality inside the drawing and the north at the top', () => {
    for (const s of shapes) {
      expect(s.centroid[0]).toBeGreaterThan(0);
      expect(s.centroid[0]).toBeLessThan(MAP_WIDTH);
      expect(s.centroid[1]).toBeGreaterThan(0);
      expect(s.centroid[1]).toBeLessThan(MAP_HEIGHT);
    }
    const kiruna = byCode.get('2584')!;
    const malmo = byCode.get('1280')!;
    const stockholm = byCode.get('0180')!;
    const goteborg = byCode.get('1480')!;
    expect(kiruna.centroid[1]).toBeLessThan(stockholm.centroid[1]);
    expect(stockholm.centroid[1]).toBeLessThan(malmo.centroid[1]);
    expect(goteborg.centroid[0]).toBeLessThan(stockholm.centroid[0]); // west of
  });

  it('is small enough to send as SVG', () => {
    const bytes = shapes.reduce((n, s) => n + s.d.length, 0);
    expect(bytes).toBeLessThan(150_000);
  });

  it('colours the 0–100 scale in five classes and missing data in its own grey', () => {
    expect(fillFor(null)).toBe(MAP_MISSING_FILL);
    expect(fillFor(undefined)).toBe(MAP_MISSING_FILL);
    expect(fillFor(Number.NaN)).toBe(MAP_MISSING_FILL);
    const classes = [0, 20, 20.1, 40, 59.9, 60, 80, 80.5, 100].map(fillFor);
    expect(new Set(classes).size).toBe(5);
    expect(fillFor(0)).toBe(fillFor(20));
    expect(fillFor(0)).not.toBe(MAP_MISSING_FILL);
    expect(fillFor(100)).toBe(fillFor(80.5));
  });
});
