/**
 * A large, deterministic cycle for the benchmarks: all 290 municipalities apply,
 * 30 jurors score every nomination on 20 criteria (every sheet submitted), five
 * documents per application (one of 300 pages) and five years of key figures.
 * Written to its own database file (bench/data/bench.db), never the demo one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase, type Db } from '@/db/client';
import { hashPassword } from '@/lib/auth/password';
import { createRandom, type Random } from '@/lib/domain/random';
import { CLASSIC_RUBRIC } from '@/lib/domain/rubric-templates';
import { generateDemoDocument, type DemoDocumentType } from '@/lib/reports/demo-document';
import type { ScreeningModel } from '@/lib/domain/screening';
import { computeScreening } from '@/lib/screening/compute';
import { storeBuffer } from '@/lib/storage/files';
import { syncMunicipalities } from '@/seeds/municipalities';

export const BENCH_DIR = path.join(process.cwd(), 'bench', 'data');
export const BENCH_DB = path.join(BENCH_DIR, 'bench.db');
export const BENCH_PASSWORD = 'bench-lösenord-2027';
export const BENCH_JURORS = 30;
export const BENCH_CRITERIA_PER_AREA = 5;
export const BENCH_YEARS = [2021, 2022, 2023, 2024, 2025];
const SEED = 290_30;
const AT = '2027-04-01T08:00:00.000Z';
const ORGANISATIONS = ['SKR', 'Swedbank', 'Kvalitetsmässan', 'Tänk Om', 'Kommunal', 'Saco', 'Vision'];
const DOC_TYPES: DemoDocumentType[] = ['vision', 'mal_och_budget', 'kvalitetspolicy', 'arsredovisning', 'uppfoljning'];
const KPIS = [
  ['N03102', 'Resultat i förhållande till skatteintäkter och generella statsbidrag', '%', 'higher', 'financial_strength'],
  ['N03106', 'Soliditet exkl. pensionsförpliktelser', '%', 'higher', 'financial_strength'],
  ['N03002', 'Soliditet inkl. pensionsförpliktelser', '%', 'higher', 'financial_strength'],
  ['N03103', 'Självfinansieringsgrad av investeringar', '%', 'higher', 'financial_strength'],
  ['N03105', 'Kassalikviditet', '%', 'higher', 'financial_strength'],
  ['N03145', 'Låneskuld i förhållande till investeringar', '%', 'lower', 'financial_strength'],
  ['N00901', 'Kommunal skattesats', '%', 'lower', 'financial_strength'],
  ['N00097', 'Nettokostnadsavvikelse', '%', 'lower', 'financial_strength'],
  ['U00401', 'Nöjd medborgar-index', 'index', 'higher', 'service_quality'],
  ['U23471', 'Brukarbedömning hemtjänst', '%', 'higher', 'service_quality'],
] as const;

export type BenchFacts = {
  cycleId: number;
  jurorEmails: string[];
  organiserEmail: string;
  nominationIds: number[];
  largeDocumentId: number;
  largeDocumentSha: string;
  /** Juror 1's sheets stay in progress (fully scored), so saving a score can be measured. */
  savingJuror: { email: string; nominationId: number; criterionId: number; revision: number };
  /** A contact whose application is open (another cycle), for the upload measure. */
  uploader: { email: string; nominationId: number };
  /** A key-figure cycle in its screening phase with a stored run over all 290, for the screening page. */
  keyFigureCycleId: number;
};

/** Opens the bench database, generating it first when it is missing. */
export async function ensureBenchDatabase(log: (s: string) => void = console.log): Promise<{ db: Db; facts: BenchFacts }> {
  const exists = fs.existsSync(BENCH_DB);
  process.env.DATABASE_PATH = BENCH_DB;
  fs.mkdirSync(BENCH_DIR, { recursive: true });
  const db = openDatabase(BENCH_DB);
  if (!exists || !db.$client.prepare('select 1 from cycles where name = ?').get('Benchmark 2029')) {
    const t0 = performance.now();
    await generate(db, log);
    log(`Genererade benchmarkdatabasen på ${((performance.now() - t0) / 1000).toFixed(1)} s: ${BENCH_DB}`);
  }
  // Added later than the rest: an existing bench database gets it on its next run.
  ensureScreeningCycle(db);
  return { db, facts: factsOf(db) };
}

function factsOf(db: Db): BenchFacts {
  const c = db.$client;
  const cycleId = (c.prepare("select id from cycles where name = 'Benchmark 2027'").get() as { id: number }).id;
  const jurorEmails = (c.prepare("select email from users where role = 'juror' order by id").all() as { email: string }[]).map((r) => r.email);
  const nominationIds = (c.prepare('select id from nominations where cycle_id = ? order by id').all(cycleId) as { id: number }[]).map((r) => r.id);
  const large = c.prepare('select id, sha256 from documents order by page_count desc, id limit 1').get() as { id: number; sha256: string };
  const saving = c
    .prepare(
      `select s.nomination_id as nominationId, s.revision, (select min(id) from rubric_criteria where area_id in (select id from rubric_areas where cycle_id = ?)) as criterionId
         from score_sheets s join users u on u.id = s.juror_id where u.email = 'bench-jury1@example.org' and s.status = 'in_progress' order by s.nomination_id limit 1`,
    )
    .get(cycleId) as { nominationId: number; revision: number; criterionId: number };
  const uploader = c
    .prepare("select u.email, n.id as nominationId from users u join nominations n on n.kommunkod = u.kommunkod join cycles cy on cy.id = n.cycle_id where cy.name = 'Benchmark 2029' limit 1")
    .get() as { email: string; nominationId: number };
  return {
    cycleId,
    jurorEmails,
    organiserEmail: 'bench-arrangor@example.org',
    nominationIds,
    largeDocumentId: large.id,
    largeDocumentSha: large.sha256,
    savingJuror: { email: 'bench-jury1@example.org', ...saving },
    uploader,
    keyFigureCycleId: (c.prepare('select id from cycles where name = ?').get(SCREENING_CYCLE) as { id: number }).id,
  };
}

const SCREENING_CYCLE = 'Benchmark nyckeltal 2031';
/** The bench KPIs in three components (weights 40/20/40), like the default model. */
const SCREENING_MODEL: ScreeningModel = {
  components: [
    { name: 'Kvalitet i resultaten', weight: 40, kpis: [{ id: 'U00401', direction: 'higher' }, { id: 'U23471', direction: 'higher' }] },
    { name: 'Resursanvändning', weight: 20, kpis: [{ id: 'N00097', direction: 'lower' }, { id: 'N00901', direction: 'lower' }] },
    {
      name: 'Ekonomisk styrka',
      weight: 40,
      kpis: [
        ...['N03102', 'N03106', 'N03002', 'N03103', 'N03105'].map((id) => ({ id, direction: 'higher' as const })),
        { id: 'N03145', direction: 'lower' as const },
      ],
    },
  ],
  years: 3,
  minCoverage: 0.7,
};

/**
 * A key-figure cycle standing in its screening phase, with its model and one run
 * (results and stability) over all 290 on the bench KPI values: what the screening
 * page reads. Idempotent.
 */
function ensureScreeningCycle(db: Db): void {
  const c = db.$client;
  if (c.prepare('select 1 from cycles where name = ?').get(SCREENING_CYCLE)) return;
  const computed = computeScreening(db, SCREENING_MODEL, 10);
  c.transaction(() => {
    const cycleId = Number(c.prepare("insert into cycles (year, name, mode, phase, is_demo, created_at) values (2031, ?, 'key_figures', 'screening', 1, ?)").run(SCREENING_CYCLE, AT).lastInsertRowid);
    const modelId = Number(c.prepare('insert into screening_models (cycle_id, version, model, created_at) values (?, 1, ?, ?)').run(cycleId, JSON.stringify(SCREENING_MODEL), AT).lastInsertRowid);
    c.prepare('insert into screening_runs (cycle_id, model_id, input_checksum, top_n, results, stability, is_demo, created_at) values (?, ?, ?, 10, ?, ?, 1, ?)').run(
      cycleId,
      modelId,
      computed.checksum,
      JSON.stringify(computed.result),
      JSON.stringify(computed.stability),
      AT,
    );
  })();
}

async function generate(db: Db, log: (s: string) => void): Promise<void> {
  const random = createRandom(SEED);
  syncMunicipalities(db);
  const kommuner = db.$client.prepare('select kommunkod, name from municipalities order by kommunkod').all() as { kommunkod: string; name: string }[];
  const passwordHash = await hashPassword(BENCH_PASSWORD);

  // A pool of ordinary documents (reused across applications: files are stored by
  // checksum) and one document of 300 pages.
  log('Genererar dokument …');
  const pool: { type: DemoDocumentType; title: string; sha256: string; sizeBytes: number; pages: string[] }[] = [];
  for (let i = 0; i < 10; i++) {
    const type = DOC_TYPES[i % DOC_TYPES.length];
    const k = kommuner[i * 29];
    const doc = await generateDemoDocument({ municipalityName: k.name, kommunkod: k.kommunkod, type, year: 2026, seed: SEED + i });
    pool.push({ type, title: doc.title, ...storeBuffer(doc.pdf), pages: doc.pages });
  }
  const big = await generateDemoDocument({ municipalityName: kommuner[0].name, kommunkod: kommuner[0].kommunkod, type: 'arsredovisning', year: 2026, seed: SEED, pages: 300 });
  const bigStored = { type: 'arsredovisning' as const, title: big.title, ...storeBuffer(big.pdf), pages: big.pages };

  log('Skriver omgång, jury och bedömningar …');
  const c = db.$client;
  c.transaction(() => {
    const insUser = c.prepare(
      'insert into users (email, name, role, organisation, kommunkod, password_hash, is_demo, created_at) values (?, ?, ?, ?, ?, ?, 1, ?)',
    );
    insUser.run('bench-arrangor@example.org', 'Bench Arrangör', 'organiser', null, null, passwordHash, AT);
    const jurors: number[] = [];
    for (let j = 0; j < BENCH_JURORS; j++) {
      jurors.push(Number(insUser.run(`bench-jury${j + 1}@example.org`, `Jurymedlem ${j + 1}`, 'juror', ORGANISATIONS[j % ORGANISATIONS.length], null, passwordHash, AT).lastInsertRowid));
    }
    kommuner.forEach((k, i) => insUser.run(`bench-kommun${i + 1}@example.org`, `Kontakt ${k.name}`, 'municipality', null, k.kommunkod, passwordHash, AT));

    const cycleId = Number(
      c.prepare("insert into cycles (year, name, mode, phase, rubric_locked_at, is_demo, created_at) values (2027, 'Benchmark 2027', 'open_application', 'review', ?, 1, ?)").run(AT, AT).lastInsertRowid,
    );
    c.prepare("insert into cycle_phase_dates (cycle_id, phase, starts_at, ends_at) values (?, 'review', '2020-01-01T00:00:00.000Z', '2099-12-31T22:59:00.000Z')").run(cycleId); // open whenever the bench runs

    const criteria: number[] = [];
    CLASSIC_RUBRIC.areas.forEach((area, ai) => {
      const areaId = Number(c.prepare('insert into rubric_areas (cycle_id, key, name, description, weight, position) values (?, ?, ?, ?, 1, ?)').run(cycleId, area.key, area.name, area.description, ai).lastInsertRowid);
      for (let ci = 0; ci < BENCH_CRITERIA_PER_AREA; ci++) {
        const t = area.criteria[ci % area.criteria.length];
        criteria.push(
          Number(
            c.prepare('insert into rubric_criteria (area_id, title, guidance, low_text, mid_text, high_text, weight, position) values (?, ?, ?, ?, ?, ?, 1, ?)')
              .run(areaId, ci < area.criteria.length ? t.title : `${t.title} (${ci + 1})`, t.guidance, t.low, t.mid, t.high, ci).lastInsertRowid,
          ),
        );
      }
    });

    const insNom = c.prepare("insert into nominations (cycle_id, kommunkod, status, answers, submitted_at, updated_at, created_at) values (?, ?, 'submitted', ?, ?, ?, ?)");
    const insDoc = c.prepare("insert into documents (nomination_id, type, title, filename, sha256, size_bytes, page_count, text_status, is_demo, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, 'ready', 1, ?)");
    const insPage = c.prepare('insert into document_pages (document_id, page_no, text) values (?, ?, ?)');
    const insAssign = c.prepare('insert into assignments (nomination_id, juror_id, created_at) values (?, ?, ?)');
    const insSheet = c.prepare('insert into score_sheets (nomination_id, juror_id, status, submitted_at, revision, updated_at) values (?, ?, ?, ?, 1, ?)');
    const insScore = c.prepare('insert into scores (sheet_id, criterion_id, value, cannot_assess, comment, updated_at) values (?, ?, ?, 0, ?, ?)');
    const leniency = jurors.map(() => (random() - 0.5) * 0.8);

    kommuner.forEach((k, i) => {
      const answers = JSON.stringify({ democracy: `${k.name} arbetar med medborgardialog.`, service: 'Servicegarantier följs upp.', workEnvironment: 'Medarbetarenkät varje år.', community: 'Samverkan med näringslivet.' });
      const nominationId = Number(insNom.run(cycleId, k.kommunkod, answers, AT, AT, AT).lastInsertRowid);
      const docs = i === 0 ? [bigStored, ...pool.slice(0, 4)] : DOC_TYPES.map((_, d) => pool[(i + d * 2) % pool.length]);
      const seen = new Set<string>();
      for (const d of docs) {
        if (seen.has(d.sha256)) continue;
        seen.add(d.sha256);
        const documentId = Number(insDoc.run(nominationId, d.type, d.title, `${d.type}.pdf`, d.sha256, d.sizeBytes, d.pages.length, AT).lastInsertRowid);
        d.pages.forEach((text, p) => insPage.run(documentId, p + 1, text));
      }
      const quality = 2.2 + random() * 2.4;
      jurors.forEach((jurorId, j) => {
        insAssign.run(nominationId, jurorId, AT);
        // Juror 1 has scored everything but not submitted: the score-saving measure writes there.
        const submitted = j !== 0;
        const sheetId = Number(insSheet.run(nominationId, jurorId, submitted ? 'submitted' : 'in_progress', submitted ? AT : null, AT).lastInsertRowid);
        for (const criterionId of criteria) {
          const value = clamp(Math.round(quality + leniency[j] + (random() - 0.5) * 1.6));
          insScore.run(sheetId, criterionId, value, value === 1 || value === 5 ? 'Motiverat av underlaget.' : '', AT);
        }
      });
    });

    // A second cycle with applications open (deadline far ahead) and one draft application, for uploads.
    const openCycle = Number(
      c.prepare("insert into cycles (year, name, mode, phase, is_demo, created_at) values (2029, 'Benchmark 2029', 'open_application', 'applications_open', 1, ?)").run(AT).lastInsertRowid,
    );
    c.prepare("insert into cycle_phase_dates (cycle_id, phase, starts_at, ends_at) values (?, 'applications_open', '2020-01-01T00:00:00.000Z', '2099-12-31T22:59:00.000Z')").run(openCycle);
    c.prepare("insert into nominations (cycle_id, kommunkod, status, answers, updated_at, created_at) values (?, ?, 'draft', '{}', ?, ?)").run(openCycle, kommuner[1].kommunkod, AT, AT);

    const insKpi = c.prepare('insert or ignore into kpis (id, name, unit, direction, component) values (?, ?, ?, ?, ?)');
    for (const k of KPIS) insKpi.run(...k);
    const insValue = c.prepare('insert or replace into indicator_values (kommunkod, kpi_id, year, value, is_demo) values (?, ?, ?, ?, 1)');
    for (const k of kommuner) for (const [id] of KPIS) for (const year of BENCH_YEARS) insValue.run(k.kommunkod, id, year, kpiValue(random, id));
  })();
}

function clamp(v: number): number {
  return Math.min(5, Math.max(1, v));
}

function kpiValue(random: Random, id: string): number {
  if (id === 'N00901') return Math.round((19 + random() * 4.5) * 100) / 100;
  return Math.round((random() * 100 - (id === 'N03102' || id === 'N00097' ? 50 : 0)) * 10) / 10;
}
