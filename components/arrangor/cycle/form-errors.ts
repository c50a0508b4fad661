import type { FieldErrors, FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { SummaryError } from '@/components/ui/error-summary';

/** The element id of a form field: 'areas.0.criteria.1.title' → 'areas-0-criteria-1-title'. */
export const fieldId = (path: string) => path.replace(/\./g, '-');

/** Every message in react-hook-form's nested errors, in form order, as summary items linking to their field. */
export function summaryOf(errors: FieldErrors): SummaryError[] {
  const out: SummaryError[] = [];
  walk(errors, '', out);
  return out;
}

function walk(node: unknown, path: string, out: SummaryError[]): void {
  if (!node || typeof node !== 'object') return;
  const n = node as { message?: unknown; type?: unknown };
  if (path && typeof n.message === 'string' && n.message && typeof n.type === 'string') out.push({ field: fieldId(path), message: n.message });
  for (const [k, child] of Object.entries(node)) {
    if (k === 'message' || k === 'type' || k === 'ref' || k === 'types') continue;
    walk(child, k === 'root' ? path : path ? `${path}.${k}` : k, out);
  }
}

/** Puts the server's field errors next to their fields; returns whether any was placed. */
export function applyFieldErrors<T extends FieldValues>(setError: UseFormSetError<T>, fieldErrors: Record<string, string> | undefined): boolean {
  if (!fieldErrors) return false;
  let any = false;
  for (const [path, message] of Object.entries(fieldErrors)) {
    if (path === '_') continue;
    setError(path as Path<T>, { type: 'server', message });
    any = true;
  }
  return any;
}

/** The message of a nested error by its path, e.g. errorAt(errors, 'areas.0.name'). */
export function errorAt(errors: FieldErrors, path: string): string | undefined {
  let node: unknown = errors;
  for (const key of path.split('.')) {
    if (!node || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  if (!node || typeof node !== 'object') return undefined;
  const n = node as { message?: unknown; root?: { message?: unknown } };
  if (typeof n.message === 'string') return n.message;
  if (n.root && typeof n.root.message === 'string') return n.root.message;
  return undefined;
}
