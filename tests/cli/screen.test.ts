import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main, type ScreenOutput } from '@/lib/cli/screen';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kk-screen-'));
function file(name: string, text: string): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, text);
  return p;
}

const MODEL = {
  components: [
    { name: 'Ekonomi', weight: 60, kpis: [{ id: 'N03102', direction: 'higher' }] },
    { name: 'Skatt', weight: 40, kpis: [{ id: 'N00901', direction: 'lower' }] },
  ],
  years: 1,
  minCoverage: 0.5,
};
// Hand-computed (mid-rank percentiles): N03102 among 4 values 10,20,30,30 → 12.5, 37.5, 75, 75;
// N00901 (lower is better) among 20,21,22 → 83.3, 50, 16.7. 0120 lacks N00901: its
// composite is Ekonomi alone (weights re-normalised), coverage 1/2 — just enough.
const VALUES = [
  'kommunkod,kpi,year,value',
  '0114,N03102,2024,10',
  '0114,N00901,2024,20',
  '0115,N03102,2024,30',
  '0115,N00901,2024,22',
  '0117,N03102,2024,20',
  '0117,N00901,2024,21',
  '0120,N03102,2024,30',
  '0114,N03102,2023,99',
].join('\n');

function run(args: string[]) {
  let out = '';
  let err = '';
  const code = main(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

describe('npm run screen', () => {
  const values = file('values.csv', VALUES);
  const model = file('model.json', JSON.stringify(MODEL));

  it('ranks by the weighted composite of direction-aware percentiles, insufficient data last', () => {
    const { code, out } = run(['--values', values, '--model', model, '--format', 'json']);
    expect(code).toBe(0);
    const rows = JSON.parse(out) as ScreenOutput[];
    expect(rows).toHaveLength(290);
    expect(rows.slice(0, 4)).toEqual([
      { kommunkod: '0120', namn: 'Värmdö', rank: 1, composite: 75, components: { Ekonomi: 75, Skatt: null }, coverage: 0.5 },
      { kommunkod: '0115', namn: 'Vallentuna', rank: 2, composite: 51.667, components: { Ekonomi: 75, Skatt: 16.667 }, coverage: 1 },
      { kommunkod: '0117', namn: 'Österåker', rank: 3, composite: 42.5, components: { Ekonomi: 37.5, Skatt: 50 }, coverage: 1 },
      { kommunkod: '0114', namn: 'Upplands Väsby', rank: 4, composite: 40.833, components: { Ekonomi: 12.5, Skatt: 83.333 }, coverage: 1 },
    ]);
    expect(rows.slice(4).every((r) => r.rank === null && r.coverage === 0)).toBe(true);
  });

  it('keeps the top N in table and CSV form', () => {
    const csv = run(['--values', values, '--model', model, '--top', '2', '--format', 'csv']);
    expect(csv.out.trim().split('\n')).toEqual(['rank,kommunkod,namn,composite,Ekonomi,Skatt,coverage', '1,0120,Värmdö,75,75,,0.5', '2,0115,Vallentuna,51.667,75,16.667,1']);
    const table = run(['--values', values, '--model', model, '--top', '1']);
    expect(table.out).toMatch(/Plats\s+Kod\s+Kommun/);
    expect(table.out).toMatch(/1\s+0120\s+Värmdö\s+75,0\s+75,0\s+–\s+50 %/);
  });

  it('refuses a model that is not JSON, names an unknown KPI, or has weights not summing to 100', () => {
    const notJson = run(['--values', values, '--model', file('bad.json', '{ components: ')]);
    expect(notJson).toMatchObject({ code: 1, out: '' });
    expect(notJson.err).toContain('inte giltig JSON');

    const unknown = run(['--values', values, '--model', file('unknown.json', JSON.stringify({ ...MODEL, components: [MODEL.components[0], { name: 'X', weight: 40, kpis: [{ id: 'N99999', direction: 'higher' }] }] }))]);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('N99999');

    const weights = run(['--values', values, '--model', file('w.json', JSON.stringify({ ...MODEL, components: [{ ...MODEL.components[0], weight: -10 }, MODEL.components[1]] }))]);
    expect(weights.code).toBe(1);
    expect(weights.err).toMatch(/negativ|100 procent/);
  });

  it('refuses a values file with bad lines, listing them, and computes nothing', () => {
    const bad = run(['--values', file('bad.csv', 'kommunkod,kpi,year,value\n0114,N03102,2024,abc\n9999,N03102,2024,1\n'), '--model', model]);
    expect(bad.code).toBe(1);
    expect(bad.out).toBe('');
    expect(bad.err).toMatch(/rad 2/);
    expect(bad.err).toMatch(/rad 3/);
  });

  it('says so when no municipality reaches the coverage minimum', () => {
    const res = run(['--values', values, '--model', file('strict.json', JSON.stringify({ ...MODEL, minCoverage: 1 })), '--format', 'json']);
    expect(res.code).toBe(0); // three municipalities have every cell
    const none = run(['--values', file('thin.csv', 'kommunkod,kpi,year,value\n0114,N03102,2024,1\n0115,N00901,2024,2\n'), '--model', file('strict2.json', JSON.stringify({ ...MODEL, minCoverage: 1 }))]);
    expect(none.code).toBe(1);
    expect(none.err).toContain('lägsta datatäckning');
  });

  it('answers bad usage with exit code 2 and the usage line', () => {
    expect(run(['--model', model])).toMatchObject({ code: 2 });
    expect(run(['--values', values, '--model', model, '--format', 'xml']).err).toContain('table, json eller csv');
    expect(run(['--values', values, '--model', model, '--top', '0']).code).toBe(2);
  });

  it('runs as the npm script', () => {
    const out = execFileSync('npm', ['run', '--silent', 'screen', '--', '--values', values, '--model', model, '--top', '1', '--format', 'json'], { encoding: 'utf8' });
    expect((JSON.parse(out) as ScreenOutput[]).map((r) => r.kommunkod)).toEqual(['0120']);
  }, 30_000);
});
