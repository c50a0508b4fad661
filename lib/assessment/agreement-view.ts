/**
 * Agreement among jurors per area (and over all areas), and the cells the jury should
 * discuss, from the jurors' RAW area scores (0–100). Independent of the weights.
 *
 * ICC: the two-way random, single-rater form ICC(2,1) (Shrout & Fleiss 1979) needs
 * nominations every juror has scored; with the usual incomplete design (each juror reads
 * a share of the nominations) it often cannot be computed, and the page says so.
 * Krippendorff's alpha (interval) uses every pair of scores, so it is the main figure.
 */
import { icc, krippendorffAlpha, type IccNullReason } from '@/lib/domain/agreement';
import { flagDisagreements, type FlaggedCell } from '@/lib/domain/disagreement';
import { areaScoresOf } from '@/lib/domain/engine/area-scores';
import { compareIds } from '@/lib/domain/engine/ids';
import type { EngineInput } from '@/lib/domain/engine/types';

export type AreaAgreement = {
  areaKey: string;
  alpha: number | null;
  icc: number | null;
  iccReason: IccNullReason | null;
  /** Nominations in the ICC (scored by every juror who scored this area). */
  iccRows: number;
  /** Cells (nominations) with at least two jurors' scores. */
  pairableCells: number;
};

export type AgreementView = {
  areas: AreaAgreement[];
  overall: { alpha: number | null };
  flags: FlaggedCell[];
};

/**
 * comments: "juror|nomination|area" → the juror's comments in that area (joined), for the
 * flagged cells' two ends.
 */
export function computeAgreement(input: EngineInput, comments: Record<string, string> = {}): AgreementView {
  const areaScores = areaScoresOf(input).filter((s) => s.value !== null);
  const areaKeys = input.rubric.areas.map((a) => a.key);
  const nominationIds = [...new Set(areaScores.map((s) => s.nominationId))].sort(compareIds);

  const matrix = (areaKey: string | null) => {
    const rows: (number | null)[][] = [];
    const scores = areaScores.filter((s) => areaKey === null || s.areaKey === areaKey);
    const jurors = [...new Set(scores.map((s) => s.jurorId))].sort(compareIds);
    const jIndex = new Map(jurors.map((j, i) => [j, i]));
    const keys = areaKey === null ? areaKeys : [areaKey];
    for (const n of nominationIds) {
      for (const k of keys) {
        const row: (number | null)[] = new Array(jurors.length).fill(null);
        for (const s of scores) if (s.nominationId === n && s.areaKey === k) row[jIndex.get(s.jurorId)!] = s.value;
        rows.push(row);
      }
    }
    return rows;
  };

  const areas = areaKeys.map((areaKey) => {
    const m = matrix(areaKey);
    const r = icc(m, { model: 'two-way-random', unit: 'single' });
    return {
      areaKey,
      alpha: krippendorffAlpha(m, 'interval'),
      icc: r.value,
      iccReason: r.reason,
      iccRows: r.n,
      pairableCells: m.filter((row) => row.filter((x) => x !== null).length >= 2).length,
    };
  });

  const cells = nominationIds.flatMap((nominationId) =>
    areaKeys.map((areaKey) => ({
      nominationId,
      areaKey,
      ratings: areaScores
        .filter((s) => s.nominationId === nominationId && s.areaKey === areaKey)
        .map((s) => ({ jurorId: s.jurorId, score: s.value as number, comment: comments[`${s.jurorId}|${nominationId}|${areaKey}`] ?? '' })),
    })),
  );
  return { areas, overall: { alpha: krippendorffAlpha(matrix(null), 'interval') }, flags: flagDisagreements(cells) };
}
