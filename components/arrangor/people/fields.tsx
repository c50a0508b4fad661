import { useTranslations } from 'next-intl';
import { forwardRef, type ComponentProps, type ReactNode } from 'react';
import { buttonClasses } from '@/components/ui/button';
import { TextAreaField as SharedTextAreaField } from '@/components/ui/text-area-field';

/** The shared select field (components/ui), re-exported for the people and conflict forms. */
export { SelectField } from '@/components/ui/select-field';

/** The shared textarea in a typewriter font: these forms take pasted lists (CSV, e-mail addresses). */
export const TextAreaField = forwardRef<HTMLTextAreaElement, ComponentProps<typeof SharedTextAreaField>>(function TextAreaField(props, ref) {
  return <SharedTextAreaField mono {...props} ref={ref} />;
});

export const buttonClass = buttonClasses('primary');
export const secondaryButtonClass = buttonClasses('secondary', 'sm');

/** A polite status line for what just happened (success), read out by screen readers. */
export function StatusMessage({ children }: { children: ReactNode }) {
  return (
    <p role="status" className="mb-4 rounded border border-green-700 bg-green-50 p-3 text-green-900">
      {children}
    </p>
  );
}

/** Municipalities as <option>s: "Ale (1440)". */
export function MunicipalityOptions({ municipalities }: { municipalities: { kommunkod: string; name: string }[] }) {
  const t = useTranslations('orgInvite');
  return (
    <>
      <option value="">{t('chooseMunicipality')}</option>
      {municipalities.map((m) => (
        <option key={m.kommunkod} value={m.kommunkod}>
          {m.name} ({m.kommunkod})
        </option>
      ))}
    </>
  );
}
