/** The cycle forms use the shared fields of components/ui (kept here as the forms' one import). */
export { SelectField } from '@/components/ui/select-field';
export { TextAreaField } from '@/components/ui/text-area-field';
