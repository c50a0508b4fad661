import { vk } from '@/lib/i18n/validation';
import { z } from 'zod';
import { KPI_COMPONENTS, KPI_DIRECTIONS } from '@/lib/domain/kpi-kinds';

// The labels and comparison groups live apart (zod-free), so pages and forms that only show them do not load zod.
export * from './indicator-labels';

/** One catalogue entry, as the organiser adds or edits it. */
export const kpiSchema = z.object({
  id: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]\d{5}$/, { error: vk('valIndicators.id') }),
  name: z.string().trim().min(2, { error: vk('valIndicators.name') }).max(300, { error: vk('valIndicators.nameMax') }),
  unit: z.string().trim().min(1, { error: vk('valIndicators.unit') }).max(30, { error: vk('valIndicators.unitMax') }),
  direction: z.enum(KPI_DIRECTIONS, { error: vk('valIndicators.direction') }),
  component: z.enum(KPI_COMPONENTS, { error: vk('valIndicators.component') }),
});
export type KpiInput = z.infer<typeof kpiSchema>;

/** Saving: a new entry, or an edit of an existing one (the id never changes). */
export const saveKpiSchema = kpiSchema.extend({ mode: z.enum(['create', 'edit']) });
export type SaveKpiInput = z.infer<typeof saveKpiSchema>;

/** Committing a previewed file: it is found again by its checksum. */
export const commitImportSchema = z.object({
  sha256: z.string().regex(/^[0-9a-f]{64}$/, { error: vk('valIndicators.previewAgain') }),
  filename: z.string().trim().min(1).max(255),
  replaceConflicts: z.boolean(),
});
export type CommitImportInput = z.infer<typeof commitImportSchema>;

/** A file name safe to store and show: no path, no control characters. */
export function cleanFilename(raw: string | null | undefined): string {
  const base = (raw ?? '').split(/[\\/]/).pop() ?? '';
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 200);
  return clean || 'inklistrad.csv';
}

/** Removing a KPI from the catalogue. */
export const deleteKpiSchema = z.object({ id: z.string().trim().min(1).max(40) });
