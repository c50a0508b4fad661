'use server';

import { commitImport, saveKpi } from '@/lib/actions/indicators';

export async function saveKpiAction(input: unknown) {
  return saveKpi(input);
}

export async function commitImportAction(input: unknown) {
  return commitImport(input);
}
