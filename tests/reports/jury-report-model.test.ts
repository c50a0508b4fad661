import { describe, expect, it } from 'vitest';
import { buildJuryReport, SECTION_TITLES } from '@/lib/reports/jury-report-model';
import { MOTIVATION, smallReportData } from './small-report-data';

describe('buildJuryReport', () => {
  const model = buildJuryReport(smallReportData());

  it('keeps the ranking order with the hand-computed composites', () => {
    expect(model.ranking.rows.map((r) => r.municipality)).toEqual(['Habo', 'Mörbylånga', 'Svedala', 'Härryda']);
    expect(model.ranking.rows.map((r) => r.composite)).toEqual([81.25, 75, 50, 43.75].map((x) => expect.closeTo(x, 9)));
    expect(model.ranking.rows.map((r) => r.rankLabel)).toEqual(['1', '2', '3', '4']);
    expect(model.ranking.rows[0].text.composite).toBe('81,3');
    expect(model.ranking.rows[0].areas).toEqual({ democracy: 75, service: 100 });
  });

  it('shows missing components as missing, never as zero', () => {
    const habo = model.ranking.rows[0];
    expect(habo.components.interview).toBeNull();
    expect(habo.text.components.interview).toBe('–');
    expect(habo.missing).toEqual(expect.arrayContaining(['Intervju', 'Servicekvalitet', 'Finansiell styrka']));
  });

  it('names the weight set the ranking used, with its shares', () => {
    expect(model.weights.heading).toContain('version 3');
    expect(model.weights.areas).toEqual([
      { key: 'democracy', label: 'Demokrati', share: 0.75, text: '75 %' },
      { key: 'service', label: 'Service', share: 0.25, text: '25 %' },
    ]);
    expect(model.weights.components.map((c) => [c.label, c.text])).toEqual([
      ['Dokumentgranskning', '60 %'],
      ['Intervju', '20 %'],
      ['Servicekvalitet', '10 %'],
      ['Finansiell styrka', '10 %'],
    ]);
  });

  it('has uncertainty per row: a 90 % interval containing the rank, P(first) in [0, 1] and the leader most often first', () => {
    for (const r of model.ranking.rows) {
      expect(r.interval.low).toBeLessThanOrEqual(Number(r.rankLabel));
      expect(r.interval.high).toBeGreaterThanOrEqual(Number(r.rankLabel));
    }
    for (const r of model.ranking.rows) expect(r.pFirst).toBeGreaterThanOrEqual(0);
    // Shared first places in a replicate count for each of the tied, so the sum is at least 1.
    expect(model.ranking.rows.reduce((s, r) => s + r.pFirst, 0)).toBeGreaterThanOrEqual(1);
    expect(model.ranking.rows[0].pFirst).toBe(Math.max(...model.ranking.rows.map((r) => r.pFirst)));
    expect(model.ranking.topK).toBe(2);
  });

  it('flags the disagreement with the jurors at both ends and their comments', () => {
    expect(model.disagreements).toHaveLength(1);
    const d = model.disagreements[0];
    expect(d).toMatchObject({ municipality: 'Härryda', area: 'Demokrati', range: '100,0' });
    expect(d.lowest).toEqual(['Anna Andersson: 0,0 – ”Svag uppföljning”']);
    expect(d.highest).toEqual(['Bertil Berg: 100,0 – ”Föredömlig dialog”']);
    expect(model.agreement.areas.map((a) => a.label)).toEqual(['Demokrati', 'Service']);
  });

  it('lists the jury with organisations, the finalists, the winner, only finalists’ interviews, the decision and the motivation', () => {
    expect(model.jury).toEqual([
      { name: 'Anna Andersson', organisation: 'SKR' },
      { name: 'Bertil Berg', organisation: 'Swedbank' },
      { name: 'Cecilia Ceder', organisation: 'Vision' },
    ]);
    expect(model.finalists.map((f) => [f.municipality, f.winner])).toEqual([
      ['Habo', false],
      ['Mörbylånga', true],
    ]);
    expect(model.ranking.rows.find((r) => r.winner)?.municipality).toBe('Mörbylånga');
    expect(model.interviews.map((i) => i.municipality)).toEqual(['Mörbylånga']);
    expect(model.interviews[0].areas[0].notes[0]).toMatchObject({ juror: 'Anna Andersson', strengths: 'Medborgardialog i alla byar' });
    expect(model.decision).toMatchObject({ winner: 'Mörbylånga', rationale: 'Juryn enades om Mörbylånga efter intervjuerna.', decidedBy: 'Olga Organisatör', staleNote: null });
    expect(model.motivation).toMatchObject({ municipality: 'Mörbylånga', text: MOTIVATION });
    expect(model.toc.map((t) => t.title)).toEqual(Object.values(SECTION_TITLES));
  });

  it('says so when nothing is decided or approved yet, and notes data changed since the decision', () => {
    const none = buildJuryReport(smallReportData({ decision: null, motivation: null }));
    expect(none.decision).toBeNull();
    expect(none.motivation).toBeNull();
    expect(none.ranking.rows.some((r) => r.winner)).toBe(false);
    const stale = buildJuryReport(smallReportData({ decision: { ...smallReportData().decision!, staleData: true } }));
    expect(stale.decision?.staleNote).toMatch(/ändrats sedan beslutet/);
  });

  it('names the development municipality of the year beside the decision when one was chosen', () => {
    expect(buildJuryReport(smallReportData()).decision?.development).toBeNull();
    const withHonour = buildJuryReport(smallReportData({ development: { name: 'Habo', reason: 'Stadig förbättring fyra år i rad.' } }));
    expect(withHonour.decision?.development).toBe('Habo – Stadig förbättring fyra år i rad.');
  });
});
