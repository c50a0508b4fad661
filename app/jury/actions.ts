'use server';

import { saveInterviewNote, saveScore, submitSheet } from '@/lib/actions/scoring';

// The juror's mutations, callable from the browser. Each goes through defineAction
// (session → role → zod → guard → one transaction with an audit entry).

export async function saveScoreAction(input: unknown) {
  return saveScore(input);
}

export async function submitSheetAction(input: unknown) {
  return submitSheet(input);
}

export async function saveInterviewNoteAction(input: unknown) {
  return saveInterviewNote(input);
}
