'use server';

import { saveInterviewNote, submitSheet } from '@/lib/actions/scoring';

// The juror's mutations, callable from the browser. Each goes through defineAction
// (session → role → zod → guard → one transaction with an audit entry). Saving one
// score is not here: the score sheet autosaves through POST /api/jury/poang
// (lib/jury/score-autosave.ts), the same chain without the server-action round trip.

export async function submitSheetAction(input: unknown) {
  return submitSheet(input);
}

export async function saveInterviewNoteAction(input: unknown) {
  return saveInterviewNote(input);
}
