'use server';

import { inviteNominee, nominate, respondToNomination } from '@/lib/actions/nominees';
import { chooseDevelopmentMunicipality } from '@/lib/actions/development';
import { announceNominees, clearNomineesAnnouncement } from '@/lib/actions/nominees-announcement';
import { editNominationReason } from '@/lib/actions/nominees-reason';

export async function nominateAction(input: unknown) {
  return nominate(input);
}

export async function inviteNomineeAction(input: unknown) {
  return inviteNominee(input);
}

export async function respondToNominationAction(input: unknown) {
  return respondToNomination(input);
}

export async function chooseDevelopmentAction(input: unknown) {
  return chooseDevelopmentMunicipality(input);
}

export async function editNominationReasonAction(input: unknown) {
  return editNominationReason(input);
}

export async function announceNomineesAction(input: unknown) {
  return announceNominees(input);
}

export async function clearNomineesAnnouncementAction(input: unknown) {
  return clearNomineesAnnouncement(input);
}
