/** The shapes of a motivation draft and of the evidence it is built from (see motivation.ts). */

export type EvidenceKind = 'area_score' | 'criterion_score' | 'juror_comment' | 'interview_note' | 'application' | 'finance_index';

/** One link from a sentence to the evidence it came from. */
export type EvidenceRef = {
  kind: EvidenceKind;
  /** The source's id: area key, criterion id, "jurorId:criterionId", note id, answer field, kommunkod. */
  sourceId: string;
  /** What the evidence is, for people ("Kommentar av Anna Berg, Demokrati"). */
  label: string;
  /** The words and figures of the sentence this evidence supports. */
  supports: string[];
};

export type MotivationSentence = { id: string; text: string; evidence: EvidenceRef[] };

export type AreaEvidence = {
  key: string;
  name: string;
  /** The jury's aggregated area score, 0–100. */
  score: number;
  /** Rank among this nomination's areas (1 = strongest). */
  ownRank: number;
  /** Rank in this area among all nominations of the cycle, and how many were scored. */
  fieldRank: number;
  fieldSize: number;
};
export type CriterionEvidence = { id: string; label: string; areaKey: string; mean: number; scaleMax: number; jurors: number };
export type CommentEvidence = { id: string; areaKey: string; criterionLabel: string; juror: string; value: number | null; text: string };
export type InterviewEvidence = { id: string; areaKey: string; areaName: string; juror: string; text: string };
export type FinanceEvidence = { kommunkod: string; index: number; rank: number; of: number };

/** Everything a draft may draw on, for one nomination. */
export type MotivationEvidence = {
  nominationId: number;
  municipality: string;
  /** The cycle's scale maximum and mid-point (comments below the mid-point are not quoted as praise). */
  scale: { min: number; max: number };
  areas: AreaEvidence[];
  criteria: CriterionEvidence[];
  comments: CommentEvidence[];
  interviews: InterviewEvidence[];
  /** The application's own texts: goals, follow-up, self-description per area, other facts. */
  answers: { goals: string; followUp: string; selfDescription: Record<string, string>; other: string };
  finance: FinanceEvidence | null;
};
