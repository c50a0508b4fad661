import 'server-only';
import { forbidden, notFound, redirect } from 'next/navigation';
import { canEnterArea, type Area, type Decision } from '@/lib/domain/policies';
import { getCurrentUser, type CurrentUser } from './session';

/** The signed-in user, or a redirect to the sign-in page. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect('/logga-in');
  return user;
}

/** Where a real organiser without two-factor sign-in is sent before any organiser page. */
export const TOTP_ENROLMENT_PATH = '/konto/tvafaktor';

/** The signed-in user if they belong in this part of the app; 403 otherwise. */
export async function requireArea(area: Area): Promise<CurrentUser> {
  const user = await requireUser();
  if (!canEnterArea(user, area)) forbidden();
  if (user.needsTotpEnrolment) redirect(TOTP_ENROLMENT_PATH);
  return user;
}

/** Turns a policy decision into the page's answer: 404 or 403, never data. */
export function enforce(decision: Decision): void {
  if (decision.ok) return;
  if (decision.status === 404) notFound();
  forbidden();
}
