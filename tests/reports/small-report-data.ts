import { computeAgreement } from '@/lib/assessment/agreement-view';
import { computeRankingView } from '@/lib/assessment/ranking-view';
import type { EngineInput, Score } from '@/lib/domain/engine/types';
import type { JuryReportData } from '@/lib/reports/jury-report-model';

/**
 * A hand-checkable cycle: 4 municipalities, 3 jurors, two areas with one criterion each
 * (scale 1–5), area weights 3:1 (75 % / 25 %), no interview or index data, mean, uncalibrated.
 * Document review (= composite, the other components missing):
 *   2 Habo:       a 4,4,4 → 75;  b 5,5,5 → 100  → 0,75·75 + 0,25·100 = 81,25
 *   1 Mörbylånga: a 5,5,5 → 100; b 1,1,1 → 0    → 75
 *   3 Svedala:    a 3,3,3 → 50;  b 3,3,3 → 50   → 50
 *   4 Härryda:    a 1,5,3 → 50;  b 2,2,2 → 25   → 43,75 (area a: range 100 → flagged)
 */
const GRID: Record<string, { a: number[]; b: number[] }> = {
  '1': { a: [5, 5, 5], b: [1, 1, 1] },
  '2': { a: [4, 4, 4], b: [5, 5, 5] },
  '3': { a: [3, 3, 3], b: [3, 3, 3] },
  '4': { a: [1, 5, 3], b: [2, 2, 2] },
};

export function smallInput(): EngineInput {
  const scores: Score[] = [];
  for (const [n, g] of Object.entries(GRID)) {
    g.a.forEach((v, j) => scores.push({ jurorId: String(j + 1), nominationId: n, criterionId: 'ca', value: v }));
    g.b.forEach((v, j) => scores.push({ jurorId: String(j + 1), nominationId: n, criterionId: 'cb', value: v }));
  }
  return {
    rubric: {
      areas: [
        { key: 'democracy', weight: 1, criteria: [{ id: 'ca', weight: 1 }] },
        { key: 'service', weight: 1, criteria: [{ id: 'cb', weight: 1 }] },
      ],
      scale: { min: 1, max: 5 },
    },
    scores,
    components: [],
  };
}

export const MOTIVATION = 'Mörbylånga kommun styr med tydliga mål som följs upp varje kvartal. Juryn lyfter demokratin och det nära samspelet mellan politiker och tjänstepersoner.';

export function smallReportData(over: Partial<JuryReportData> = {}): JuryReportData {
  const input = smallInput();
  const ranking = computeRankingView(
    input,
    {
      areaWeights: { democracy: 3, service: 1 },
      componentWeights: { documentReview: 60, interview: 20, serviceQuality: 10, financialStrength: 10 },
      aggregation: 'mean',
      calibration: false,
      topK: 2,
    },
    { replicates: 200 },
  );
  return {
    cycle: { id: 7, name: 'Sveriges KvalitetsKommun 2027', year: 2027, mode: 'key_figures', phase: 'decided', scaleMin: 1, scaleMax: 5 },
    generatedAt: '2027-11-20T10:00:00.000Z',
    jury: [
      { id: 1, name: 'Anna Andersson', organisation: 'SKR' },
      { id: 2, name: 'Bertil Berg', organisation: 'Swedbank' },
      { id: 3, name: 'Cecilia Ceder', organisation: 'Vision' },
    ],
    areas: [
      { key: 'democracy', name: 'Demokrati' },
      { key: 'service', name: 'Service' },
    ],
    nominations: [
      { id: 1, municipality: 'Mörbylånga', county: 'Kalmar län', finalist: true },
      { id: 2, municipality: 'Habo', county: 'Jönköpings län', finalist: true },
      { id: 3, municipality: 'Svedala', county: 'Skåne län', finalist: false },
      { id: 4, municipality: 'Härryda', county: 'Västra Götalands län', finalist: false },
    ],
    weightSet: { version: 3, createdAt: '2027-10-01T08:00:00.000Z' },
    method: { aggregation: 'mean' },
    ranking,
    agreement: computeAgreement(input, { '1|4|democracy': 'Svag uppföljning', '2|4|democracy': 'Föredömlig dialog' }),
    interviews: [
      { nominationId: 1, notes: [{ areaKey: 'democracy', juror: 'Anna Andersson', roles: 'KSO, kommundirektör', date: '2027-10-12', score: 5, strengths: 'Medborgardialog i alla byar', concerns: '', observations: 'Tydlig röd tråd' }] },
      { nominationId: 3, notes: [{ areaKey: 'service', juror: 'Bertil Berg', roles: '', date: null, score: 2, strengths: 'Ska inte synas', concerns: '', observations: '' }] },
    ],
    decision: { winnerNominationId: 1, rationale: 'Juryn enades om Mörbylånga efter intervjuerna.', decidedAt: '2027-11-01T15:00:00.000Z', decidedBy: 'Olga Organisatör', staleData: false },
    motivation: { version: 2, text: MOTIVATION, approvedAt: '2027-11-05T09:00:00.000Z' },
    ...over,
  };
}
