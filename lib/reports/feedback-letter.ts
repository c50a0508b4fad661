/**
 * The municipality's own feedback letter: its area scores against the field's median and the
 * strengths the jury named. Two steps: buildFeedbackLetter (pure, tested) → renderFeedbackLetter.
 * It names no other municipality and no juror, and shows no rank.
 */
import { DEFAULT_LOCALE, type Locale } from '@/i18n/config';
import { median } from '@/lib/domain/stats';
import { formatDate as formatDateIn } from '@/lib/i18n/format';
import { formatDate } from '@/lib/time';
import { one as oneIn } from './format';
import { pdfTranslator } from './i18n';
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
  /** The fixed texts of the PDF in the model's language. */
  labels: { subject: string; scores: string; area: string; own: string; median: string; difference: string; strengths: string; noStrengths: string };
  locale: Locale;
};

const MAX_QUOTES = 3;

export function buildFeedbackLetter(d: FeedbackLetterData, locale: Locale = DEFAULT_LOCALE): FeedbackLetterModel {
  const t = pdfTranslator(locale, 'pdfFeedback');
  const one = (x: number | null | undefined) => oneIn(x, locale);
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
        ? t('above', { own: r.text.own, difference: one(r.difference), median: r.text.median })
        : t('strongest', { own: r.text.own, median: r.text.median }),
    quotes: quotesOf(r.key),
  }));
  const status = d.winner
    ? t('winner', { municipality: d.municipality, year: String(d.year) })
    : d.finalist
      ? t('finalist', { municipality: d.municipality })
      : t('thanks', { municipality: d.municipality });
  const published = locale === 'sv' ? formatDate(d.publishedAt) : formatDateIn(d.publishedAt, locale);
  return {
    title: t('title', { municipality: d.municipality }),
    intro: [t('intro', { cycle: d.cycleName, date: published, status }), t('scale', { count: d.field.length })],
    rows: rows.map(({ key: _key, ...r }) => r),
    strengths,
    closing: t('closing'),
    participants: d.field.length,
    labels: {
      subject: t('subject'),
      scores: t('scores'),
      area: t('area'),
      own: t('own'),
      median: t('median'),
      difference: t('difference'),
      strengths: t('strengths'),
      noStrengths: t('noStrengths'),
    },
    locale,
  };
}

export function renderFeedbackLetter(model: FeedbackLetterModel, createdAt: Date = new Date()): Promise<Buffer> {
  const { doc, done } = createPdf({ title: model.title, createdAt, subject: model.labels.subject, locale: model.locale });
  heading(doc, model.title, 1);
  for (const p of model.intro) paragraph(doc, p);
  const l = model.labels;
  heading(doc, l.scores, 2);
  table(
    doc,
    [{ header: l.area, width: 3 }, { header: l.own, width: 2, align: 'right' }, { header: l.median, width: 2, align: 'right' }, { header: l.difference, width: 2, align: 'right' }],
    model.rows.map((r) => [r.area, r.text.own, r.text.median, r.text.difference]),
    { size: 10 },
  );
  heading(doc, l.strengths, 2);
  if (model.strengths.length === 0) paragraph(doc, l.noStrengths);
  for (const s of model.strengths) {
    heading(doc, s.area, 3);
    paragraph(doc, s.why);
    for (const q of s.quotes) paragraph(doc, `”${q}”`, { indent: 14, color: COLORS.muted });
  }
  paragraph(doc, model.closing, { size: 9, color: COLORS.muted });
  finishPages(doc, `${model.title} · Sveriges KvalitetsKommun`, { locale: model.locale });
  doc.end();
  return done;
}
