'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextField } from '@/components/ui/text-field';
import { erasePersonAction } from '@/lib/actions/gdpr';
import { erasePersonSchema, type ErasePersonInput } from '@/lib/validation/gdpr';

/**
 * Erasing a person for good: the organiser types the name to confirm. What stays
 * (scores and comments under a pseudonym) is said before, what was removed after.
 */
export function ErasePersonForm({ userId, name }: { userId: number; name: string }) {
  const router = useRouter();
  const [serverError, setServerError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const form = useForm<ErasePersonInput>({ resolver: zodResolver(erasePersonSchema), defaultValues: { userId, confirmName: '' } });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setServerError(null);
    try {
      const res = await erasePersonAction(values);
      if (!res.ok) {
        setServerError(res.error);
        if (res.fieldErrors?.confirmName) form.setError('confirmName', { message: res.fieldErrors.confirmName });
        return;
      }
      const s = res.data;
      setDone(`Personen är raderad. Borttaget: ${s.sessions} sessioner, ${s.invitations} inbjudningar, ${s.mail} meddelanden, ${s.registrations} registreringar, ${s.applicationContacts} kontaktuppgifter i ansökningar.`);
      router.refresh();
    } catch {
      setServerError('Det gick inte att nå servern. Försök igen.');
    }
  });

  if (done)
    return (
      <p role="status" className="rounded border border-green-800 bg-green-50 p-3 text-green-900">
        {done}
      </p>
    );

  const summary = [
    ...(serverError && !errors.confirmName ? [{ message: serverError }] : []),
    ...(errors.confirmName?.message ? [{ field: 'radera-namn', message: errors.confirmName.message }] : []),
  ];
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="radera-rubrik" className="rounded-lg border-2 border-red-800 bg-white p-5">
      <h2 id="radera-rubrik" className="text-lg font-semibold">
        Radera personen
      </h2>
      <p className="mt-1 mb-3 text-slate-700">
        Namn, e-post, titel, lösenord, tvåfaktorsnycklar, sessioner, inbjudningar, meddelanden och kontaktuppgifter i ansökningar tas bort. Poäng,
        kommentarer och intervjuanteckningar finns kvar under pseudonymen ”Raderad person {userId}” så att rankningar går att återskapa. Det går inte att
        ångra.
      </p>
      <ErrorSummary errors={summary} />
      <input type="hidden" {...form.register('userId')} />
      <TextField id="radera-namn" label={`Skriv namnet ”${name}” för att bekräfta`} autoComplete="off" error={errors.confirmName?.message} {...form.register('confirmName')} />
      <button type="submit" disabled={isSubmitting} className="rounded bg-red-800 px-4 py-2 font-medium text-white hover:bg-red-900 disabled:opacity-60">
        {isSubmitting ? 'Raderar …' : 'Radera personen'}
      </button>
    </form>
  );
}
