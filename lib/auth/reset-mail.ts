import type { MailMessage } from '@/lib/mail/send';

/** The password-reset mail: the link on its own line, how long it lives, what to do if it was not you. */
export function passwordResetMail(input: { to: string; name: string; link: string; minutes: number }): MailMessage {
  return {
    to: input.to,
    subject: 'Återställ ditt lösenord – Sveriges KvalitetsKommun',
    body:
      `Hej ${input.name}!\n\nNågon (förhoppningsvis du) bad om att få välja ett nytt lösenord till juryplattformen för Sveriges KvalitetsKommun.\n\n` +
      `Följ länken för att välja ett nytt lösenord:\n${input.link}\n\n` +
      `Länken gäller i ${input.minutes} minuter och kan bara användas en gång. När du har bytt lösenord loggas du ut överallt.\n\n` +
      'Bad du inte om detta kan du bortse från mejlet; ditt lösenord är oförändrat.' +
      '\n\nVänliga hälsningar\nSekretariatet för Sveriges KvalitetsKommun',
  };
}
