import { vt } from '@/lib/i18n/validation';
import 'server-only';
import { revalidatePath } from 'next/cache';
import { writeTransaction, type Db } from '@/db/client';
import { appendAudit } from '@/db/queries/audit';
import { insertScreeningModel, insertScreeningRun, keyFigureCycle, kpiCatalogue, latestScreeningModel } from '@/db/queries/screening';
import { permits, type CycleState, type Phase } from '@/lib/domain/phases';
import { ScreeningError, screeningModelSchema, type ScreeningModel } from '@/lib/domain/screening';
import { UserError } from '@/lib/errors';
import { computeScreening } from '@/lib/screening/compute';
import { nowIso } from '@/lib/time';
import { runScreeningSchema, saveScreeningModelSchema } from '@/lib/validation/screening';
import { defineAction } from './define-action';
import { refusalText } from '@/lib/i18n/refusal';

function keyFigureCycleOrFail(db: Db, cycleId: number) {
  const cycle = keyFigureCycle(db, cycleId);
  if (!cycle) throw new UserError(vt('valActCommon.noCycle'), 404);
  if (cycle.mode !== 'key_figures') throw new UserError(vt('valActScreening.keyFiguresOnly'), 409);
  return cycle;
}

/** Parses and checks a model against the catalogue; every problem as a field error in Swedish. */
export function parseModel(db: Db, json: string): ScreeningModel {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new UserError(vt('valActScreening.notJson'), 400, { modelJson: vt('valActScreening.notJsonField') });
  }
  const parsed = screeningModelSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new UserError(vt('valActScreening.modelError', { problem: `${first.path.length ? `${first.path.join('.')}: ` : ''}${first.message}` }), 400, { modelJson: first.message });
  }
  const known = new Set(kpiCatalogue(db).map((k) => k.id));
  const unknown = parsed.data.components.flatMap((c) => c.kpis.map((k) => k.id)).filter((id) => !known.has(id));
  if (unknown.length > 0) {
    const msg = vt('valActScreening.unknownKpi', { ids: unknown.join(', ') });
    throw new UserError(msg, 400, { modelJson: msg });
  }
  return parsed.data;
}

export const saveScreeningModel = defineAction({
  name: 'screening.saveModel',
  roles: ['organiser'],
  schema: saveScreeningModelSchema,
  handler: ({ user, input, db }) => {
    keyFigureCycleOrFail(db, input.cycleId);
    const model = parseModel(db, input.modelJson);
    const at = nowIso();
    const saved = writeTransaction(db, (tx) => {
      const before = latestScreeningModel(tx, input.cycleId);
      const row = insertScreeningModel(tx, { cycleId: input.cycleId, model, createdBy: user.id, createdAt: at });
      appendAudit(tx, { at, actorId: user.id, action: 'screening.model_saved', entity: 'screening_model', entityId: row.id, cycleId: input.cycleId, before: before?.model ?? null, after: model });
      return row;
    });
    revalidatePath(`/arrangor/omgang/${input.cycleId}/screening`);
    return { version: saved.version };
  },
});

export const runScreeningAction = defineAction({
  name: 'screening.run',
  roles: ['organiser'],
  schema: runScreeningSchema,
  handler: ({ user, input, db }) => {
    const cycle = keyFigureCycleOrFail(db, input.cycleId);
    // The organiser's own activities depend on the phase only (no dates).
    const state: CycleState = { mode: cycle.mode, phase: cycle.phase as Phase, dates: {} };
    const verdict = permits(state, 'run_screening', new Date());
    if (!verdict.ok) throw new UserError(refusalText(verdict), 409);
    const modelRow = latestScreeningModel(db, input.cycleId);
    if (!modelRow) throw new UserError(vt('valActScreening.noModel'), 409);
    const model = screeningModelSchema.parse(modelRow.model);
    let computed;
    try {
      computed = computeScreening(db, model, input.topN);
    } catch (err) {
      if (err instanceof ScreeningError) throw new UserError(err.message, 409);
      throw err;
    }
    if (computed.result.rows.every((r) => r.insufficient)) {
      throw new UserError(vt('valActScreening.noCoverage'), 409);
    }
    const at = nowIso();
    const runId = writeTransaction(db, (tx) => {
      const id = insertScreeningRun(tx, {
        cycleId: input.cycleId,
        modelId: modelRow.id,
        inputChecksum: computed.checksum,
        topN: input.topN,
        results: computed.result,
        stability: computed.stability,
        isDemo: computed.demoValues,
        createdBy: user.id,
        createdAt: at,
      });
      appendAudit(tx, { at, actorId: user.id, action: 'screening.run', entity: 'screening_run', entityId: id, cycleId: input.cycleId, after: { modelVersion: modelRow.version, topN: input.topN, checksum: computed.checksum } });
      return id;
    });
    revalidatePath(`/arrangor/omgang/${input.cycleId}/screening`);
    return { runId };
  },
});
