import type { Db } from '@/db/client';
import { cycles, nominations, users } from '@/db/schema';
import type { CurrentUser } from '@/lib/auth/session';
import { syncMunicipalities } from '@/seeds/municipalities';

/** A small cycle for the people, conflict and assignment tests: 1 organiser, jurors, nominations. */
export function seedSmallCycle(db: Db, opts: { jurors?: number; nominations?: number; phase?: 'draft' | 'review' | 'decided' } = {}) {
  syncMunicipalities(db);
  const at = '2026-11-01T10:00:00.000Z';
  const organiser = db
    .insert(users)
    .values({ email: 'arr@example.org', name: 'Olle Arrangör', role: 'organiser', createdAt: at })
    .returning()
    .get();
  const orgs = ['SKR', 'Swedbank', 'Saco', 'Vision', 'SKR', 'Kommunal'];
  const jurors = Array.from({ length: opts.jurors ?? 4 }, (_, i) =>
    db
      .insert(users)
      .values({ email: `j${i + 1}@example.org`, name: `Juror ${i + 1}`, role: 'juror', organisation: orgs[i % orgs.length], createdAt: at })
      .returning()
      .get(),
  );
  const cycle = db
    .insert(cycles)
    .values({ year: 2029, name: 'Testomgång 2029', phase: opts.phase ?? 'review', createdAt: at })
    .returning()
    .get();
  const codes = ['0114', '0115', '0117', '0120', '0123', '0125', '0126', '0127'].slice(0, opts.nominations ?? 4);
  const noms = codes.map((kommunkod) =>
    db
      .insert(nominations)
      .values({ cycleId: cycle.id, kommunkod, status: 'submitted', updatedAt: at, createdAt: at })
      .returning()
      .get(),
  );
  return { organiser, jurors, cycle, nominations: noms };
}

export function asCurrent(u: { id: number; email: string; name: string; role: 'organiser' | 'juror' | 'municipality'; organisation: string | null; kommunkod: string | null }): CurrentUser {
  return { id: u.id, email: u.email, name: u.name, role: u.role, organisation: u.organisation, kommunkod: u.kommunkod, municipalityName: null, isDemo: false };
}

export function auditActions(db: Db): string[] {
  return (db.$client.prepare('select action from audit_log order by id').all() as { action: string }[]).map((r) => r.action);
}

/**
 * Every row of every ordinary table (the FTS5 shadow tables, some WITHOUT ROWID,
 * are left out — tests/helpers/db.ts dumpAllTables fails on them).
 */
export function dumpTables(db: Db): Record<string, unknown[]> {
  const tables = db.$client
    .prepare(
      "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '__drizzle%' and name not like 'document_pages_fts%' order by name",
    )
    .all() as { name: string }[];
  const out: Record<string, unknown[]> = {};
  for (const { name } of tables) out[name] = db.$client.prepare(`select * from "${name}"`).all();
  return out;
}
