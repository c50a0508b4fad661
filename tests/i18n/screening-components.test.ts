import { describe, expect, it, vi } from 'vitest';
import { createElement as h, type ReactElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { createTranslator, NextIntlClientProvider } from 'next-intl';
import { CATALOGUES } from '@/messages';
import { createRandom } from '@/lib/domain/random';
import type { KpiValue } from '@/lib/domain/finance-index';
import type { Municipality, ScreeningModel } from '@/lib/domain/screening';
import { analyseStability } from '@/lib/domain/screening-stability';
import { stabilityExplanation } from '@/components/screening/stability-text';

vi.mock('next/navigation', () => ({ useRouter: () => ({ push() {}, refresh() {} }) }));

const wrap = (locale: 'sv' | 'en', el: ReactElement) =>
  renderToStaticMarkup(h(NextIntlClientProvider, { locale, messages: CATALOGUES[locale], timeZone: 'Europe/Stockholm', children: el }));
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&#x27;|&#39;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ');

/** Thirty municipalities, a component of six key figures and one of a single key figure, values drawn with a fixed seed. */
function stabilityFixture(seed: number) {
  const random = createRandom(seed);
  const municipalities: Municipality[] = Array.from({ length: 30 }, (_, i) => ({ kommunkod: String(1001 + i), namn: `M${i + 1}`, population: 10_000 }));
  const kpis = ['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'B1'];
  const values: KpiValue[] = municipalities.flatMap((m) => kpis.map((kpi) => ({ kommunkod: m.kommunkod, kpi, year: 2024, value: random() * 100 })));
  const model: ScreeningModel = {
    years: 1,
    minCoverage: 0,
    components: [
      { name: 'Ekonomi', weight: 60, kpis: kpis.slice(0, 6).map((id) => ({ id, direction: 'higher' as const })) },
      { name: 'Service', weight: 40, kpis: [{ id: 'B1', direction: 'lower' as const }] },
    ],
  };
  return analyseStability(values, model, municipalities, { topN: 8, rounds: 30 });
}

describe('the screening components in Swedish and English', () => {
  it('rebuild each stored stability explanation word for word in Swedish, and in English', () => {
    // Seed 1 has a row no variant moves, seed 3 one moved most by a weight: every kind of sentence is covered.
    const results = [stabilityFixture(1), stabilityFixture(3)];
    const kinds = new Set(results.flatMap((r) => r.rows.map((x) => x.mostMovedBy?.kind ?? 'none')));
    expect([...kinds].sort()).toEqual(['kpi', 'none', 'weight']);
    for (const result of results) for (const locale of ['sv', 'en'] as const) {
      const t = createTranslator({ locale, messages: CATALOGUES[locale], namespace: 'scrStability' });
      for (const row of result.rows) {
        const html = renderToStaticMarkup(h('p', null, stabilityExplanation(t as never, result.topN, row, locale === 'en' ? 'sv' : undefined) as ReactNode));
        if (locale === 'sv') expect(text(html).trim()).toBe(row.explanation);
        else {
          expect(text(html)).toMatch(new RegExp(`^ In the top ${result.topN} in \\d+ of \\d+ left-out key figures, \\d+ of \\d+ weight changes and \\d+ of 30 bootstrap rounds\\.`));
          if (row.mostMovedBy?.kind === 'weight') expect(html).toMatch(/the weight of <span lang="sv">(Ekonomi|Service)<\/span> changes by [+−]10 percentage points/);
          if (row.mostMovedBy?.kind === 'kpi') expect(html).toMatch(/Moves most when the key figure [AB]\d is left out \((ends up in place \d+|drops out of the ranking)\)\./);
        }
      }
    }
  });

  it('render the forms, the map legend, the sparkline and the profile from the catalogue, numbers and dates the reader’s way', async () => {
    const { ScreeningMap } = await import('@/components/screening/screening-map');
    const { ScreeningModelForm } = await import('@/components/screening/model-form');
    const { ScreeningRunForm } = await import('@/components/screening/run-form');
    const { DevelopmentChoiceForm } = await import('@/components/screening/development-choice-form');
    const { DevelopmentSparkline } = await import('@/components/screening/development-sparkline');
    const { ScreeningProfile } = await import('@/components/screening/screening-profile');
    const action = async () => ({ ok: true as const, data: {} as never });
    const profile = {
      cycle: { id: 2, name: 'Omgång 2029' },
      nomination: { state: 'invited', reason: 'Plats 3 av 290 i screeningen på nyckeltal', respondedAt: null, lastInvitedAt: '2027-03-15T22:58:00.000Z' },
      run: {
        id: 1,
        createdAt: '2027-03-15T22:58:00.000Z',
        years: [2024, 2025],
        topN: 10,
        isDemo: true,
        rank: 3,
        ranked: 290,
        composite: 91.25,
        coverage: 0.875,
        insufficient: false,
        components: [{ name: 'Finansiell styrka', index: 88.04, top: 0.123 }],
        stability: { classification: 'på gränsen', explanation: 'I topp 10 i 5 av 6 utelämnade nyckeltal.' },
      },
    };
    for (const l of ['sv', 'en'] as const) {
      const out = [
        wrap(l, h(ScreeningMap, { src: '/x.svg', title: 'T', description: 'D', highlighted: true })),
        wrap(l, h(ScreeningModelForm, { cycleId: 1, initialJson: '{}', save: action })),
        wrap(l, h(ScreeningRunForm, { cycleId: 1, topN: 10, run: action })),
        wrap(l, h(DevelopmentChoiceForm, { cycleId: 1, candidates: [{ kommunkod: '0114', namn: 'Upplands Väsby', rank: 1 }], current: null, choose: action })),
        wrap(l, h(DevelopmentSparkline, { name: 'Upplands Väsby', years: [2023, 2024], values: [55.55, null] })),
        wrap(l, h(ScreeningProfile, { data: profile as never })),
      ].join('\n');
      // Visible text and attributes (the legend's and the sparkline's names are aria-labels).
      const words = `${text(out)} ${out}`;
      expect(out).not.toMatch(/scr[A-Z][A-Za-z]+\.[a-z]/);
      if (l === 'sv') {
        for (const s of ['Teckenförklaring', 'inga data', 'föreslagen', 'Modell (JSON)', 'Spara ny version av modellen', 'Antal att föreslå', 'Kör screeningen över alla 290', 'Motivering', 'Spara valet', 'Upplands Väsby: samlad percentil 2023 55,6, 2024 saknas', 'Screening i Omgång 2029', 'Körning 15 mars 2027 23:58 på åren 2024, 2025.', 'Plats 3 av 290', ', samlat index 91,3, täckning 88 %.', 'Demodata', '88,0', '12 %', 'på gränsen', 'Inbjuden', '(senast skickad 15 mars 2027 23:58)', 'Skäl: Plats 3 av 290', 'Till de nominerade']) {
          expect(words).toContain(s);
        }
        expect(out).not.toContain('lang="sv"');
      } else {
        for (const s of ['Legend', 'no data', 'proposed', 'Model (JSON)', 'Save a new version of the model', 'Number to propose', 'Run the screening over all 290', 'Reason', 'Save the choice', 'Upplands Väsby: composite percentile 2023 55.6, 2024 missing', 'Screening in Omgång 2029', 'Run 15 March 2027, 23:58 on the years 2024, 2025.', 'Rank 3 of 290', ', composite index 91.3, coverage 88%.', 'Demo data', '88.0', '12%', 'borderline', 'Invited', '(last sent 15 March 2027, 23:58)', 'Reason: Plats 3 av 290', 'To the nominees']) {
          expect(words).toContain(s);
        }
        // The model's component names, the stored explanation and the reason are Swedish text on an English page.
        expect(out).toContain('<th scope="row" class="py-1 pr-4 text-left font-normal" lang="sv">Finansiell styrka</th>');
        expect(out).toContain('<span lang="sv">I topp 10 i 5 av 6 utelämnade nyckeltal.</span>');
      }
    }
  });

  it('the municipality profile says the stability from the run’s tallies in the reader’s language, when the run has them', async () => {
    const { ScreeningProfile } = await import('@/components/screening/screening-profile');
    const tally = { inTop: 5, total: 6 };
    const stability = { classification: 'på gränsen', explanation: 'I topp 10 i 5 av 6 utelämnade nyckeltal, 3 av 4 viktändringar och 20 av 30 bootstrap-omgångar.', leaveOut: tally, weights: { inTop: 3, total: 4 }, bootstrap: { inTop: 20, total: 30 }, mostMovedBy: { kind: 'kpi', kpi: 'N00001', rank: 12 } };
    const data = { cycle: { id: 2, name: 'Omgång 2029' }, nomination: null, run: { id: 1, createdAt: '2027-03-15T22:58:00.000Z', years: [2025], topN: 10, isDemo: false, rank: 3, ranked: 290, composite: 91.25, coverage: 0.875, insufficient: false, components: [], stability } };
    const en = text(wrap('en', h(ScreeningProfile, { data: data as never })));
    expect(en).toContain('In the top 10 in 5 of 6 left-out key figures, 3 of 4 weight changes and 20 of 30 bootstrap rounds.');
    expect(en).not.toContain('utelämnade');
    expect(text(wrap('sv', h(ScreeningProfile, { data: data as never })))).toContain(stability.explanation);
  });
});

describe('the nominate and invite forms in Swedish and English', () => {
  it('render every label from the catalogue in the page’s language', async () => {
    const { NominateForm } = await import('@/components/screening/nominate-form');
    const { InviteNomineeForm } = await import('@/components/screening/invite-nominee-form');
    const candidates = [
      { kommunkod: '0643', namn: 'Habo', rank: 1, reason: 'Högst index.', proposed: true, stability: { classification: 'på gränsen' as const, share: 0.6, explanation: 'x' } },
      { kommunkod: '0684', namn: 'Sävsjö', rank: 2, reason: '', proposed: false, stability: null },
    ];
    const nominate = async () => ({ ok: true as const, data: { nominationIds: [] } });
    const invite = async () => ({ ok: true as const, data: { mailed: [], resent: false } });
    const render = (locale: 'sv' | 'en') =>
      text(
        wrap(locale, h('div', null, h(NominateForm, { cycleId: 1, runId: 1, candidates, preselect: true, nominate }), h(InviteNomineeForm, { nominationId: 5, municipality: 'Habo', hasRecipients: true, invitedBefore: true, invite }))),
      );
    const sv = render('sv');
    for (const s of ['Nominera Habo (plats 1)', 'Föreslagen', 'på gränsen', 'Stabilitet ej beräknad', 'Skäl för Habo (visas i inbjudan)', 'Varför avviker valet från förslaget?', 'Nominera 1 kommun', 'E-post till kontaktperson (valfritt) för Habo', 'Skicka inbjudan igen till Habo'])
      expect(sv).toContain(s);
    const en = render('en');
    for (const s of ['Nominate Habo (place 1)', 'Proposed', 'borderline', 'Stability not computed', 'Reason for Habo (shown in the invitation)', 'Why does the choice differ from the proposal?', 'Nominate 1 municipality', 'E-mail to the contact person (optional) for Habo', 'Send the invitation again to Habo'])
      expect(en).toContain(s);
    expect(en).not.toMatch(/Nominera|Föreslagen|Skäl|Stabilitet|Skicka|valfritt/);
  });
});
