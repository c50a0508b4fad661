'use server';

import { revalidatePath } from 'next/cache';
import { deleteDocument, saveDraft, submitApplication } from '@/lib/actions/application';

export async function saveDraftAction(input: unknown) {
  return saveDraft(input);
}

export async function submitApplicationAction(input: unknown) {
  const result = await submitApplication(input);
  if (result.ok) revalidatePath('/kommun', 'layout');
  return result;
}

export async function deleteDocumentAction(input: unknown) {
  const result = await deleteDocument(input);
  if (result.ok) revalidatePath('/kommun', 'layout');
  return result;
}
