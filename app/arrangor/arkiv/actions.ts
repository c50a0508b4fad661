'use server';

import { saveArchiveYear } from '@/lib/actions/publication';

export async function saveArchiveYearAction(input: unknown) {
  return saveArchiveYear(input);
}
