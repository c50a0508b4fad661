import { createTranslator } from 'next-intl';
import { DEFAULT_LOCALE, type Locale } from '@/i18n/config';
import { formatDateTime as formatDateTimeIn } from '@/lib/i18n/format';
import { formatDateTime as formatSwedishDateTime } from '@/lib/time';
import { CATALOGUES } from '@/messages';
import type { MailMessage } from './send';

/**
 * The texts of the mail the platform sends, from the message catalogue (messages/{sv,en}/mail.json)
 * in the recipient's language: users.locale for a user, Swedish for a new address or a
 * municipality contact. Plain text; links on their own line.
 */

type MailTranslator = (key: string, values?: Record<string, string | number>) => string;

/** A translator for the mail texts outside React (the catalogue is untyped, so keys are plain strings). */
export function mailTranslator(locale: Locale = DEFAULT_LOCALE): MailTranslator {
  let t = translators.get(locale);
  if (!t) translators.set(locale, (t = createTranslator({ locale, messages: CATALOGUES[locale], namespace: 'mail' }) as unknown as MailTranslator));
  return t;
}
/** One translator per language, kept: it remembers the messages it has parsed (a reminder run writes many mails). */
const translators = new Map<Locale, MailTranslator>();

/** A date and time as the mail writes it: "15 mars 2027 kl. 23:59" / "15 March 2027, 23:59". */
export function mailDateTime(iso: string | null | undefined, locale: Locale = DEFAULT_LOCALE): string {
  return locale === 'sv' ? formatSwedishDateTime(iso) : formatDateTimeIn(iso, locale);
}

type Role = 'juror' | 'municipality' | 'organiser';

export function invitationMail(input: {
  to: string;
  name: string | null;
  role: Role;
  municipality?: string | null;
  link: string;
  expiresText: string;
  /** An extra paragraph, e.g. why the municipality was nominated. */
  note?: string | null;
  /** An invitation goes to an address without an account: Swedish unless told otherwise. */
  locale?: Locale;
}): MailMessage {
  const t = mailTranslator(input.locale);
  const greeting = input.name ? t('greeting', { name: input.name }) : t('greetingAnonymous');
  const where = input.role === 'municipality' && input.municipality ? ` (${input.municipality})` : '';
  return {
    to: input.to,
    subject: t('invitation.subject'),
    body:
      `${greeting}\n\n${t('invitation.intro', { role: t(`invitation.role.${input.role}`), where })}\n\n` +
      (input.note ? `${input.note}\n\n` : '') +
      `${t('invitation.follow')}\n${input.link}\n\n` +
      t('invitation.expires', { expires: input.expiresText }) +
      t('signature'),
  };
}

export function conflictNoticeMail(input: {
  to: string;
  juror: string;
  municipality: string;
  cycle: string;
  reason: string;
  /** The name of who recorded it; with `byJuror` the juror's own name. */
  declaredBy: string;
  byJuror?: boolean;
  removedAssignments: number;
  sheets: { status: string }[];
  link: string;
  /** The recipient's (organiser's) language. */
  locale?: Locale;
}): MailMessage {
  const t = mailTranslator(input.locale);
  const lines = [
    t('conflict.intro', { cycle: input.cycle }),
    '',
    t('conflict.juror', { juror: input.juror }),
    t('conflict.municipality', { municipality: input.municipality }),
    t('conflict.reason', { reason: input.reason }),
    t('conflict.declaredBy', { declaredBy: input.byJuror ? t('conflict.byJuror', { juror: input.declaredBy }) : input.declaredBy }),
    '',
    input.removedAssignments > 0 ? t('conflict.removed', { count: input.removedAssignments }) : t('conflict.notAssigned'),
  ];
  if (input.sheets.length > 0)
    lines.push(t('conflict.sheets', { statuses: input.sheets.map((s) => (s.status === 'submitted' ? t('conflict.submitted') : t('conflict.started'))).join(', ') }));
  lines.push('', `${t('conflict.see')}\n${input.link}`);
  return { to: input.to, subject: t('conflict.subject', { juror: input.juror, municipality: input.municipality }), body: lines.join('\n') + t('signature') };
}

export function reminderMail(input: {
  to: string;
  name: string;
  cycle: string;
  outstanding: string[];
  /** The deadline written in the recipient's language (mailDateTime). */
  deadlineText: string | null;
  link: string;
  /** The recipient's (juror's) language. */
  locale?: Locale;
}): MailMessage {
  const t = mailTranslator(input.locale);
  const list = input.outstanding.map((m) => `- ${m}`).join('\n');
  return {
    to: input.to,
    subject: t('reminder.subject', { cycle: input.cycle }),
    body:
      `${t('greeting', { name: input.name })}\n\n${input.outstanding.length === 1 ? t('reminder.outstandingOne', { cycle: input.cycle }) : t('reminder.outstandingMany', { count: input.outstanding.length, cycle: input.cycle })}\n${list}\n\n` +
      (input.deadlineText ? `${t('reminder.deadline', { deadline: input.deadlineText })}\n\n` : '') +
      `${t('reminder.signIn')}\n${input.link}` +
      t('signature'),
  };
}

/** The password-reset mail: the link on its own line, how long it lives, what to do if it was not you. */
export function passwordResetMail(input: { to: string; name: string; link: string; minutes: number; locale?: Locale }): MailMessage {
  const t = mailTranslator(input.locale);
  return {
    to: input.to,
    subject: t('reset.subject'),
    body:
      `${t('greeting', { name: input.name })}\n\n${t('reset.intro')}\n\n` +
      `${t('reset.follow')}\n${input.link}\n\n` +
      `${t('reset.valid', { minutes: input.minutes })}\n\n` +
      t('reset.notYou') +
      t('signature'),
  };
}

/** The juror is told that the organiser reopened their submitted score sheet, and why. */
export function reopenSheetMail(input: { to: string; name: string; municipality: string; reason: string; locale?: Locale }): MailMessage {
  const t = mailTranslator(input.locale);
  return {
    to: input.to,
    subject: t('reopenSheet.subject', { municipality: input.municipality }),
    body:
      `${t('greeting', { name: input.name })}\n\n${t('reopenSheet.intro', { municipality: input.municipality })}\n` +
      `${t('reopenSheet.reason', { reason: input.reason })}\n\n` +
      t('reopenSheet.signIn') +
      t('signature'),
  };
}

/** A municipality contact is told that the secretariat reopened their submitted application, and why. */
export function reopenApplicationMail(input: { to: string; name: string; cycle: string; reason: string; link: string; locale?: Locale }): MailMessage {
  const t = mailTranslator(input.locale);
  return {
    to: input.to,
    subject: t('reopenApplication.subject', { cycle: input.cycle }),
    body:
      `${t('greeting', { name: input.name })}\n\n${t('reopenApplication.intro', { cycle: input.cycle })}\n\n` +
      `${t('reopenApplication.reason', { reason: input.reason })}\n\n${t('reopenApplication.signIn')}\n${input.link}\n\n${t('reopenApplication.resubmit')}` +
      t('signature'),
  };
}
