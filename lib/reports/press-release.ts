/**
 * The press release: the winner, the jury's approved motivation, the finalists and a quote the
 * organiser writes (cycles.settings.pressReleaseQuote). Two steps: model (tested) → PDF.
 * Organisers only, so it may be made before the embargo; it says the embargo on its face.
 */
import { formatDateTime } from '@/lib/time';
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
};

const list = (xs: string[]) => (xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} och ${xs[xs.length - 1]}`);

export function buildPressRelease(d: PressReleaseData): PressReleaseModel {
  const others = d.finalists.filter((f) => f.municipality !== d.winner.municipality).map((f) => f.municipality).sort((a, b) => a.localeCompare(b, 'sv'));
  return {
    embargoLine: d.embargoAt ? `Pressmeddelande – under embargo till ${formatDateTime(d.embargoAt)}` : 'Pressmeddelande – under embargo tills resultatet offentliggörs',
    headline: `${d.winner.municipality} är Sveriges KvalitetsKommun ${d.year}`,
    lead: `${d.winner.municipality} i ${d.winner.county} har utsetts till Sveriges KvalitetsKommun ${d.year}. Utmärkelsen delas ut vartannat år till den kommun som bäst utvecklat och förbättrat demokrati, service, arbetsmiljö och samhällsbyggande med hög kvalitet och god ekonomi.`,
    motivationHeading: 'Juryns motivering',
    motivation: d.motivation?.trim() || 'Juryns motivering är inte godkänd ännu.',
    quote: d.quote && d.quote.text.trim() ? { text: d.quote.text.trim(), by: d.quote.by.trim() } : null,
    finalistsLine: others.length > 0 ? `Övriga finalister ${d.year}: ${list(others)}.` : '',
    developmentLine: d.developmentMunicipality ? `Juryns hedersomnämnande som årets utvecklingskommun, för den stadigaste positiva utvecklingen på nyckeltalen, går till ${d.developmentMunicipality}.` : '',
    about:
      'Om Sveriges KvalitetsKommun: bakom utmärkelsen står SKR, Kvalitetsmässan, Swedbank, Tänk Om och fackförbunden Kommunal, Saco och Vision; deras representanter utgör juryn.',
  };
}

export function renderPressRelease(model: PressReleaseModel, createdAt: Date = new Date()): Promise<Buffer> {
  const { doc, done } = createPdf({ title: model.headline, createdAt, subject: 'Pressmeddelande' });
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
  finishPages(doc, model.embargoLine);
  doc.end();
  return done;
}
