import 'server-only';
import { NextResponse } from 'next/server';
import { getDb } from '@/db/client';
import { fieldErrorsOf } from '@/lib/actions/define-action';
import { readLimited } from '@/lib/http/read-limited';
import { saveOneScore } from '@/lib/actions/scoring';
import { getCurrentUser } from '@/lib/auth/session';
import { MESSAGES, UserError } from '@/lib/errors';
import { localeOfRequest } from '@/i18n/request';
import { routeMessage } from '@/lib/i18n/route-messages';
import { enterLocale, localeNow } from '@/lib/i18n/server-locale';
import { saveScoreSchema } from '@/lib/validation/scoring';

/** A score with the longest comment (4 000 characters, each escaped in JSON) fits many times over. */
export const SCORE_BODY_LIMIT = 64 * 1024;
/** The route's own refusals (messages/{sv,en}/routes.json), in the juror's language. */
export const SCORE_ROUTE_MESSAGES = {
  get tooLarge() {
    return routeMessage('scoreTooLarge', localeNow());
  },
  get notJson() {
    return routeMessage('scoreNotJson', localeNow());
  },
};

const NO_STORE = { 'Cache-Control': 'private, no-store' };
const refuse = (status: number, error: string, fieldErrors?: Record<string, string>) =>
  NextResponse.json(fieldErrors ? { ok: false, error, fieldErrors } : { ok: false, error }, { status, headers: NO_STORE });

/** The body as text, or null when it is larger than the limit (a missing Content-Length is read with a cap). */
async function boundedText(req: Request, limit: number): Promise<string | null> {
  const declared = req.headers.get('content-length');
  if (declared !== null) return Number(declared) > limit ? null : req.text();
  const bytes = await readLimited(req.body, limit);
  return bytes === null ? null : Buffer.from(bytes).toString('utf8');
}

/**
 * POST /api/jury/poang (app/api/jury/poang/route.ts): the score sheet's autosave of one criterion (components/jury/score-sheet.tsx).
 * The same chain as the server action saveScoreAction: session → juror role → zod (saveScoreSchema)
 * → saveOneScore (assignment, conflict, phase and dates, criterion, scale, locked sheet and revision,
 * then one transaction with the score and its audit entry). Answers { ok, data } or { ok: false, error,
 * fieldErrors? } with a 4xx status and the same messages, in the juror's language. Cross-site posts never get here:
 * the proxy refuses them for every /api route.
 */
export async function postScore(req: Request): Promise<Response> {
  const user = await getCurrentUser();
  // Every answer below (refusals, field errors, the scoring rules' messages) in the juror's language.
  enterLocale(await localeOfRequest(req, user));
  if (!user) return refuse(401, MESSAGES.signedOut);
  if (user.role !== 'juror') return refuse(403, MESSAGES.forbidden);
  if (user.needsTotpEnrolment) return refuse(403, MESSAGES.totpEnrolment);
  if (!/^application\/json\b/i.test(req.headers.get('content-type') ?? '')) return refuse(415, SCORE_ROUTE_MESSAGES.notJson);
  const text = await boundedText(req, SCORE_BODY_LIMIT);
  if (text === null) return refuse(413, SCORE_ROUTE_MESSAGES.tooLarge);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return refuse(400, SCORE_ROUTE_MESSAGES.notJson);
  }
  const parsed = saveScoreSchema.safeParse(raw);
  if (!parsed.success) return refuse(422, MESSAGES.invalid, fieldErrorsOf(parsed.error));
  try {
    const data = saveOneScore(getDb(), user, parsed.data);
    return NextResponse.json({ ok: true, data }, { headers: NO_STORE });
  } catch (err) {
    if (err instanceof UserError) return refuse(err.status, err.message, err.fieldErrors);
    console.error('[route POST /api/jury/poang]', err);
    return refuse(500, MESSAGES.server);
  }
}
