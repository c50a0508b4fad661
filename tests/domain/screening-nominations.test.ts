import { describe, expect, it } from 'vitest';
import type { ScreeningRow } from '@/lib/domain/screening';
import { componentStandings, differsFromProposal, hasTieAtN, nominationReason, nominationVerdict, proposeNominees } from '@/lib/domain/screening-nominations';

/** 20 ranked rows on two components; row i has index 100 − i on "Resultat för medborgarna" and on "Ekonomisk styrka" as given. */
function rows(ekonomi: (i: number) => number, composite: (i: number) => number = (i) => 100 - i): ScreeningRow[] {
  const out = Array.from({ length: 20 }, (_, i) => ({
    kommunkod: String(1000 + i),
    namn: `K${i}`,
    rank: 0,
    composite: composite(i),
    components: { 'Resultat för medborgarna': 100 - i, 'Ekonomisk styrka': ekonomi(i) },
    coverage: 1,
    insufficient: false,
    group: null,
  }));
  const sorted = [...out].sort((a, b) => b.composite! - a.composite!);
  sorted.forEach((r, j) => (r.rank = j > 0 && sorted[j - 1].composite === r.composite ? sorted[j - 1].rank : j + 1));
  return [
    ...out,
    { kommunkod: '2000', namn: 'Utan data', rank: null, composite: null, components: { 'Resultat för medborgarna': 99, 'Ekonomisk styrka': null }, coverage: 0.1, insufficient: true, group: null },
  ];
}
const years = [2023, 2024, 2025];

describe('nomination reasons', () => {
  it('names the components that put it on top, with the smallest band that holds, strongest first', () => {
    // K0 is first of 20 on results (top 5 %) and 4th on economy (top 20 % → band 25 %)
    const r = rows((i) => (i === 0 ? 80 : i < 4 ? 90 - i : 50 - i));
    const k0 = r[0];
    expect(componentStandings(k0, r).map((s) => [s.component, s.band])).toEqual([
      ['Resultat för medborgarna', 5],
      ['Ekonomisk styrka', 25],
    ]);
    expect(nominationReason(k0, { rows: r, years })).toBe(
      'Plats 1 av 20 i screeningen på nyckeltal 2023–2025. Bland de 5 % bästa på resultat för medborgarna och bland de 25 % bästa på ekonomisk styrka 2023–2025.',
    );
  });

  it('leaves out components outside the top quarter and the unranked from the count', () => {
    const r = rows((i) => i); // economy the reverse: K1 is near the bottom there
    expect(nominationReason(r[1], { rows: r, years })).toBe('Plats 2 av 20 i screeningen på nyckeltal 2023–2025. Bland de 10 % bästa på resultat för medborgarna 2023–2025.');
    expect(nominationReason(r[9], { rows: r, years })).toBe('Plats 10 av 20 i screeningen på nyckeltal 2023–2025. Jämnt goda resultat över alla komponenter.');
  });
});

describe('the proposal', () => {
  it('is the top N, everyone tied at place N included, followed by the next ones; never an unranked row', () => {
    const r = rows((i) => i, (i) => (i === 2 || i === 3 ? 97 : 100 - i));
    const p = proposeNominees({ rows: r, years }, 3, 2);
    expect(p.map((x) => [x.namn, x.rank, x.proposed])).toEqual([
      ['K0', 1, true],
      ['K1', 2, true],
      ['K2', 3, true],
      ['K3', 3, true],
      ['K4', 5, false],
      ['K5', 6, false],
    ]);
    expect(hasTieAtN(p, 3)).toBe(true);
    expect(p.every((x) => x.reason.startsWith(`Plats ${x.rank} av 20`))).toBe(true);
  });

  it('tells what a choice adds to and removes from the proposal', () => {
    const p = proposeNominees({ rows: rows((i) => i), years }, 3, 2);
    expect(differsFromProposal(['1000', '1001', '1002'], p)).toEqual({ added: [], removed: [] });
    expect(differsFromProposal(['1000', '1001', '1004'], p)).toEqual({ added: ['1004'], removed: ['1002'] });
  });

  it('is open in a key-figure cycle’s screening and application phases only', () => {
    expect(nominationVerdict('key_figures', 'screening').ok).toBe(true);
    expect(nominationVerdict('key_figures', 'applications_open').ok).toBe(true);
    expect(nominationVerdict('key_figures', 'review').ok).toBe(false);
    expect(nominationVerdict('open_application', 'applications_open').ok).toBe(false);
  });
});
