import type { Db } from '@/db/client';
import { cyclePhaseDates, cycles, nominations, users } from '@/db/schema';
import type { CurrentUser } from '@/lib/auth/session';
import type { Phase } from '@/lib/domain/phases';
import { syncMunicipalities } from '@/seeds/municipalities';
import { emptyAnswers, type ApplicationAnswers } from '@/lib/validation/application';

export const DEADLINE = '2027-03-15T22:59:00.000Z';
export const OPENS = '2027-01-14T23:00:00.000Z';
export const CREATED = '2027-02-01T08:00:00.000Z';

/** A cycle in `phase` with an application window, two municipalities' nominations, and their contacts. */
export function applicationFixture(db: Db, phase: Phase = 'applications_open') {
  syncMunicipalities(db);
  const cycleId = db
    .insert(cycles)
    .values({ year: 2027, name: `Testomgång ${Math.random()}`, mode: 'open_application', phase })
    .returning({ id: cycles.id })
    .get().id;
  db.insert(cyclePhaseDates).values({ cycleId, phase: 'applications_open', startsAt: OPENS, endsAt: DEADLINE }).run();
  const mk = (kommunkod: string) =>
    db.insert(nominations).values({ cycleId, kommunkod, status: 'draft', answers: {}, updatedAt: CREATED, createdAt: CREATED }).returning({ id: nominations.id }).get().id;
  const habo = mk('0643');
  const svedala = mk('1214');
  const user = (email: string, role: CurrentUser['role'], kommunkod: string | null, municipalityName: string | null): CurrentUser => {
    const id = db.insert(users).values({ email, name: email.split('@')[0], role, kommunkod }).returning({ id: users.id }).get().id;
    return { id, email, name: email.split('@')[0], role, organisation: null, kommunkod, municipalityName, isDemo: false };
  };
  const n = Math.floor(Math.random() * 1e9);
  return {
    cycleId,
    habo,
    svedala,
    haboContact: user(`habo${n}@habo.se`, 'municipality', '0643', 'Habo'),
    svedalaContact: user(`svedala${n}@svedala.se`, 'municipality', '1214', 'Svedala'),
    organiser: user(`arr${n}@example.org`, 'organiser', null, null),
    juror: user(`jury${n}@example.org`, 'juror', null, null),
  };
}

export function completeAnswers(): ApplicationAnswers {
  const long = (word: string) => `${word} `.repeat(60).trim();
  return {
    ...emptyAnswers(),
    contacts: [{ name: 'Åsa Öberg', role: 'Kvalitetsstrateg', email: 'asa.oberg@habo.se', phone: '036-12 34 56' }],
    selfDescription: {
      democracy: long('medborgardialog'),
      service: long('servicedeklaration'),
      work_environment: long('arbetsmiljö'),
      community_building: long('samhällsbyggnad'),
    },
    goals: long('mål'),
    followUp: long('uppföljning'),
    keyFacts: { inhabitants: '12 500', employees: '1 100', budget: '900 mnkr', other: '' },
  };
}

/**
 * Every row of every ordinary table (like dumpAllTables in tests/helpers/db.ts, which
 * fails on the FTS5 shadow tables: some are WITHOUT ROWID). The FTS index follows
 * document_pages through triggers, so comparing document_pages is enough.
 */
export function dumpTables(db: Db): Record<string, unknown[]> {
  const tables = db.$client
    .prepare(
      "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '__drizzle%' and name not like 'document_pages_fts%' order by name",
    )
    .all() as { name: string }[];
  const out: Record<string, unknown[]> = {};
  for (const { name } of tables) out[name] = db.$client.prepare(`select * from "${name}" order by rowid`).all();
  return out;
}
