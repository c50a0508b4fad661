import { describe, expect, it } from 'vitest';
import { screeningMapMarkup, screeningMapSvg } from '@/lib/screening/map-svg';
import { MAP_MISSING_FILL, fillFor, municipalityShapes } from '@/lib/maps/sweden';

describe('the screening page map markup', () => {
  const shapes = municipalityShapes();
  const [a, b, c] = shapes.map((s) => s.kommunkod);
  const names = { [a]: 'Ale & <Berg> "By"', [b]: 'Habo' };
  const markup = screeningMapMarkup({ [a]: 12.34, [b]: 95 }, names, [b, c]);

  it('draws every municipality once, coloured by its value, with its name and value as the tooltip (escaped)', () => {
    expect(markup.match(/data-kommunkod="/g)).toHaveLength(shapes.length);
    expect(markup).toContain(`fill="${fillFor(12.34)}" data-kommunkod="${a}"><title>Ale &amp; &lt;Berg&gt; &quot;By&quot;: 12,3</title>`);
    expect(markup).toContain(`fill="${fillFor(95)}" data-kommunkod="${b}"><title>Habo: 95</title>`);
    // no value: the grey of "inga data", never the lowest class; no name: the code
    expect(markup).toContain(`fill="${MAP_MISSING_FILL}" data-kommunkod="${c}"><title>${c}: inga data</title>`);
  });

  it('outlines exactly the highlighted municipalities', () => {
    expect([...markup.matchAll(/data-markerad="(\d{4})"/g)].map((m) => m[1]).sort()).toEqual([b, c].sort());
    expect(screeningMapMarkup({}, {}, [])).not.toContain('data-markerad');
  });

  it('as a standalone SVG document with its title', () => {
    const svg = screeningMapSvg({}, {}, [], 'Samlat <index>');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 \d+ \d+"/);
    expect(svg).toContain('<title>Samlat &lt;index&gt;</title>');
    expect(svg.endsWith('</svg>')).toBe(true);
  });
});
