import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CurrentUser } from '@/lib/auth/session';

/*
 * /jury's rows come from a per-juror cache keyed on the database revision
 * (db/queries/jury-assignments-cache.ts). These tests change each input of the page —
 * through the loader's own connection and through another one (another process, a
 * script) — and require that the next load shows the change, exactly as an uncached
 * read does.
 */

const current: { user: CurrentUser | null } = { user: null };
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => current.user }));

const { loadMyAssignments } = await import('@/lib/loaders/jury');
const { assignmentsForJuror } = await import('@/db/queries/jury');
const { clearJuryAssignmentsCache } = await import('@/db/queries/jury-assignments-cache');
const { databaseStamp: databaseRevision } = await import('@/db/queries/database-stamp');
const { seedDemo } = await import('@/seeds/demo');
const { syncMunicipalities } = await import('@/seeds/municipalities');
const { freshDatabase } = await import('../helpers/db');
const { closeDb, getDb } = await import('@/db/client');

const t = freshDatabase('jury-cache');
/** Another connection to the same file: what another process or a script writes through. */
const other = t.db.$client;

function userOf(email: string): CurrentUser {
  const u = other.prepare('select id, email, name, role, organisation, kommunkod from users where email = ?').get(email) as CurrentUser;
  return { ...u, municipalityName: null, isDemo: true };
}

let juror: CurrentUser;
let cycleId: number;

/** What /jury shows, as the page loads it (through the cache). */
async function page() {
  return (await loadMyAssignments()).assignments;
}

/** What /jury would show read straight from the database, without any cache. */
async function uncached() {
  const db = getDb();
  clearJuryAssignmentsCache(db);
  const rows = (await loadMyAssignments()).assignments;
  clearJuryAssignmentsCache(db);
  expect(rows.length).toBe(assignmentsForJuror(db, current.user!.id).length);
  return rows;
}

beforeAll(async () => {
  syncMunicipalities(t.db);
  await seedDemo(t.db);
  juror = userOf('jury1@example.org');
  cycleId = (other.prepare("select id from cycles where is_demo = 1 order by id limit 1").get() as { id: number }).id;
}, 60_000);

beforeEach(() => {
  current.user = juror;
});

afterAll(() => {
  closeDb();
  t.cleanup();
});

describe('the /jury rows cache', () => {
  it('answers an unchanged database from the cache, per juror', async () => {
    const first = await page();
    expect(first.length).toBeGreaterThan(0);
    const revision = databaseRevision(getDb());
    const second = await page();
    expect(databaseRevision(getDb())).toBe(revision);
    expect(second).toEqual(first);
    // Another juror gets their own nominations, never the first juror's.
    current.user = userOf('jury3@example.org');
    const theirs = await page();
    expect(theirs).toEqual(await uncached());
    expect(theirs.map((a) => a.nominationId)).not.toEqual(first.map((a) => a.nominationId));
  });

  it('still asks for the session on every load: signed out, cached rows are not handed out', async () => {
    await page();
    current.user = null;
    await expect(loadMyAssignments()).rejects.toThrow();
  });

  /** Each input of the page, changed by one statement on a given connection; the page must show the change. */
  const changes: { input: string; change: (c: typeof other, a: { nominationId: number; kommunkod: string; shown: Awaited<ReturnType<typeof page>> }) => void }[] = [
    {
      input: 'a score given (progress)',
      change: (c, a) => {
        const sheet = c.prepare('select id from score_sheets where nomination_id = ? and juror_id = ?').get(a.nominationId, juror.id) as { id: number } | undefined;
        const sheetId =
          sheet?.id ??
          Number(
            c.prepare("insert into score_sheets (nomination_id, juror_id, status, revision, updated_at) values (?, ?, 'in_progress', 0, '2026-10-02T10:00:00.000Z')").run(a.nominationId, juror.id)
              .lastInsertRowid,
          );
        const criterion = c
          .prepare('select rc.id from rubric_criteria rc join rubric_areas ra on ra.id = rc.area_id where ra.cycle_id = ? and rc.id not in (select criterion_id from scores where sheet_id = ?) limit 1')
          .get(cycleId, sheetId) as { id: number };
        c.prepare("insert into scores (sheet_id, criterion_id, value, cannot_assess, comment, updated_at) values (?, ?, 3, 0, '', '2026-10-02T10:00:00.000Z')").run(sheetId, criterion.id);
      },
    },
    {
      input: 'a score cleared (progress)',
      change: (c, a) => {
        c.prepare('update scores set value = null, cannot_assess = 0 where rowid = (select sc.rowid from scores sc join score_sheets s on s.id = sc.sheet_id where s.nomination_id = ? and s.juror_id = ? and sc.value is not null limit 1)').run(
          a.nominationId,
          juror.id,
        );
      },
    },
    {
      input: 'the sheet submitted (status)',
      change: (c, a) => {
        c.prepare("update score_sheets set status = 'submitted', submitted_at = '2026-10-03T10:00:00.000Z', revision = revision + 1 where nomination_id = ? and juror_id = ?").run(a.nominationId, juror.id);
      },
    },
    {
      input: 'the sheet reopened (status)',
      change: (c, a) => {
        const submitted = a.shown.find((x) => x.progress === 'submitted')!;
        c.prepare("update score_sheets set status = 'in_progress', submitted_at = null, revision = revision + 1 where nomination_id = ? and juror_id = ?").run(submitted.nominationId, juror.id);
      },
    },
    {
      input: 'a conflict declared (the nomination disappears)',
      change: (c, a) => {
        c.prepare("insert into conflicts (cycle_id, juror_id, kommunkod, reason, created_at) values (?, ?, ?, 'Jäv', '2026-10-04T10:00:00.000Z')").run(cycleId, juror.id, a.kommunkod);
      },
    },
    {
      input: 'an assignment removed',
      change: (c, a) => {
        c.prepare('delete from assignments where nomination_id = ? and juror_id = ?').run(a.nominationId, juror.id);
      },
    },
    {
      input: 'an assignment added',
      change: (c) => {
        const free = c
          .prepare(
            `select n.id from nominations n where n.cycle_id = ? and n.id not in (select nomination_id from assignments where juror_id = ?)
               and n.kommunkod not in (select kommunkod from conflicts where juror_id = ? and cycle_id = ?) limit 1`,
          )
          .get(cycleId, juror.id, juror.id, cycleId) as { id: number };
        c.prepare("insert into assignments (nomination_id, juror_id, created_at) values (?, ?, '2026-10-05T10:00:00.000Z')").run(free.id, juror.id);
      },
    },
    {
      input: 'the review deadline moved',
      change: (c) => {
        c.prepare("update cycle_phase_dates set ends_at = strftime('%Y-%m-%dT%H:%M:%fZ', ends_at, '+1 day') where cycle_id = ? and phase = 'review'").run(cycleId);
      },
    },
    {
      input: 'the cycle moved to the interviews phase with a finalist (interview links)',
      change: (c, a) => {
        c.prepare("update cycles set phase = case phase when 'interviews' then 'review' else 'interviews' end where id = ?").run(cycleId);
        c.prepare('update nominations set finalist = 1 where id = ?').run(a.nominationId);
      },
    },
    {
      input: 'a nomination made finalist or not',
      change: (c, a) => {
        c.prepare('update nominations set finalist = 1 - finalist where id = ?').run(a.nominationId);
      },
    },
    {
      input: 'the cycle renamed',
      change: (c) => {
        c.prepare("update cycles set name = name || ' (ny)' where id = ?").run(cycleId);
      },
    },
    {
      input: 'a criterion added to the rubric (total)',
      change: (c) => {
        const area = c.prepare('select id from rubric_areas where cycle_id = ? order by position limit 1').get(cycleId) as { id: number };
        c.prepare("insert into rubric_criteria (area_id, title, position) values (?, 'Nytt kriterium', 99)").run(area.id);
      },
    },
    {
      input: 'the municipality renamed (municipality list sync)',
      change: (c, a) => {
        c.prepare("update municipalities set name = name || ' kommun' where kommunkod = ?").run(a.kommunkod);
      },
    },
  ];

  for (const via of ['the loader’s own connection', 'another connection (another process)'] as const) {
    describe(`changed through ${via}`, () => {
      for (const { input, change } of changes) {
        it(`${input}: the page changes`, async () => {
          // Warm the cache, then change one input.
          const before = await page();
          expect(await page()).toEqual(before);
          const target = before.find((a) => a.progress !== 'submitted') ?? before[0];
          const { kommunkod } = other.prepare('select kommunkod from nominations where id = ?').get(target.nominationId) as { kommunkod: string };
          change(via === 'another connection (another process)' ? other : getDb().$client, { nominationId: target.nominationId, kommunkod, shown: before });
          const after = await page();
          expect(after).not.toEqual(before);
          expect(after).toEqual(await uncached());
        });
      }
    });
  }

  it('rows read inside an open transaction (which a rollback could take back) are never kept', async () => {
    const db = getDb();
    const before = await page();
    const target = before[0];
    db.$client.exec('begin');
    db.$client.prepare('delete from assignments where nomination_id = ? and juror_id = ?').run(target.nominationId, juror.id);
    const inside = await page();
    db.$client.exec('rollback');
    expect(inside.map((a) => a.nominationId)).not.toContain(target.nominationId);
    expect(await page()).toEqual(before);
  });
});
