'use server';

import { commitImport, deleteKpi, saveKpi } from '@/lib/actions/indicators';

export async function saveKpiAction(input: unknown) {
  return saveKpi(input);
}

export async function commitImportAction(input: unknown) {
  return commitImport(input);
}

export async function deleteKpiAction(input: unknown) {
  return deleteKpi(input);
}
