/**
 * A realistic, full-size jury report model for the bench (and the renderer's tests): 290
 * municipalities, 30 jurors, four areas, five finalists with interview notes from six
 * jurors per area, and ~90 flagged disagreements — about 40 A4 pages. Deterministic
 * (seeded), no database: `renderJuryReport(juryReportFixture())` times the rendering alone.
 */
import { COMPONENT_KEYS, type ComponentKey } from '@/lib/domain/engine/types';
import { createRandom, pick, randomInt } from '@/lib/domain/random';
import { interval, one, percentOf, two } from './format';
import { pdfTranslator } from './i18n';
import { SECTION_TITLES, type JuryReportModel, type JuryReportRankRow, type SectionId } from './jury-report-model';

const PREFIXES = ['Norr', 'Söder', 'Väster', 'Öster', 'Stor', 'Lill', 'Ny', 'Gam', 'Ås', 'Älv', 'Sjö', 'Berg', 'Skogs', 'Hög', 'Mörby', 'Lång', 'Kungs', 'Hälle', 'Vall', 'Tran', 'Ekes', 'Frös'];
const SUFFIXES = ['köping', 'tälje', 'hamn', 'sund', 'vik', 'by', 'fors', 'dal', 'lunda', 'holm', 'näs', 'ås', 'berga', 'stad', 'ryd', 'å'];
const ORGANISATIONS = ['SKR', 'Kvalitetsmässan', 'Swedbank', 'Tänk Om', 'Kommunal', 'Saco', 'Vision'];
/** The components' Swedish names (the fixture is a Swedish report). */
const componentName = (k: ComponentKey) => pdfTranslator('sv', 'pdfJury')(`components.${k}`);
const AREAS = [
  { key: 'democracy', label: 'Demokrati' },
  { key: 'service', label: 'Service' },
  { key: 'work_environment', label: 'Arbetsmiljö' },
  { key: 'community_building', label: 'Samhällsbyggande' },
];
const COMMENTS = [
  'Tydlig målkedja från fullmäktige till verksamhet, men uppföljningen av nämndernas mål är tunn.',
  'Medborgardialogen är bred och återkopplas systematiskt till besluten.',
  'Sjukfrånvaron har minskat tre år i rad efter ett långsiktigt arbete med ledarskap.',
  'Underlaget visar få mätbara resultat; mycket beskrivs som planerat snarare än genomfört.',
  'Samverkan med näringslivet och civilsamhället är föredömlig.',
  'Årsredovisningen saknar analys av avvikelserna.',
];

export function juryReportFixture(seed = 2027): JuryReportModel {
  const random = createRandom(seed);
  const names = new Set<string>();
  // 22 × 16 = 352 possible names, so 290 distinct ones are always reached.
  while (names.size < 290) names.add(`${pick(random, PREFIXES)}${pick(random, SUFFIXES)}`);
  const municipalities = [...names];
  const jury = Array.from({ length: 30 }, (_, i) => ({ name: `Jurymedlem ${String(i + 1).padStart(2, '0')} Förnamn Efternamn`, organisation: ORGANISATIONS[i % ORGANISATIONS.length] }));

  const composites = municipalities.map(() => 35 + random() * 50).sort((a, b) => b - a);
  const rows: JuryReportRankRow[] = municipalities.map((municipality, i) => {
    const composite = composites[i];
    const components = {} as Record<ComponentKey, number | null>;
    for (const k of COMPONENT_KEYS) components[k] = k === 'interview' && i >= 5 ? null : Math.max(0, Math.min(100, composite + (random() - 0.5) * 20));
    const areas: Record<string, number | null> = {};
    for (const a of AREAS) areas[a.key] = random() < 0.02 ? null : composite + (random() - 0.5) * 30;
    const span = Math.min(40, 1 + Math.floor(i / 8) + randomInt(random, 6));
    const iv = { low: Math.max(1, i + 1 - span), high: Math.min(290, i + 1 + span) };
    const pFirst = i < 6 ? [0.42, 0.27, 0.14, 0.09, 0.05, 0.03][i] : 0;
    const pTopK = i < 12 ? Math.max(0, 1 - i * 0.08) : 0;
    const compText = {} as Record<ComponentKey, string>;
    for (const k of COMPONENT_KEYS) compText[k] = one(components[k]);
    const areaText: Record<string, string> = {};
    for (const a of AREAS) areaText[a.key] = one(areas[a.key]);
    return {
      nominationId: i + 1,
      rankLabel: String(i + 1),
      municipality,
      finalist: i < 5,
      winner: i === 1,
      composite,
      components,
      areas,
      interval: iv,
      pFirst,
      pTopK,
      missing: [...(components.interview === null ? [componentName('interview')] : []), ...AREAS.filter((a) => areas[a.key] === null).map((a) => a.label)],
      missingAreas: AREAS.filter((a) => areas[a.key] === null).map((a) => a.label),
      text: { composite: one(composite), components: compText, areas: areaText, interval: interval(iv), pFirst: percentOf(pFirst), pTopK: percentOf(pTopK) },
    };
  });

  const disagreements = Array.from({ length: 90 }, (_, i) => {
    const row = rows[randomInt(random, rows.length)];
    const area = AREAS[i % AREAS.length];
    const low = 10 + random() * 20;
    const high = low + 50 + random() * 30;
    return {
      municipality: row.municipality,
      area: area.label,
      range: one(high - low),
      reasons: [`Spännvidden ${one(high - low)} poäng är minst halva skalan (50).`],
      lowest: [`${pick(random, jury).name}: ${one(low)} – ”${pick(random, COMMENTS)}”`],
      highest: [`${pick(random, jury).name}: ${one(high)} – ”${pick(random, COMMENTS)}”`],
    };
  });

  const finalists = rows.slice(0, 5);
  return {
    title: 'Juryns rapport 2027',
    subtitle: 'Sveriges KvalitetsKommun 2027',
    generatedAt: '20 november 2027 kl. 11:00',
    toc: (Object.keys(SECTION_TITLES) as SectionId[]).map((id) => ({ id, title: SECTION_TITLES[id] })),
    cycle: {
      facts: [
        { label: 'Omgång', value: 'Sveriges KvalitetsKommun 2027' },
        { label: 'År', value: '2027' },
        { label: 'Form', value: 'urval på nyckeltal' },
        { label: 'Fas', value: 'Beslut fattat' },
        { label: 'Bedömda kommuner', value: '290' },
        { label: 'Jurymedlemmar', value: '30' },
        { label: 'Bedömningsskala', value: '1–5 per kriterium (20 kriterier), omräknad till 0–100 per område' },
      ],
    },
    jury,
    method: {
      paragraphs: [
        'Varje jurymedlem bedömer varje kriterium på skalan; kriteriernas viktade poäng räknas om till en områdespoäng 0–100.',
        'Poängen kalibreras per jurymedlem för jurymedlemmar som bedömt minst 5 kommuner; 30 av 30 jurymedlemmar kalibrerades.',
        'Jurymedlemmarnas områdespoäng sammanvägs med det trimmade medelvärdet (20 % bort i vardera änden) när minst 5 jurymedlemmar bedömt, annars medelvärdet.',
      ],
    },
    weights: {
      heading: 'Viktuppsättning version 4, sparad 1 oktober 2027 kl. 10:00',
      areas: AREAS.map((a) => ({ key: a.key, label: a.label, share: 0.25, text: '25 %' })),
      components: COMPONENT_KEYS.map((k, i) => {
        const share = [0.6, 0.2, 0.1, 0.1][i];
        return { key: k, label: componentName(k), share, text: percentOf(share) };
      }),
    },
    ranking: {
      areaColumns: AREAS,
      componentColumns: COMPONENT_KEYS.map((k) => ({ key: k, label: componentName(k) })),
      topK: 5,
      rows,
      notes: [
        'Rangordningen bygger på kalibrerade områdespoäng (0–100). Osäkerheten kommer från 2 000 bootstrap-omdragningar av jurymedlemmarna (frö 20271).',
        'Stabil: förstaplatsen och topp 5 ändras inte när någon enskild vikt flyttas upp till ±10 procentenheter.',
      ],
    },
    agreement: {
      overallAlpha: two(0.71),
      areas: AREAS.map((a, i) => ({ label: a.label, alpha: two(0.62 + i * 0.05), icc: '– (för få kommuner som alla bedömt)', cells: 290 })),
    },
    disagreements,
    finalists: finalists.map((r) => ({ municipality: r.municipality, county: 'Län', rankLabel: r.rankLabel, composite: r.text.composite, winner: r.winner })),
    interviews: finalists.map((r) => ({
      municipality: r.municipality,
      areas: AREAS.map((a) => ({
        area: a.label,
        notes: jury.slice(0, 6).map((j) => ({
          juror: j.name,
          line: `Intervjuade: kommunstyrelsens ordförande, kommundirektör · Datum: 2027-10-12 · Poäng: ${1 + randomInt(random, 5)}`,
          strengths: pick(random, COMMENTS),
          concerns: pick(random, COMMENTS),
          observations: `${pick(random, COMMENTS)} ${pick(random, COMMENTS)}`,
        })),
      })),
    })),
    decision: { winner: rows[1].municipality, rationale: 'Juryn enades efter intervjuerna. '.repeat(6).trim(), decidedAt: '1 november 2027 kl. 16:00', decidedBy: 'Arrangör', staleNote: null, development: null },
    motivation: {
      municipality: rows[1].municipality,
      text: `${rows[1].municipality} har en styrmodell där politikens mål bryts ned i varje verksamhet och följs upp varje tertial. ${COMMENTS[1]} ${COMMENTS[2]} Kommunen har dessutom en stark ekonomi.`,
      version: 'Version 3, godkänd 5 november 2027 kl. 10:00',
    },
  };
}
