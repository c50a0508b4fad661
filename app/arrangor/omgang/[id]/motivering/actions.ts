'use server';

import { approveMotivationVersion, generateMotivationDraft, saveMotivationVersion } from '@/lib/actions/motivation';

export async function generateMotivationAction(input: unknown) {
  return generateMotivationDraft(input);
}

export async function saveMotivationAction(input: unknown) {
  return saveMotivationVersion(input);
}

export async function approveMotivationAction(input: unknown) {
  return approveMotivationVersion(input);
}
