'use server';

import { inviteNominee, nominate, respondToNomination } from '@/lib/actions/nominees';
import { chooseDevelopmentMunicipality } from '@/lib/actions/development';

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
