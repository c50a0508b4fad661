import { useTranslations } from 'next-intl';
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { TextField } from '@/components/ui/text-field';
import { PASSWORD_MIN } from '@/lib/validation/password-limits';

type PasswordPair = { password: string; confirm: string };

/** The new password, typed twice, with the one rule as its hint (invitation, reset, change). */
export function NewPasswordFields<T extends PasswordPair>({ register, errors }: { register: UseFormRegister<T>; errors: FieldErrors<PasswordPair> }) {
  const reg = register as unknown as UseFormRegister<PasswordPair>;
  const t = useTranslations('acctCommon');
  return (
    <>
      <TextField id="password" label={t('newPassword')} hint={t('passwordHint', { min: PASSWORD_MIN })} type="password" autoComplete="new-password" error={errors.password?.message} {...reg('password')} />
      <TextField id="confirm" label={t('confirmNewPassword')} type="password" autoComplete="new-password" error={errors.confirm?.message} {...reg('confirm')} />
    </>
  );
}
