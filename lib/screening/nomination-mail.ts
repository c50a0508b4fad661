import type { MailMessage } from '@/lib/mail/send';

const SIGNATURE = '\n\nVänliga hälsningar\nSekretariatet för Sveriges KvalitetsKommun';

/** The paragraph on why the municipality is nominated, in the invitation and in the nomination mail. */
export function nominationNote(cycleName: string, reason: string): string {
  return (
    `Er kommun är nominerad till ${cycleName} efter screeningen av Sveriges 290 kommuner på nyckeltal.\n` +
    `Skäl: ${reason}\n` +
    'Logga in och svara under ”Vår ansökan” om ni tackar ja eller nej. Tackar ni ja öppnas er ansökan.'
  );
}

/** To a contact who already has an account: the nomination, its reason and where to answer. */
export function nominationMail(input: { to: string; name: string | null; municipality: string; cycleName: string; reason: string; link: string }): MailMessage {
  return {
    to: input.to,
    subject: `${input.municipality} är nominerad till ${input.cycleName}`,
    body: `${input.name ? `Hej ${input.name}!` : 'Hej!'}\n\n${nominationNote(input.cycleName, input.reason)}\n\n${input.link}${SIGNATURE}`,
  };
}
