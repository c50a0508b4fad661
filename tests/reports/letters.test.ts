import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { buildFeedbackLetter, renderFeedbackLetter, type FeedbackLetterData } from '@/lib/reports/feedback-letter';
import { buildPressRelease, renderPressRelease } from '@/lib/reports/press-release';

const letterData = (over: Partial<FeedbackLetterData> = {}): FeedbackLetterData => ({
  municipality: 'Habo',
  cycleName: 'Sveriges KvalitetsKommun 2027',
  year: 2027,
  publishedAt: '2027-11-20T19:00:00.000Z',
  areas: [
    { key: 'democracy', name: 'Demokrati' },
    { key: 'service', name: 'Service' },
    { key: 'work', name: 'Arbetsmiljö' },
  ],
  own: { democracy: 80, service: 55, work: 40 },
  field: [
    { democracy: 80, service: 55, work: 40 },
    { democracy: 50, service: 50, work: 60 },
    { democracy: 40, service: 45, work: null },
    { democracy: 60, service: 70, work: 50 },
  ],
  comments: [
    { areaKey: 'democracy', text: 'Medborgarbudget i alla kommundelar.' },
    { areaKey: 'democracy', text: 'Medborgarbudget i alla kommundelar.' },
    { areaKey: 'work', text: 'Ska inte synas: området är inte en styrka.' },
  ],
  interviewStrengths: [{ areaKey: 'service', text: 'Snabb återkoppling till medborgarna.' }],
  finalist: false,
  winner: false,
  ...over,
});

describe('feedback letter model', () => {
  it('compares each area with the field’s median (missing values left out)', () => {
    const m = buildFeedbackLetter(letterData());
    expect(m.rows.map((r) => [r.area, r.own, r.median, r.difference])).toEqual([
      ['Demokrati', 80, 55, 25],
      ['Service', 55, 52.5, 2.5],
      ['Arbetsmiljö', 40, 50, -10],
    ]);
    expect(m.rows[2].text.difference).toBe('−10,0');
    expect(m.participants).toBe(4);
  });

  it('names as strengths the areas furthest above the median, with the jury’s words (deduplicated)', () => {
    const m = buildFeedbackLetter(letterData());
    expect(m.strengths.map((s) => s.area)).toEqual(['Demokrati', 'Service']);
    expect(m.strengths[0].quotes).toEqual(['Medborgarbudget i alla kommundelar.']);
    expect(m.strengths[1].quotes).toEqual(['Snabb återkoppling till medborgarna.']);
    expect(JSON.stringify(m)).not.toContain('Ska inte synas');
  });

  it('falls back to the relatively strongest area when none is above the median', () => {
    const m = buildFeedbackLetter(letterData({ own: { democracy: 10, service: 30, work: 20 } }));
    expect(m.strengths).toHaveLength(1);
    expect(m.strengths[0]).toMatchObject({ area: 'Service', why: expect.stringMatching(/relativt starkaste/) });
  });

  it('renders as a PDF with the scores and the strengths', async () => {
    const text = execFileSync('pdftotext', ['-layout', '-', '-'], { input: await renderFeedbackLetter(buildFeedbackLetter(letterData())), encoding: 'utf8' });
    expect(text).toContain('Återkoppling till Habo');
    expect(text).toMatch(/Demokrati\s+80,0\s+55,0\s+\+25,0/);
    expect(text).toContain('Medborgarbudget i alla kommundelar.');
    expect(text).toContain('Sida 1 av 1');
  });
});

describe('press release model', () => {
  const data = {
    year: 2025,
    cycleName: 'Sveriges KvalitetsKommun 2025',
    embargoAt: '2025-11-19T18:00:00.000Z',
    winner: { municipality: 'Mörbylånga', county: 'Kalmar län' },
    finalists: [
      { municipality: 'Svedala', county: 'Skåne län' },
      { municipality: 'Mörbylånga', county: 'Kalmar län' },
      { municipality: 'Habo', county: 'Jönköpings län' },
      { municipality: 'Härryda', county: 'Västra Götalands län' },
    ],
    motivation: 'Mörbylånga visar hur en liten kommun kan leda utvecklingen.',
    quote: { text: ' Ett föredöme. ', by: 'Juryns ordförande' },
  };

  it('names the winner, the other finalists in Swedish order, the motivation, the quote and the embargo', () => {
    const m = buildPressRelease(data);
    expect(m.headline).toBe('Mörbylånga är Sveriges KvalitetsKommun 2025');
    expect(m.finalistsLine).toBe('Övriga finalister 2025: Habo, Härryda och Svedala.');
    expect(m.motivation).toBe(data.motivation);
    expect(m.quote).toEqual({ text: 'Ett föredöme.', by: 'Juryns ordförande' });
    expect(m.embargoLine).toBe('Pressmeddelande – under embargo till 19 november 2025 kl. 19:00');
  });

  it('names the development municipality of the year when the organiser chose one, and nothing otherwise', async () => {
    expect(buildPressRelease(data).developmentLine).toBe('');
    const m = buildPressRelease({ ...data, developmentMunicipality: 'Habo' });
    expect(m.developmentLine).toMatch(/utvecklingskommun.*går till Habo\.$/);
    const text = execFileSync('pdftotext', ['-', '-'], { input: await renderPressRelease(m), encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('går till Habo.');
  });

  it('leaves out an empty quote and says when no motivation is approved', async () => {
    const m = buildPressRelease({ ...data, quote: { text: '  ', by: '' }, motivation: null });
    expect(m.quote).toBeNull();
    expect(m.motivation).toMatch(/inte godkänd/);
    const text = execFileSync('pdftotext', ['-', '-'], { input: await renderPressRelease(m), encoding: 'utf8' });
    expect(text).toContain('Mörbylånga är Sveriges KvalitetsKommun 2025');
  });
});
