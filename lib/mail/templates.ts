import type { MailMessage } from './send';

/** The texts of the mail the platform sends, in Swedish. Plain text; links on their own line. */

const SIGNATURE = '\n\nVänliga hälsningar\nSekretariatet för Sveriges KvalitetsKommun';

const ROLE_TEXT = {
  juror: 'som jurymedlem',
  municipality: 'som kontaktperson för din kommun',
  organiser: 'som arrangör',
} as const;

export function invitationMail(input: {
  to: string;
  name: string | null;
  role: keyof typeof ROLE_TEXT;
  municipality?: string | null;
  link: string;
  expiresText: string;
  /** An extra paragraph, e.g. why the municipality was nominated. */
  note?: string | null;
}): MailMessage {
  const greeting = input.name ? `Hej ${input.name}!` : 'Hej!';
  const where = input.role === 'municipality' && input.municipality ? ` (${input.municipality})` : '';
  return {
    to: input.to,
    subject: 'Inbjudan till Sveriges KvalitetsKommun',
    body:
      `${greeting}\n\nDu är inbjuden till juryplattformen för Sveriges KvalitetsKommun ${ROLE_TEXT[input.role]}${where}.\n\n` +
      (input.note ? `${input.note}\n\n` : '') +
      `Följ länken för att välja ett lösenord och komma in:\n${input.link}\n\n` +
      `Länken kan bara användas en gång och gäller till ${input.expiresText}. Har den gått ut, be sekretariatet om en ny.` +
      SIGNATURE,
  };
}

export function conflictNoticeMail(input: {
  to: string;
  juror: string;
  municipality: string;
  cycle: string;
  reason: string;
  declaredBy: string;
  removedAssignments: number;
  sheets: { status: string }[];
  link: string;
}): MailMessage {
  const lines = [
    `Ett jäv har registrerats i ${input.cycle}.`,
    '',
    `Jurymedlem: ${input.juror}`,
    `Kommun: ${input.municipality}`,
    `Skäl: ${input.reason}`,
    `Registrerat av: ${input.declaredBy}`,
    '',
    input.removedAssignments > 0
      ? `Tilldelningen till nomineringen har tagits bort (${input.removedAssignments}). Kontrollera att nomineringen har tillräckligt många jurymedlemmar.`
      : 'Jurymedlemmen var inte tilldelad kommunens nominering.',
  ];
  if (input.sheets.length > 0)
    lines.push(
      `Jurymedlemmen hade en bedömning (${input.sheets.map((s) => (s.status === 'submitted' ? 'inskickad' : 'påbörjad')).join(', ')}). Den finns kvar men räknas inte in i resultatet.`,
    );
  lines.push('', `Se jäven för omgången:\n${input.link}`);
  return { to: input.to, subject: `Jäv registrerat: ${input.juror} – ${input.municipality}`, body: lines.join('\n') + SIGNATURE };
}

export function reminderMail(input: {
  to: string;
  name: string;
  cycle: string;
  outstanding: string[];
  deadlineText: string | null;
  link: string;
}): MailMessage {
  const list = input.outstanding.map((m) => `- ${m}`).join('\n');
  return {
    to: input.to,
    subject: `Påminnelse: bedömningar i ${input.cycle}`,
    body:
      `Hej ${input.name}!\n\nDu har ${input.outstanding.length === 1 ? 'en bedömning' : `${input.outstanding.length} bedömningar`} kvar att skicka in i ${input.cycle}:\n${list}\n\n` +
      (input.deadlineText ? `Sista dag för bedömning är ${input.deadlineText}.\n\n` : '') +
      `Logga in för att fortsätta:\n${input.link}` +
      SIGNATURE,
  };
}
