'use server';

import { revalidatePath } from 'next/cache';
import { approveRegistration, rejectRegistration } from '@/lib/actions/registration';

export async function approveRegistrationAction(input: unknown) {
  const result = await approveRegistration(input);
  if (result.ok) revalidatePath('/arrangor/registreringar');
  return result;
}

export async function rejectRegistrationAction(input: unknown) {
  const result = await rejectRegistration(input);
  if (result.ok) revalidatePath('/arrangor/registreringar');
  return result;
}
