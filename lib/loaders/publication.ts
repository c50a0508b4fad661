import 'server-only';
import { notFound } from 'next/navigation';
import { getDb } from '@/db/client';
import { cycleById } from '@/db/queries/cycles';
import { requireArea } from '@/lib/auth/guards';
import { actionLocale, enterLocale } from '@/lib/i18n/server-locale';
import { archiveView, jurorDecisionView, publicationView } from '@/lib/publication/views';

/** The publication page of a cycle (organisers only; 404 for an unknown cycle). */
export async function loadPublication(rawId: string) {
  const user = await requireArea('arrangor');
  // What is missing, in the reader's language.
  enterLocale(await actionLocale(user.id));
  const id = /^\d+$/.test(rawId) ? Number(rawId) : NaN;
  const cycle = Number.isSafeInteger(id) ? cycleById(getDb(), id) : undefined;
  if (!cycle) notFound();
  return publicationView(getDb(), cycle, new Date());
}

/** "Beslutet" for a juror: only what the organiser has shared. */
export async function loadJurorDecision() {
  const user = await requireArea('jury');
  return jurorDecisionView(getDb(), user.id, new Date());
}

/** The organiser's archive editor. */
export async function loadArchiveEditor() {
  await requireArea('arrangor');
  return archiveView(getDb());
}
