/**
 * The municipality's own feedback letter: its area scores against the field's median and the
 * strengths the jury named. Two steps: buildFeedbackLetter (pure, tested) → renderFeedbackLetter.
 * It names no other municipality and no juror, and shows no rank.
 */
import { median } from '@/lib/domain/stats';
import { formatDate } from '@/lib/time';
import { one } from './format';
import { COLORS, createPdf, finishPages, heading, paragraph, table } from './pdf-layout';

export type FeedbackLetterData = {
  municipality: string;
  cycleName: string;
  year: number;
  /** The instant the result became public (UTC ISO). */
  publishedAt: string | null;
  areas: { key: string; name: string }[];
  /** This nomination's aggregated area scores (0–100), null = not assessed. */
  own: Record<string, number | null>;
  /** Every assessed nomination's aggregated area scores, this one included. */
  field: Record<string, number | null>[];
  /** Jurors' criterion comments on this nomination that came with a score at the top of the scale. */
  comments: { areaKey: string; text: string }[];
  /** Strengths written in interview notes (finalists only). */
  interviewStrengths: { areaKey: string; text: string }[];
  finalist: boolean;
  winner: boolean;
};

export type FeedbackLetterModel = {
  title: string;
  intro: string[];
  rows: { area: string; own: number | null; median: number | null; difference: number | null; text: { own: string; median: string; difference: string } }[];
  strengths: { area: string; why: string; quotes: string[] }[];
  closing: string;
  participants: number;
};

const MAX_QUOTES = 3;

export function buildFeedbackLetter(d: FeedbackLetterData): FeedbackLetterModel {
  const rows = d.areas.map((a) => {
    const values = d.field.map((f) => f[a.key]).filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
    const med = values.length > 0 ? median(values) : null;
    const own = d.own[a.key] ?? null;
    const difference = own !== null && med !== null ? own - med : null;
    const sign = difference === null ? '–' : `${difference >= 0 ? '+' : '−'}${one(Math.abs(difference))}`;
    return { key: a.key, area: a.name, own, median: med, difference, text: { own: one(own), median: one(med), difference: sign } };
  });
  // Strengths: the (up to) two areas furthest above the field's median; if none is above it,
  // the one with the highest own score, named as "relatively strongest".
  const above = rows.filter((r) => r.difference !== null && r.difference > 0).sort((a, b) => b.difference! - a.difference!);
  const chosen = above.length > 0 ? above.slice(0, 2) : rows.filter((r) => r.own !== null).sort((a, b) => b.own! - a.own!).slice(0, 1);
  const quotesOf = (key: string) =>
    [...new Set([...d.comments, ...d.interviewStrengths].filter((c) => c.areaKey === key).map((c) => c.text.trim()).filter(Boolean))].slice(0, MAX_QUOTES);
  const strengths = chosen.map((r) => ({
    area: r.area,
    why:
      r.difference !== null && r.difference > 0
        ? `${r.text.own} poäng, ${one(r.difference)} över fältets median (${r.text.median}).`
        : `Ert relativt starkaste område: ${r.text.own} poäng (fältets median ${r.text.median}).`,
    quotes: quotesOf(r.key),
  }));
  const status = d.winner
    ? `${d.municipality} utsågs till Sveriges KvalitetsKommun ${d.year}.`
    : d.finalist
      ? `${d.municipality} var en av finalisterna.`
      : `Tack för att ${d.municipality} deltog.`;
  return {
    title: `Återkoppling till ${d.municipality}`,
    intro: [
      `${d.cycleName}. Resultatet offentliggjordes ${formatDate(d.publishedAt)}. ${status}`,
      `Här är juryns bedömning av er kommun per område, på en skala 0–100, jämförd med medianen för de ${d.field.length} kommuner som bedömdes. Brevet är ert eget: det nämner inga andra kommuner och inga enskilda jurymedlemmar.`,
    ],
    rows: rows.map(({ key: _key, ...r }) => r),
    strengths,
    closing: 'Har ni frågor om återkopplingen är ni välkomna att kontakta arrangören av Sveriges KvalitetsKommun.',
    participants: d.field.length,
  };
}

export function renderFeedbackLetter(model: FeedbackLetterModel, createdAt: Date = new Date()): Promise<Buffer> {
  const { doc, done } = createPdf({ title: model.title, createdAt, subject: 'Återkoppling från juryn' });
  heading(doc, model.title, 1);
  for (const p of model.intro) paragraph(doc, p);
  heading(doc, 'Era poäng per område', 2);
  table(
    doc,
    [{ header: 'Område', width: 3 }, { header: 'Er poäng', width: 2, align: 'right' }, { header: 'Fältets median', width: 2, align: 'right' }, { header: 'Skillnad', width: 2, align: 'right' }],
    model.rows.map((r) => [r.area, r.text.own, r.text.median, r.text.difference]),
    { size: 10 },
  );
  heading(doc, 'Styrkor som juryn lyfte fram', 2);
  if (model.strengths.length === 0) paragraph(doc, 'Juryn bedömde inte tillräckligt många områden för att lyfta fram styrkor.');
  for (const s of model.strengths) {
    heading(doc, s.area, 3);
    paragraph(doc, s.why);
    for (const q of s.quotes) paragraph(doc, `”${q}”`, { indent: 14, color: COLORS.muted });
  }
  paragraph(doc, model.closing, { size: 9, color: COLORS.muted });
  finishPages(doc, `${model.title} · Sveriges KvalitetsKommun`);
  doc.end();
  return done;
}
