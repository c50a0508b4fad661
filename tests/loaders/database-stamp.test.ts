import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '@/db/client';
import { users } from '@/db/schema';
import { freshDatabase } from '../helpers/db';

const { databaseStamp } = await import('@/db/queries/database-stamp');

const t = freshDatabase('database-stamp');
const other = openDatabase(t.file);
afterAll(() => {
  other.$client.close();
  t.cleanup();
});

describe('the database stamp the shortlist and progress pages are cached by', () => {
  it('stays the same while nothing changes and moves with a write through this or another connection', () => {
    const first = databaseStamp(t.db);
    t.db.$client.prepare('select count(*) from users').get();
    expect(databaseStamp(t.db)).toBe(first);

    t.db.insert(users).values({ email: 'a@example.org', name: 'A', role: 'juror', createdAt: '2026-11-01T10:00:00.000Z' }).run();
    const afterOwn = databaseStamp(t.db);
    expect(afterOwn).not.toBe(first);

    other.insert(users).values({ email: 'b@example.org', name: 'B', role: 'juror', createdAt: '2026-11-01T10:00:00.000Z' }).run();
    const afterOther = databaseStamp(t.db);
    expect(afterOther).not.toBe(afterOwn);
    expect(databaseStamp(t.db)).toBe(afterOther);
  });
});
