import { vt } from '@/lib/i18n/validation';
import 'server-only';
import { revalidatePath } from 'next/cache';
import { writeTransaction } from '@/db/client';
import { appendAudit } from '@/db/queries/audit';
import { cycleById } from '@/db/queries/cycles';
import { mergeCycleSettings } from '@/db/queries/nominees';
import { UserError } from '@/lib/errors';
import { computeDevelopment, cycleModel } from '@/lib/screening/development';
import { nowIso } from '@/lib/time';
import { chooseDevelopmentSchema } from '@/lib/validation/nominees';
import { defineAction } from './define-action';

export type DevelopmentChoice = {
  kommunkod: string;
  name: string;
  reason: string;
  rank: number;
  slope: number;
  years: number[];
  chosenAt: string;
  chosenBy: number;
};

/** The organiser names the best development municipality (the honour mention), with a reason; kept in cycles.settings. */
export const chooseDevelopmentMunicipality = defineAction({
  name: 'nominees.chooseDevelopment',
  roles: ['organiser'],
  schema: chooseDevelopmentSchema,
  handler: ({ user, input, db }) => {
    const cycle = cycleById(db, input.cycleId);
    if (!cycle) throw new UserError(vt('valActCommon.noCycle'), 404);
    if (cycle.mode !== 'key_figures') throw new UserError(vt('valActDevelopment.keyFiguresOnly'), 409);
    if (cycle.phase === 'published') throw new UserError(vt('valActDevelopment.published'), 409);
    const development = computeDevelopment(db, cycleModel(db, cycle.id).model);
    const row = development.rows.find((r) => r.kommunkod === input.kommunkod);
    if (!row || row.rank === null || row.slope === null) {
      const msg = vt('valActDevelopment.noDevelopment');
      throw new UserError(msg, 422, { kommunkod: msg });
    }
    const at = nowIso();
    const choice: DevelopmentChoice = { kommunkod: row.kommunkod, name: row.namn, reason: input.reason, rank: row.rank, slope: row.slope, years: development.years, chosenAt: at, chosenBy: user.id };
    writeTransaction(db, (tx) => {
      const before = (cycleById(tx, cycle.id)?.settings ?? {}).developmentMunicipality ?? null;
      mergeCycleSettings(tx, cycle.id, { developmentMunicipality: choice });
      appendAudit(tx, { at, actorId: user.id, action: 'development.chosen', entity: 'cycle', entityId: cycle.id, cycleId: cycle.id, before, after: choice });
    });
    revalidatePath(`/arrangor/omgang/${cycle.id}/screening/utveckling`);
    return { kommunkod: row.kommunkod, rank: row.rank };
  },
});
