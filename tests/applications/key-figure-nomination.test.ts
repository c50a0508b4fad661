import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../helpers/db';
import { applicationFixture } from '../helpers/application-fixture';
import { cycles, nominations } from '@/db/schema';
import { editableNomination } from '@/lib/applications/access';

const t = freshDatabase('key-figure-nomination');
afterAll(() => t.cleanup());

describe('a nomination by key figures', () => {
  const fx = applicationFixture(t.db);
  t.db.update(cycles).set({ mode: 'key_figures' }).where(eq(cycles.id, fx.cycleId)).run();
  t.db.update(nominations).set({ status: 'invited' }).where(eq(nominations.id, fx.habo)).run();
  const actor = { id: fx.haboContact.id, role: 'municipality' as const, kommunkod: '0643' };
  const now = new Date('2027-02-10T10:00:00.000Z');

  it('cannot be filled in before the municipality has accepted it', () => {
    expect(() => editableNomination(t.db, actor, fx.habo, 'edit_application', now)).toThrow(/Svara först på nomineringen/);
  });

  it('opens once accepted (a draft)', () => {
    t.db.update(nominations).set({ status: 'draft' }).where(eq(nominations.id, fx.habo)).run();
    expect(editableNomination(t.db, actor, fx.habo, 'edit_application', now).id).toBe(fx.habo);
  });
});
