import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildFeedbackLetter, renderFeedbackLetter } from '@/lib/reports/feedback-letter';
import { buildJuryReport } from '@/lib/reports/jury-report-model';
import { renderJuryReport } from '@/lib/reports/jury-report-pdf';
import { buildPressRelease, renderPressRelease, type PressReleaseData } from '@/lib/reports/press-release';
import { buildReceiptModel, renderReceipt } from '@/lib/reports/receipt';
import { completeAnswers } from '../helpers/application-fixture';
import { smallReportData } from './small-report-data';

const missing = spawnSync('pdftotext', ['-v']).error !== undefined;
if (missing && process.env.CI === 'true') throw new Error('pdftotext (poppler-utils) is required in CI');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pdf-language-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

let n = 0;
const textOf = (pdf: Buffer) => {
  const file = path.join(tmp, `${++n}.pdf`);
  fs.writeFileSync(file, pdf);
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
};

const press: PressReleaseData = {
  year: 2027,
  cycleName: 'Sveriges KvalitetsKommun 2027',
  embargoAt: '2027-11-20T19:00:00.000Z',
  winner: { municipality: 'Habo', county: 'Jönköpings län' },
  finalists: [
    { municipality: 'Habo', county: 'Jönköpings län' },
    { municipality: 'Ale', county: 'Västra Götalands län' },
    { municipality: 'Borås', county: 'Västra Götalands län' },
  ],
  motivation: 'Habo visar vägen.',
  quote: null,
};

const letter = {
  municipality: 'Habo',
  cycleName: 'Sveriges KvalitetsKommun 2027',
  year: 2027,
  publishedAt: '2027-11-20T19:00:00.000Z',
  areas: [{ key: 'democracy', name: 'Demokrati' }],
  own: { democracy: 80.25 },
  field: [{ democracy: 80.25 }, { democracy: 50 }],
  comments: [],
  interviewStrengths: [],
  finalist: true,
  winner: false,
};

describe('the PDFs in the language of the page that asked for them', () => {
  it('writes the press release with English fixed texts, dates and lists for an English page, and Swedish by default', async () => {
    const en = buildPressRelease(press, 'en');
    expect(en.embargoLine).toBe('Press release – embargoed until 20 November 2027, 20:00');
    expect(en.finalistsLine).toBe('Other finalists 2027: Ale and Borås.');
    const sv = buildPressRelease(press);
    expect(sv.embargoLine).toBe('Pressmeddelande – under embargo till 20 november 2027 kl. 20:00');
    expect(sv.headline).toBe('Habo är Sveriges KvalitetsKommun 2027');
    expect(sv.finalistsLine).toBe('Övriga finalister 2027: Ale och Borås.');
    if (missing) return;
    const text = textOf(await renderPressRelease(en, new Date('2027-11-01T10:00:00Z')));
    expect(text).toContain('Habo is Sveriges KvalitetsKommun 2027');
    expect(text).toContain("The jury's motivation");
    expect(text).toContain('Page 1 of 1');
    expect(text).not.toContain('Juryns motivering');
    expect(text).not.toContain('Sida 1');
  });

  it('writes the feedback letter in English with English decimals, and keeps the Swedish letter as it was', async () => {
    const en = buildFeedbackLetter(letter, 'en');
    expect(en.title).toBe('Feedback to Habo');
    expect(en.intro[0]).toBe('Sveriges KvalitetsKommun 2027. The result was announced on 20 November 2027. Habo was one of the finalists.');
    expect(en.rows[0].text).toEqual({ own: '80.3', median: '65.1', difference: '+15.1' });
    const sv = buildFeedbackLetter(letter);
    expect(sv.title).toBe('Återkoppling till Habo');
    expect(sv.intro[0]).toBe('Sveriges KvalitetsKommun 2027. Resultatet offentliggjordes 20 november 2027. Habo var en av finalisterna.');
    expect(sv.rows[0].text.own).toBe('80,3');
    if (missing) return;
    const text = textOf(await renderFeedbackLetter(en, new Date('2027-11-21T10:00:00Z')));
    expect(text).toContain('Your scores per area');
    expect(text).toContain('Strengths the jury pointed out');
    expect(text).not.toContain('Era poäng');
  });

  it('writes the receipt in English, the municipality’s own answers untouched', async () => {
    const model = buildReceiptModel(
      {
        municipality: 'Habo',
        kommunkod: '0643',
        county: 'Jönköpings län',
        cycleName: 'Sveriges KvalitetsKommun 2027',
        nominationId: 7,
        submittedAt: '2027-03-15T22:58:00.000Z',
        answers: completeAnswers(),
        documents: [{ title: 'Mål och budget 2027', type: 'mal_och_budget', filename: 'mal.pdf', sizeBytes: 1234567, pageCount: 48, sha256: 'a1'.repeat(32) }],
      },
      'en',
    );
    expect(model.title).toBe('Receipt for a submitted application – Habo');
    expect(model.facts).toContainEqual({ label: 'Submitted', value: '15 March 2027, 23:58 (Swedish time)' });
    expect(model.documents[0].details).toBe('Goals and budget · mal.pdf · 48 pages · 1,234,567 bytes');
    if (missing) return;
    const text = textOf(await renderReceipt(model));
    expect(text).toContain('Receipt for a submitted application');
    expect(text).toContain('The answers in the application');
    expect(text).toContain('Mål och budget 2027');
    expect(text).not.toContain('Svaren i ansökan');
  });

  it('writes the jury report’s headings, table heads and footer in English, Swedish by default', async () => {
    const en = buildJuryReport(smallReportData(), 'en');
    expect(en.toc.map((t) => t.title)).toContain('Method and weights');
    expect(en.cycle.facts.map((f) => f.label)).toContain('Municipalities assessed');
    expect(buildJuryReport(smallReportData()).toc[0].title).toBe('Omgången');
    // The sensitivity summary and the missing components are worded in English too (the engine writes Swedish).
    expect(en.ranking.notes.join(' ')).toMatch(/\b(Stable|Sensitive): /);
    expect(en.ranking.notes.join(' ')).not.toMatch(/Stabil:|Känslig:/);
    expect(buildJuryReport(smallReportData()).ranking.notes.join(' ')).toMatch(/(Stabil|Känslig): /);
    expect(en.ranking.rows.flatMap((r) => r.missing).join(' ')).not.toMatch(/Intervju|Dokumentgranskning|Servicekvalitet|Finansiell styrka/);
    expect(en.disagreements.flatMap((d) => d.reasons)).toContain('Spread 100 points (≥ 50)');
    expect(buildJuryReport(smallReportData()).disagreements.flatMap((d) => d.reasons)).toContain('Spridning 100 poäng (≥ 50)');
    if (missing) return;
    const text = textOf(await renderJuryReport(en, new Date('2027-11-20T10:00:00Z')));
    expect(text).toContain('Contents');
    expect(text).toContain('Method and weights');
    expect(text).toContain('Not public before publication');
    expect(text).toMatch(/Page 1 of \d+/);
    expect(text).not.toContain('Innehåll');
    expect(text).not.toContain('Rangordning');
  });
});
