/** The password-reset mail now lives with the other mail texts (in the recipient's language). */
export { passwordResetMail } from '@/lib/mail/templates';
