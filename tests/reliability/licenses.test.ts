import { describe, expect, it } from 'vitest';
import { checkLicenses, componentsOfSbom, expressionAllowed } from '@/lib/licenses/policy';
import { main } from '@/lib/cli/licenses';

describe('expressionAllowed', () => {
  it.each([
    ['MIT', true],
    ['Apache-2.0', true],
    ['(MIT OR WTFPL)', true],
    ['(BSD-2-Clause OR MIT OR Apache-2.0)', true],
    ['Apache-2.0 AND MIT', true],
    ['MIT AND GPL-3.0-only', false],
    ['GPL-3.0-only OR AGPL-3.0-only', false],
    ['(GPL-2.0-only OR MIT) AND ISC', true],
    ['AGPL-3.0-or-later', false],
    ['SSPL-1.0', false],
    ['SEE LICENSE IN LICENSE.txt', false],
    ['(MIT', false],
    ['', false],
  ])('%s → %s', (expr, ok) => expect(expressionAllowed(expr)).toBe(ok));
});

describe('checkLicenses', () => {
  it('refuses a copyleft or missing licence and lets a reviewed exception through, naming each', () => {
    const sbom = {
      components: [
        { name: 'left-pad', version: '1.0.0', licenses: [{ license: { id: 'MIT' } }] },
        { name: 'copyleft', version: '2.0.0', licenses: [{ license: { id: 'GPL-3.0-only' } }] },
        { name: 'nothing', version: '0.1.0', licenses: [] },
        { name: 'dejavu-fonts-ttf', version: '2.37.3', licenses: [{ license: { name: 'SEE LICENSE IN README.md AND LICENSE' } }] },
        { name: 'parent', version: '1.0.0', licenses: [{ expression: 'MIT OR Apache-2.0' }], components: [{ name: 'nested', group: '@x', version: '3.0.0', licenses: [{ license: { id: 'AGPL-3.0-only' } }] }] },
      ],
    };
    const { refused, excepted } = checkLicenses(componentsOfSbom(sbom));
    expect(refused.map((r) => r.name)).toEqual(['copyleft', 'nothing', '@x/nested']);
    expect(refused[0].reason).toMatch(/GPL-3.0-only/);
    expect(refused[1].reason).toMatch(/ingen licens/);
    expect(excepted.map((e) => e.name)).toEqual(['dejavu-fonts-ttf']);
  });
});

describe('npm run licenses on the real production dependencies', () => {
  it('says so when the SBOM file is missing', () => {
    const out: string[] = [];
    const err: string[] = [];
    const code = main(['--sbom', '/nonexistent/sbom.cdx.json'], (s) => out.push(s), (s) => err.push(s));
    expect(code).toBe(2);
    expect(err[0]).toMatch(/npm run sbom/);
  });

  it('passes on an SBOM of this repository (generated now)', () => {
    const out: string[] = [];
    const err: string[] = [];
    const code = main([], (s) => out.push(s), (s) => err.push(s));
    expect(err).toEqual([]);
    expect(code).toBe(0);
    expect(out.at(-1)).toMatch(/Licenserna är godkända: \d{3} produktionsberoenden/);
  }, 60_000);
});
