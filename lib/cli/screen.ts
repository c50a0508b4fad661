/**
 * `npm run screen -- --values FILE --model MODEL.json [--top N] [--format table|json|csv] [--by-population]`
 *
 * Screens all 290 municipalities on key figures from the command line, with the
 * same functions as the organiser's screening page: FILE in the import format
 * `kommunkod,kpi,year,value` (or Kolada JSON), MODEL.json the screening model.
 * Exit codes: 0 done, 1 bad input (a Swedish message on stderr), 2 bad usage.
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { kpiIssueText, parseKpiFile } from '@/lib/import/kpi-values';
import { runScreening, screeningModelSchema, ScreeningError, type ScreeningModel, type ScreeningRow } from '@/lib/domain/screening';
import { readMunicipalities } from '@/seeds/municipalities';

export type ScreenOutput = { kommunkod: string; namn: string; rank: number | null; composite: number | null; components: Record<string, number | null>; coverage: number };

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2,
  ) {
    super(message);
  }
}

const USAGE = 'Användning: npm run screen -- --values FIL --model MODELL.json [--top N] [--format table|json|csv] [--by-population]';

/** Reads and validates the model file; every problem becomes one Swedish line. */
export function readModel(text: string): ScreeningModel {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new CliError('Modellfilen är inte giltig JSON. Kontrollera kommatecken och citattecken.', 1);
  }
  const parsed = screeningModelSchema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.length ? `${i.path.join('.')}: ` : ''}${i.message}`);
    throw new CliError(`Modellen har fel:\n${lines.join('\n')}`, 1);
  }
  return parsed.data;
}

/** Runs a screening from file contents; returns the rows sorted by rank, insufficient data last. */
export function screen(valuesInput: Uint8Array | string, modelText: string, opts: { byPopulation?: boolean; now?: Date } = {}): ScreenOutput[] {
  const model = readModel(modelText);
  const municipalities = readMunicipalities();
  const knownKpis = new Set(model.components.flatMap((c) => c.kpis.map((k) => k.id)));
  const parsed = parseKpiFile(valuesInput, {
    knownKommunkoder: new Set(municipalities.map((m) => m.kommunkod)),
    knownKpis,
    maxYear: (opts.now ?? new Date()).getUTCFullYear() + 1,
  });
  // Rows of key figures the model does not use are simply not part of this screening.
  const errors = parsed.errors.filter((e) => e.kind !== 'unknown_kpi');
  if (errors.length > 0) {
    const shown = errors.slice(0, 20).map((e) => `  rad ${e.line}: ${kpiIssueText(e)}`);
    const more = errors.length > 20 ? `\n  … och ${errors.length - 20} rader till.` : '';
    throw new CliError(`Värdefilen har ${errors.length} felaktiga rader; inget räknades:\n${shown.join('\n')}${more}`, 1);
  }
  let result;
  try {
    result = runScreening(
      parsed.rows.map((r) => ({ kommunkod: r.kommunkod, kpi: r.kpi, year: r.year, value: r.value })),
      model,
      municipalities.map((m) => ({ kommunkod: m.kommunkod, namn: m.name, population: m.population ?? 0 })),
      { groupByPopulation: opts.byPopulation },
    );
  } catch (err) {
    if (err instanceof ScreeningError) throw new CliError(err.message, 1);
    throw err;
  }
  if (result.rows.every((r) => r.insufficient)) {
    throw new CliError('Ingen kommun når modellens lägsta datatäckning (minCoverage). Sänk kravet eller importera fler värden.', 1);
  }
  return result.rows.map(toOutput);
}

function toOutput(r: ScreeningRow): ScreenOutput {
  return { kommunkod: r.kommunkod, namn: r.namn, rank: r.rank, composite: round(r.composite), components: Object.fromEntries(Object.entries(r.components).map(([k, v]) => [k, round(v)])), coverage: round(r.coverage) ?? 0 };
}

function round(x: number | null): number | null {
  return x === null ? null : Math.round(x * 1000) / 1000;
}

const sv = (x: number | null, digits = 1) => (x === null ? '–' : x.toFixed(digits).replace('.', ','));

export function format(rows: ScreenOutput[], kind: 'table' | 'json' | 'csv'): string {
  if (kind === 'json') return `${JSON.stringify(rows, null, 2)}\n`;
  const components = Object.keys(rows[0]?.components ?? {});
  if (kind === 'csv') {
    const esc = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
    const head = ['rank', 'kommunkod', 'namn', 'composite', ...components, 'coverage'].map(esc).join(',');
    const body = rows.map((r) => [r.rank ?? '', r.kommunkod, esc(r.namn), r.composite ?? '', ...components.map((c) => r.components[c] ?? ''), r.coverage].join(','));
    return `${[head, ...body].join('\n')}\n`;
  }
  const header = ['Plats', 'Kod', 'Kommun', 'Samlat', ...components, 'Täckning'];
  const lines = rows.map((r) => [r.rank === null ? 'otillr. data' : String(r.rank), r.kommunkod, r.namn, sv(r.composite), ...components.map((c) => sv(r.components[c])), `${Math.round(r.coverage * 100)} %`]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const fmt = (cells: string[]) => cells.map((c, i) => (i >= 3 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ');
  return `${[fmt(header), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.map(fmt)].join('\n')}\n`;
}

export function main(argv: string[], io: { out: (s: string) => void; err: (s: string) => void }): number {
  try {
    let args;
    try {
      args = parseArgs({
        args: argv,
        options: { values: { type: 'string' }, model: { type: 'string' }, top: { type: 'string' }, format: { type: 'string', default: 'table' }, 'by-population': { type: 'boolean', default: false } },
        strict: true,
      }).values;
    } catch (e) {
      throw new CliError(`${(e as Error).message}\n${USAGE}`, 2);
    }
    if (!args.values || !args.model) throw new CliError(USAGE, 2);
    const kind = args.format as string;
    if (kind !== 'table' && kind !== 'json' && kind !== 'csv') throw new CliError(`Okänt format "${kind}": välj table, json eller csv.`, 2);
    const top = args.top === undefined ? undefined : Number(args.top);
    if (top !== undefined && (!Number.isInteger(top) || top < 1)) throw new CliError('--top ska vara ett positivt heltal.', 2);
    const read = (file: string, what: string) => {
      try {
        return fs.readFileSync(file);
      } catch {
        throw new CliError(`Kan inte läsa ${what} ${file}. Kontrollera sökvägen.`, 1);
      }
    };
    const rows = screen(read(args.values, 'värdefilen'), read(args.model, 'modellfilen').toString('utf8'), { byPopulation: args['by-population'] });
    // --top N keeps the ranked top N (ties at place N included), then the insufficient ones are dropped.
    const shown = top === undefined ? rows : rows.filter((r) => r.rank !== null && r.rank <= top);
    io.out(format(shown, kind));
    return 0;
  } catch (err) {
    if (err instanceof CliError) {
      io.err(`${err.message}\n`);
      return err.exitCode;
    }
    throw err;
  }
}

if (process.argv[1] && /screen\.ts$/.test(process.argv[1])) {
  process.exitCode = main(process.argv.slice(2), { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) });
}
