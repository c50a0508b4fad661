'use server';

import { reopenSheet } from '@/lib/actions/scoring';

export async function reopenSheetAction(input: unknown) {
  return reopenSheet(input);
}
