import { vt } from '@/lib/i18n/validation';
import 'server-only';
import fs from 'node:fs';
import { revalidatePath } from 'next/cache';
import { writeTransaction } from '@/db/client';
import { appendAudit } from '@/db/queries/audit';
import { deleteKpi as deleteKpiRow, insertKpi, kpiById, updateKpi, valueCountOf } from '@/db/queries/indicators';
import { screeningModels } from '@/db/schema';
import { defineAction } from '@/lib/actions/define-action';
import { UserError } from '@/lib/errors';
import { commitKpiImport, currentMaxYear, ImportRefused, type CommitResult } from '@/lib/import/kpi-import';
import { filePath } from '@/lib/storage/files';
import { nowIso } from '@/lib/time';
import { cleanFilename, commitImportSchema, deleteKpiSchema, saveKpiSchema } from '@/lib/validation/indicators';

function revalidate() {
  try {
    revalidatePath('/arrangor/nyckeltal', 'layout');
  } catch {
    // outside a request (tests, scripts) there is nothing to revalidate
  }
}

/** Adds a KPI to the catalogue or edits one; audited with the entry before and after. */
export const saveKpi = defineAction({
  name: 'indicators.saveKpi',
  roles: ['organiser'],
  schema: saveKpiSchema,
  handler: ({ user, input, db }) => {
    const { mode, ...kpi } = input;
    const result = writeTransaction(db, (tx) => {
      const before = kpiById(tx, kpi.id);
      if (mode === 'create' && before) throw new UserError(vt('valActIndicators.exists', { id: kpi.id }), 409, { id: vt('valActIndicators.existsField') });
      if (mode === 'edit' && !before) throw new UserError(vt('valActIndicators.missing', { id: kpi.id }), 404);
      if (before && before.name === kpi.name && before.unit === kpi.unit && before.direction === kpi.direction && before.component === kpi.component) {
        return { id: kpi.id, changed: false };
      }
      if (before) updateKpi(tx, kpi);
      else insertKpi(tx, kpi);
      appendAudit(tx, { actorId: user.id, action: before ? 'indicators.kpi_updated' : 'indicators.kpi_added', entity: 'kpi', entityId: kpi.id, before: before ?? null, after: kpi, at: nowIso() });
      return { id: kpi.id, changed: true };
    });
    revalidate();
    return result;
  },
});

/**
 * Removes a KPI added by mistake. Refused while values are stored for it or a
 * screening model names it: the indexes and stored screenings must stay reproducible.
 */
export const deleteKpi = defineAction({
  name: 'indicators.deleteKpi',
  roles: ['organiser'],
  schema: deleteKpiSchema,
  handler: ({ user, input, db }) => {
    const result = writeTransaction(db, (tx) => {
      const before = kpiById(tx, input.id);
      if (!before) throw new UserError(vt('valActIndicators.missing', { id: input.id }), 404);
      const values = valueCountOf(tx, before.id);
      if (values > 0) throw new UserError(vt('valActIndicators.hasValues', { id: before.id, count: values }), 409);
      const needle = JSON.stringify(before.id);
      const inModel = tx.select({ model: screeningModels.model }).from(screeningModels).all().some((m) => JSON.stringify(m.model).includes(needle));
      if (inModel) throw new UserError(vt('valActIndicators.inModel', { id: before.id }), 409);
      deleteKpiRow(tx, before.id);
      appendAudit(tx, { actorId: user.id, action: 'indicators.kpi_deleted', entity: 'kpi', entityId: before.id, before, after: null, at: nowIso() });
      return { id: before.id };
    });
    revalidate();
    return result;
  },
});

/**
 * Imports a previewed file (found again by its checksum among the stored uploads).
 * All or nothing; refused when the file has a bad line; conflicting values
 * replaced only when replaceConflicts is chosen.
 */
export const commitImport = defineAction({
  name: 'indicators.commitImport',
  roles: ['organiser'],
  schema: commitImportSchema,
  handler: ({ user, input, db }): CommitResult => {
    const file = filePath(input.sha256);
    if (!fs.existsSync(file)) throw new UserError(vt('valActIndicators.previewGone'), 404);
    const bytes = new Uint8Array(fs.readFileSync(file));
    try {
      const result = commitKpiImport(db, bytes, cleanFilename(input.filename), {
        maxYear: currentMaxYear(),
        actorId: user.id,
        at: nowIso(),
        replaceConflicts: input.replaceConflicts,
      });
      revalidate();
      return result;
    } catch (err) {
      if (err instanceof ImportRefused) throw new UserError(err.message, 422);
      throw err;
    }
  },
});
