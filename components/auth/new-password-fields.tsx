import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { TextField } from '@/components/ui/text-field';
import { PASSWORD_HINT } from '@/lib/validation/password';

type PasswordPair = { password: string; confirm: string };

/** The new password, typed twice, with the one rule as its hint (invitation, reset, change). */
export function NewPasswordFields<T extends PasswordPair>({ register, errors }: { register: UseFormRegister<T>; errors: FieldErrors<PasswordPair> }) {
  const reg = register as unknown as UseFormRegister<PasswordPair>;
  return (
    <>
      <TextField id="password" label="Nytt lösenord" hint={PASSWORD_HINT} type="password" autoComplete="new-password" error={errors.password?.message} {...reg('password')} />
      <TextField id="confirm" label="Upprepa det nya lösenordet" type="password" autoComplete="new-password" error={errors.confirm?.message} {...reg('confirm')} />
    </>
  );
}
