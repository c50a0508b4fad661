'use server';

import { moveEmbargo, publishCycle, setDecisionVisibleToJurors } from '@/lib/actions/publication';

export async function publishAction(input: unknown) {
  return publishCycle(input);
}

export async function moveEmbargoAction(input: unknown) {
  return moveEmbargo(input);
}

export async function jurorVisibilityAction(input: unknown) {
  return setDecisionVisibleToJurors(input);
}
