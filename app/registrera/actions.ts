'use server';

import { registerMunicipalityContact } from '@/lib/actions/registration';

export async function registerAction(input: unknown) {
  return registerMunicipalityContact(input);
}
