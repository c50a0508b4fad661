/**
 * The press release: the winner, the jury's approved motivation, the finalists and a quote the
 * organiser writes (cycles.settings.pressReleaseQuote). Two steps: model (tested) → PDF.
 * Organisers only, so it may be made before the embargo; it says the embargo on its face.
 */
import { DEFAULT_LOCALE, type Locale } from '@/i18n/config';
import { formatDateTime as formatDateTimeIn } from '@/lib/i18n/format';
import { formatDateTime } from '@/lib/time';
import { listOf, pdfTranslator } from './i18n';
import { COLORS, createPdf, finishPages, heading, paragraph } from './pdf-layout';

export type PressReleaseData = {
  year: number;
  cycleName: string;
  embargoAt: string | null;
  winner: { municipality: string; county: string };
  finalists: { municipality: string; county: string }[];
  motivation: string | null;
  quote: { text: string; by: string } | null;
  /** The honour mention for the steadiest development (key-figure cycles), when named. */
  developmentMunicipality?: string | null;
};

export type PressReleaseModel = {
  embargoLine: string;
  headline: string;
  lead: string;
  motivationHeading: string;
  motivation: string;
  quote: { text: string; by: string } | null;
  finalistsLine: string;
  developmentLine: string;
  about: string;
  subject: string;
  locale: Locale;
};

/** The model in the language of the page that asked for it (Swedish by default). */
export function buildPressRelease(d: PressReleaseData, locale: Locale = DEFAULT_LOCALE): PressReleaseModel {
  const t = pdfTranslator(locale, 'pdfPress');
  const when = (iso: string) => (locale === 'sv' ? formatDateTime(iso) : formatDateTimeIn(iso, locale));
  const others = d.finalists.filter((f) => f.municipality !== d.winner.municipality).map((f) => f.municipality).sort((a, b) => a.localeCompare(b, 'sv'));
  return {
    embargoLine: d.embargoAt ? t('embargoAt', { when: when(d.embargoAt) }) : t('embargo'),
    headline: t('headline', { municipality: d.winner.municipality, year: String(d.year) }),
    lead: t('lead', { municipality: d.winner.municipality, county: d.winner.county, year: String(d.year) }),
    motivationHeading: t('motivationHeading'),
    motivation: d.motivation?.trim() || t('noMotivation'),
    quote: d.quote && d.quote.text.trim() ? { text: d.quote.text.trim(), by: d.quote.by.trim() } : null,
    finalistsLine: others.length > 0 ? t('finalists', { year: String(d.year), list: listOf(others, locale) }) : '',
    developmentLine: d.developmentMunicipality ? t('development', { municipality: d.developmentMunicipality }) : '',
    about: t('about'),
    subject: t('subject'),
    locale,
  };
}

export function renderPressRelease(model: PressReleaseModel, createdAt: Date = new Date()): Promise<Buffer> {
  const { doc, done } = createPdf({ title: model.headline, createdAt, subject: model.subject, locale: model.locale });
  paragraph(doc, model.embargoLine, { size: 9, bold: true, color: '#9a3412' });
  doc.moveDown(0.4);
  heading(doc, model.headline, 1);
  paragraph(doc, model.lead, { size: 11 });
  heading(doc, model.motivationHeading, 2);
  paragraph(doc, model.motivation, { size: 11 });
  if (model.quote) {
    doc.moveDown(0.3);
    paragraph(doc, `”${model.quote.text}”`, { size: 12, color: COLORS.brand, indent: 16 });
    if (model.quote.by) paragraph(doc, `– ${model.quote.by}`, { size: 10, indent: 16 });
  }
  if (model.finalistsLine) paragraph(doc, model.finalistsLine, { size: 11 });
  if (model.developmentLine) paragraph(doc, model.developmentLine, { size: 11 });
  doc.moveDown(0.5);
  paragraph(doc, model.about, { size: 9, color: COLORS.muted });
  finishPages(doc, model.embargoLine, { locale: model.locale });
  doc.end();
  return done;
}
