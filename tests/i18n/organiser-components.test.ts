import { describe, expect, it, vi } from 'vitest';
import { createElement as h } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { NextIntlClientProvider } from 'next-intl';
import { CATALOGUES } from '@/messages';

vi.mock('next/navigation', () => ({ useRouter: () => ({ push() {}, refresh() {} }) }));

const wrap = (locale: 'sv' | 'en', el: import("react").ReactElement) =>
  renderToStaticMarkup(h(NextIntlClientProvider, { locale, messages: CATALOGUES[locale], timeZone: 'Europe/Stockholm', children: el }));

/**
 * The organiser's people, log and key-figure components render from the catalogue in both
 * languages: no raw key, English words and English numbers on an English page.
 */
describe('the organiser’s components in Swedish and English', () => {
  it('render every text from the catalogue, with numbers written the reader’s way', async () => {
    const { AuditTable } = await import('@/components/arrangor/audit/audit-table');
    const { AuditFilters } = await import('@/components/arrangor/audit/audit-filters');
    const { IndicatorsNav } = await import('@/components/indicators/indicators-nav');
    const { ComparisonGroupForm } = await import('@/components/indicators/comparison-group-form');
    const { TrendChart } = await import('@/components/indicators/trend-chart');
    const { ImportForm } = await import('@/components/indicators/import-form');
    const { KpiForm } = await import('@/components/indicators/kpi-form');
    const { DeleteKpiButton } = await import('@/components/indicators/delete-kpi-button');
    const { JurorInviteForm, CsvInviteForm, MunicipalityInviteForm } = await import('@/components/arrangor/people/invite-forms');
    const { PersonActions, InvitationActions } = await import('@/components/arrangor/people/row-actions');
    const { ErasePersonForm } = await import('@/components/arrangor/gdpr/erase-person-form');
    const { IndexValue, TrendValue } = await import('@/components/indicators/index-cell');
    for (const l of ['sv', 'en'] as const) {
      const out = [
        wrap(l, h(AuditTable, { entries: [{ id: 1234, at: 'x', atIso: '2027-03-15T22:58:00.000Z', person: 'P', kind: 'Omgång skapad', action: 'cycle.created', entity: 'cycle 1', cycle: null, before: '{}', after: null }] })),
        wrap(l, h(AuditFilters, { raw: { person: '', kind: '', from: '', to: '' }, errors: {}, people: [], kinds: [{ value: 'demo.seeded', label: 'Demodata skapad' }, { value: 'x.y', label: 'x.y' }] })),
        wrap(l, h(IndicatorsNav, { current: '/arrangor/nyckeltal' })),
        wrap(l, h(ComparisonGroupForm, { action: '/x', group: 'lan' })),
        wrap(l, h(TrendChart, { id: 'd', name: 'N', unit: '%', groupLabel: 'G', series: [{ year: 2023, value: 12345.678, nationalMedian: 1, q1: 0, q3: 2, percentile: 55.55, isDemo: true, source: 'Demodata (genererad)' }, { year: 2024, value: null, nationalMedian: 1, q1: null, q3: null, percentile: null, isDemo: false, source: null }] as never })),
        wrap(l, h(ImportForm, { maxMegabytes: 5 })),
        wrap(l, h(KpiForm, { mode: 'create', idPrefix: 'k', initial: { id: '', name: '', unit: '', direction: 'higher', component: 'financial_strength' } })),
        wrap(l, h(DeleteKpiButton, { id: 'N1' })),
        wrap(l, h(JurorInviteForm)),
        wrap(l, h(CsvInviteForm)),
        wrap(l, h(MunicipalityInviteForm, { municipalities: [{ kommunkod: '0114', name: 'Upplands Väsby' }] })),
        wrap(l, h(PersonActions, { id: 1, name: 'A', active: true })),
        wrap(l, h(InvitationActions, { id: 1, email: 'a@b', status: 'pending' })),
        wrap(l, h(ErasePersonForm, { userId: 1234, name: 'A' })),
        wrap(l, h(IndexValue, { summary: { insufficient: false, index: 55.55, trend: 1.25 } as never })),
        wrap(l, h(TrendValue, { summary: { insufficient: false, index: 55.55, trend: -1.25 } as never })),
      ].join('\n');
      const text = out.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
      expect(out).not.toMatch(/org[A-Z][A-Za-z]+\.[a-z]/);
      if (l === 'sv') {
        expect(text).toContain('15 mars 2027 23:58');
        expect(text).toContain('Värden 2023: 12 345,68. Saknas: 2024.');
        expect(text).toContain('Skicka inbjudan till jurymedlem');
        expect(text).toContain('Kolumner: namn; organisation; e-post.');
        expect(text).toContain('−1,3 p/år , försämring');
      } else {
        expect(text).toContain('15 March 2027, 23:58');
        expect(text).toContain('Cycle created');
        expect(text).toContain('Values 2023: 12,345.68. Missing: 2024.');
        expect(text).toContain('Send invitation to juror');
        // The column names are the file format; the hint around them is English.
        expect(text).toContain('Columns: namn; organisation; e-post. Semicolon, comma or tab');
        expect(text).toContain('Type the name “A” to confirm');
        expect(text).toContain('−1.3 pts/yr , declining');
        expect(text).not.toMatch(/Bjud in|Radera personen|saknas|Förhandsgranska/);
      }
    }
  });
});
