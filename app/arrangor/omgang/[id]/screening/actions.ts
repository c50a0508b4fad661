'use server';

import { runScreeningAction, saveScreeningModel } from '@/lib/actions/screening';

export async function saveScreeningModelAction(input: unknown) {
  return saveScreeningModel(input);
}

export async function runScreeningNow(input: unknown) {
  return runScreeningAction(input);
}
