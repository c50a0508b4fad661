import 'server-only';
import type { Db } from '@/db/client';
import { rankableNominations } from '@/db/queries/assessment';
import { latestApprovedMotivation } from '@/db/queries/motivation';
import { interviewNotesOfCycle, strengthComments } from '@/db/queries/reports';
import type { FeedbackLetterData } from './feedback-letter';
import type { PressReleaseData } from './press-release';
import { developmentHonourOf } from '@/lib/domain/development-choice';
import { rankNominations } from '@/lib/domain/engine/pipeline';
import { reportBasis } from './report-ranking';

/**
 * The data of the feedback letter of one nomination, through the same ranking as the jury
 * report. No access checks here (the loader checks ownership, publication and release).
 */
export function gatherFeedbackLetterData(
  db: Db,
  n: { id: number; cycleId: number; municipality: string; cycleName: string; year: number; embargoAt: string | null; finalist: boolean; scaleMax: number },
): FeedbackLetterData | null {
  // The point ranking is enough here (no bootstrap): the letter shows area scores, not ranks.
  const r = reportBasis(db, n.cycleId);
  if (!r) return null;
  const ranking = rankNominations(r.data.input, r.settings);
  const calibrated = ranking.settingsUsed.calibration;
  const own = ranking.rows.find((row) => row.nominationId === String(n.id));
  if (!own) return null;
  const pick = (areas: (typeof own)['areaScores']) => {
    const out: Record<string, number | null> = {};
    for (const a of r.data.areas) {
      const v = areas[a.key];
      out[a.key] = v ? (calibrated ? v.calibrated : v.raw) : null;
    }
    return out;
  };
  return {
    municipality: n.municipality,
    cycleName: n.cycleName,
    year: n.year,
    publishedAt: n.embargoAt,
    areas: r.data.areas,
    own: pick(own.areaScores),
    field: ranking.rows.filter((row) => row.composite !== null).map((row) => pick(row.areaScores)),
    comments: strengthComments(db, n.id, n.scaleMax),
    interviewStrengths: interviewNotesOfCycle(db, n.cycleId)
      .filter((i) => i.nominationId === n.id && i.strengths.trim())
      .map((i) => ({ areaKey: i.areaKey, text: i.strengths })),
    finalist: n.finalist,
    winner: r.decision?.winnerNominationId === n.id,
  };
}

/** The press release's data; null when the cycle has no decision yet. */
export function gatherPressReleaseData(db: Db, cycle: { id: number; year: number; name: string; embargoAt: string | null; settings: Record<string, unknown> }, decision: { winnerNominationId: number } | null): PressReleaseData | null {
  if (!decision) return null;
  const nominations = rankableNominations(db, cycle.id);
  const winner = nominations.find((x) => x.id === decision.winnerNominationId);
  if (!winner) return null;
  const quote = cycle.settings.pressReleaseQuote as { text?: unknown; by?: unknown } | undefined;
  return {
    year: cycle.year,
    cycleName: cycle.name,
    embargoAt: cycle.embargoAt,
    winner: { municipality: winner.municipality, county: winner.county },
    finalists: nominations.filter((x) => x.finalist).map((x) => ({ municipality: x.municipality, county: x.county })),
    motivation: latestApprovedMotivation(db, winner.id)?.text ?? null,
    quote: quote && typeof quote.text === 'string' ? { text: quote.text, by: typeof quote.by === 'string' ? quote.by : '' } : null,
    developmentMunicipality: developmentHonourOf(cycle.settings)?.name ?? null,
  };
}
