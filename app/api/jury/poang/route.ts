import { postScore } from '@/lib/jury/score-autosave';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** POST /api/jury/poang: autosave of one criterion's score (lib/jury/score-autosave.ts). */
export async function POST(req: Request) {
  return postScore(req);
}
