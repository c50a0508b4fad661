import { afterAll, describe, expect, it } from 'vitest';
import { users } from '@/db/schema';
import { hashPassword } from '@/lib/auth/password';
import { requestPasswordReset } from '@/lib/auth/password-reset';
import { conflictNoticeMail, invitationMail, mailDateTime, passwordResetMail, reminderMail } from '@/lib/mail/templates';
import { freshDatabase } from '../helpers/db';

const SIGNATURE_SV = '\n\nVänliga hälsningar\nSekretariatet för Sveriges KvalitetsKommun';

describe('the mail texts in the recipient’s language', () => {
  it('writes the Swedish mail word for word as before', () => {
    const invitation = invitationMail({ to: 'a@example.org', name: 'Ada', role: 'municipality', municipality: 'Ale', link: 'https://x/inbjudan/t', expiresText: '15 mars 2027 kl. 23:59' });
    expect(invitation.subject).toBe('Inbjudan till Sveriges KvalitetsKommun');
    expect(invitation.body).toBe(
      'Hej Ada!\n\nDu är inbjuden till juryplattformen för Sveriges KvalitetsKommun som kontaktperson för din kommun (Ale).\n\n' +
        'Följ länken för att välja ett lösenord och komma in:\nhttps://x/inbjudan/t\n\n' +
        'Länken kan bara användas en gång och gäller till 15 mars 2027 kl. 23:59. Har den gått ut, be sekretariatet om en ny.' +
        SIGNATURE_SV,
    );
    const reminder = reminderMail({ to: 'j@example.org', name: 'Jana', cycle: 'Omgång 2027', outstanding: ['Ale', 'Alingsås'], deadlineText: mailDateTime('2027-03-15T22:59:00.000Z'), link: 'https://x/jury' });
    expect(reminder.subject).toBe('Påminnelse: bedömningar i Omgång 2027');
    expect(reminder.body).toBe(
      'Hej Jana!\n\nDu har 2 bedömningar kvar att skicka in i Omgång 2027:\n- Ale\n- Alingsås\n\nSista dag för bedömning är 15 mars 2027 kl. 23:59.\n\nLogga in för att fortsätta:\nhttps://x/jury' +
        SIGNATURE_SV,
    );
    expect(reminderMail({ to: 'j', name: 'J', cycle: 'C', outstanding: ['Ale'], deadlineText: null, link: 'l' }).body).toContain('Du har en bedömning kvar att skicka in i C:');
    const conflict = conflictNoticeMail({ to: 'o', juror: 'Jana', municipality: 'Ale', cycle: 'C', reason: 'Bor där', declaredBy: 'Jana', byJuror: true, removedAssignments: 1, sheets: [{ status: 'submitted' }], link: 'l' });
    expect(conflict.subject).toBe('Jäv registrerat: Jana – Ale');
    expect(conflict.body).toBe(
      'Ett jäv har registrerats i C.\n\nJurymedlem: Jana\nKommun: Ale\nSkäl: Bor där\nRegistrerat av: Jana (jurymedlemmen själv)\n\n' +
        'Tilldelningen till nomineringen har tagits bort (1). Kontrollera att nomineringen har tillräckligt många jurymedlemmar.\n' +
        'Jurymedlemmen hade en bedömning (inskickad). Den finns kvar men räknas inte in i resultatet.\n\nSe jäven för omgången:\nl' +
        SIGNATURE_SV,
    );
  });

  it('writes a reminder, a conflict notice and a reset mail in English for an English reader', () => {
    const reminder = reminderMail({ to: 'j', name: 'Jane', cycle: 'Cycle 2027', outstanding: ['Ale'], deadlineText: mailDateTime('2027-03-15T22:59:00.000Z', 'en'), link: 'l', locale: 'en' });
    expect(reminder.subject).toBe('Reminder: assessments in Cycle 2027');
    expect(reminder.body).toContain('You have one assessment left to submit in Cycle 2027:');
    expect(reminder.body).toContain('The last day for assessments is 15 March 2027, 23:59.');
    expect(reminder.body).not.toMatch(/Hej|bedömning|Vänliga/);
    const conflict = conflictNoticeMail({ to: 'o', juror: 'Jane', municipality: 'Ale', cycle: 'C', reason: 'r', declaredBy: 'Olle', removedAssignments: 0, sheets: [], link: 'l', locale: 'en' });
    expect(conflict.subject).toBe('Conflict of interest recorded: Jane – Ale');
    expect(conflict.body).toContain('Recorded by: Olle\n');
    expect(passwordResetMail({ to: 'x', name: 'Jane', link: 'l', minutes: 30, locale: 'en' }).body).toContain('The link is valid for 30 minutes');
  });

  describe('through the reset request', () => {
    const t = freshDatabase('mail-locale');
    afterAll(() => t.cleanup());

    it('sends the reset mail in the language the user chose (users.locale)', async () => {
      const passwordHash = await hashPassword('ett lösenord som duger');
      t.db.insert(users).values({ email: 'en@example.org', name: 'Emma English', role: 'juror', locale: 'en', passwordHash, createdAt: 'x' }).run();
      t.db.insert(users).values({ email: 'sv@example.org', name: 'Sven Svensk', role: 'juror', passwordHash, createdAt: 'x' }).run();
      await requestPasswordReset(t.db, { email: 'en@example.org' }, '10.0.0.1');
      await requestPasswordReset(t.db, { email: 'sv@example.org' }, '10.0.0.1');
      const mails = t.db.$client.prepare('select "to", subject, body from outbox order by id').all() as { to: string; subject: string; body: string }[];
      expect(mails.map((m) => [m.to, m.subject])).toEqual([
        ['en@example.org', 'Reset your password – Sveriges KvalitetsKommun'],
        ['sv@example.org', 'Återställ ditt lösenord – Sveriges KvalitetsKommun'],
      ]);
      expect(mails[0].body).toMatch(/^Hello Emma English,\n\nSomeone \(hopefully you\)/);
      expect(mails[0].body).toContain('Kind regards');
      expect(mails[1].body).toMatch(/^Hej Sven Svensk!\n\nNågon \(förhoppningsvis du\)/);
    });
  });
});
