import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CurrentUser } from '@/lib/auth/session';

const current: { user: CurrentUser | null } = { user: null };
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => current.user }));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));

const { runScreeningAction, saveScreeningModel } = await import('@/lib/actions/screening');
const { freshDatabase } = await import('../helpers/db');
const { syncMunicipalities } = await import('@/seeds/municipalities');

const t = freshDatabase('screening');
const organiser: CurrentUser = { id: 1, email: 'a@example.org', name: 'A', role: 'organiser', organisation: null, kommunkod: null, municipalityName: null, isDemo: false };
const juror: CurrentUser = { ...organiser, id: 2, role: 'juror', organisation: 'SKR' };

const MODEL = {
  components: [
    { name: 'Ekonomi', weight: 60, kpis: [{ id: 'N03102', direction: 'higher' }] },
    { name: 'Skatt', weight: 40, kpis: [{ id: 'N00901', direction: 'lower' }] },
  ],
  years: 2,
  minCoverage: 0.5,
};
let keyCycle: number;
let openCycle: number;

beforeAll(() => {
  syncMunicipalities(t.db);
  const c = t.db.$client;
  c.prepare("insert into users (id, email, name, role, created_at) values (1, 'a@example.org', 'A', 'organiser', 'x'), (2, 'j@example.org', 'J', 'juror', 'x')").run();
  c.prepare("insert into kpis (id, name, unit, direction, component) values ('N03102', 'Resultat', '%', 'higher', 'financial_strength'), ('N00901', 'Skattesats', '%', 'lower', 'financial_strength')").run();
  keyCycle = Number(c.prepare("insert into cycles (year, name, mode, phase, created_at) values (2029, 'Nyckeltal 2029', 'key_figures', 'screening', 'x')").run().lastInsertRowid);
  openCycle = Number(c.prepare("insert into cycles (year, name, mode, phase, created_at) values (2029, 'Öppen 2029', 'open_application', 'draft', 'x')").run().lastInsertRowid);
  const ins = c.prepare('insert into indicator_values (kommunkod, kpi_id, year, value) values (?, ?, ?, ?)');
  const codes = (c.prepare('select kommunkod from municipalities order by kommunkod limit 40').all() as { kommunkod: string }[]).map((r) => r.kommunkod);
  codes.forEach((k, i) => {
    for (const year of [2023, 2024]) {
      ins.run(k, 'N03102', year, i + year / 1000);
      ins.run(k, 'N00901', year, 20 + (i % 7) / 10);
    }
  });
});

beforeEach(() => {
  current.user = organiser;
});

const auditActions = () => (t.db.$client.prepare('select action from audit_log order by id').all() as { action: string }[]).map((r) => r.action);

describe('screening actions', () => {
  it('refuses a run before any model is saved', async () => {
    expect(await runScreeningAction({ cycleId: keyCycle, topN: 5 })).toMatchObject({ ok: false, error: expect.stringContaining('screeningmodell') });
  });

  it('refuses models that are not JSON, name an unknown KPI, or have bad weights — and saves nothing', async () => {
    expect(await saveScreeningModel({ cycleId: keyCycle, modelJson: '{ components: [' })).toMatchObject({ ok: false, fieldErrors: { modelJson: 'Inte giltig JSON.' } });
    const unknown = { ...MODEL, components: [MODEL.components[0], { name: 'X', weight: 40, kpis: [{ id: 'N99999', direction: 'higher' }] }] };
    expect(await saveScreeningModel({ cycleId: keyCycle, modelJson: JSON.stringify(unknown) })).toMatchObject({ ok: false, error: expect.stringContaining('N99999') });
    const weights = { ...MODEL, components: [{ ...MODEL.components[0], weight: 70 }, MODEL.components[1]] };
    expect(await saveScreeningModel({ cycleId: keyCycle, modelJson: JSON.stringify(weights) })).toMatchObject({ ok: false, error: expect.stringContaining('100 procent') });
    expect(t.db.$client.prepare('select count(*) as n from screening_models').get()).toEqual({ n: 0 });
  });

  it('refuses screening in a cycle of open application, and to a juror', async () => {
    expect(await saveScreeningModel({ cycleId: openCycle, modelJson: JSON.stringify(MODEL) })).toMatchObject({ ok: false, error: expect.stringContaining('nyckeltal') });
    current.user = juror;
    expect(await saveScreeningModel({ cycleId: keyCycle, modelJson: JSON.stringify(MODEL) })).toMatchObject({ ok: false });
    expect(await runScreeningAction({ cycleId: keyCycle, topN: 5 })).toMatchObject({ ok: false });
  });

  it('saves versioned models and stores a reproducible, audited run with its stability', async () => {
    expect(await saveScreeningModel({ cycleId: keyCycle, modelJson: JSON.stringify(MODEL) })).toEqual({ ok: true, data: { version: 1 } });
    expect(await saveScreeningModel({ cycleId: keyCycle, modelJson: JSON.stringify({ ...MODEL, years: 1 }) })).toEqual({ ok: true, data: { version: 2 } });
    const first = await runScreeningAction({ cycleId: keyCycle, topN: 5 });
    const second = await runScreeningAction({ cycleId: keyCycle, topN: 5 });
    expect(first.ok && second.ok).toBe(true);
    const runs = t.db.$client.prepare('select model_id, input_checksum, top_n, results, stability from screening_runs order by id').all() as { input_checksum: string; results: string; stability: string; top_n: number }[];
    expect(runs).toHaveLength(2);
    expect(runs[1].input_checksum).toBe(runs[0].input_checksum);
    expect(runs[1].results).toBe(runs[0].results);
    expect(runs[1].stability).toBe(runs[0].stability);
    const results = JSON.parse(runs[0].results) as { years: number[]; rows: { kommunkod: string; rank: number | null; insufficient: boolean }[] };
    expect(results.years).toEqual([2024]);
    expect(results.rows.filter((r) => r.rank !== null)).toHaveLength(40);
    expect(results.rows.filter((r) => r.insufficient)).toHaveLength(250);
    const stability = JSON.parse(runs[0].stability) as { topN: number; rows: { classification: string }[] };
    expect(stability.topN).toBe(5);
    expect(stability.rows.length).toBeGreaterThanOrEqual(5);
    expect(auditActions()).toEqual(['screening.model_saved', 'screening.model_saved', 'screening.run', 'screening.run']);
  });

  it('refuses a run outside the screening phase', async () => {
    t.db.$client.prepare("update cycles set phase = 'applications_open' where id = ?").run(keyCycle);
    expect(await runScreeningAction({ cycleId: keyCycle, topN: 5 })).toMatchObject({ ok: false, error: expect.stringContaining('Screening') });
    t.db.$client.prepare("update cycles set phase = 'screening' where id = ?").run(keyCycle);
  });
});
