import { vk, vt } from '@/lib/i18n/validation';
import { z } from 'zod';
import { passwordPair, PASSWORD_MIN, sameTwice } from './password';

/** The forms of people and invitations, shared by the browser and the server. */

export { PASSWORD_MIN };

const email = z
  .string()
  .trim()
  .min(1, { error: vk('valInvitation.emailRequired') })
  .max(254, { error: vk('valCommon.emailTooLong') })
  .pipe(z.email({ error: vk('valCommon.emailFormat') }))
  .transform((v) => v.toLowerCase());

const name = z.string().trim().min(2, { error: vk('valInvitation.nameMin') }).max(120, { error: vk('valCommon.nameTooLong120') });

export const kommunkodSchema = z
  .string()
  .trim()
  .regex(/^\d{4}$/, { error: vk('valInvitation.kommunkod') });

export const jurorInviteSchema = z.object({
  name,
  organisation: z
    .string()
    .trim()
    .min(2, { error: vk('valInvitation.organisation') })
    .max(120, { error: vk('valInvitation.organisationMax') }),
  email,
});
export type JurorInviteInput = z.input<typeof jurorInviteSchema>;

export const municipalityInviteSchema = z.object({
  email,
  kommunkod: kommunkodSchema,
  name: z
    .string()
    .trim()
    .max(120, { error: vk('valCommon.nameTooLong120') })
    .optional()
    .transform((v) => (v ? v : undefined)),
});
export type MunicipalityInviteInput = z.input<typeof municipalityInviteSchema>;

export const INVITE_KINDS = ['juror', 'municipality'] as const;
export type InviteKind = (typeof INVITE_KINDS)[number];

export const csvInviteSchema = z.object({
  kind: z.enum(INVITE_KINDS, { error: vk('valInvitation.kind') }),
  csv: z
    .string()
    .min(1, { error: vk('valInvitation.csvEmpty') })
    .max(200_000, { error: vk('valInvitation.csvTooLong') }),
});
export type CsvInviteInput = z.input<typeof csvInviteSchema>;

export const invitationIdSchema = z.object({ invitationId: z.coerce.number().int().positive() });

/** The invitee chooses a password: the one password rule of lib/validation/password.ts. */
export const acceptInvitationSchema = z
  .object({ token: z.string().trim().min(20, { error: vk('valCommon.linkIncomplete') }).max(200), ...passwordPair })
  .refine(...sameTwice);
export type AcceptInvitationInput = z.input<typeof acceptInvitationSchema>;

/** One parsed line of a pasted list, with what is wrong with it. */
export type CsvLine = {
  line: number;
  raw: string;
  name: string | null;
  organisation: string | null;
  email: string;
  kommunkod: string | null;
  errors: string[];
};

/** Splits one line on ; or , (whichever the line uses), honouring "quoted, fields". */
export function splitCsvLine(line: string): string[] {
  const sep = line.includes(';') ? ';' : line.includes('\t') ? '\t' : ',';
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === sep) {
      out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  out.push(cur.trim());
  return out;
}

const HEADER = /^(e-?post|email|e-mail|namn|name)$/i;

// Shown by the form, so apart from the schemas (zod-free).
export { CSV_COLUMNS } from './invitation-formats';

/**
 * Parses a pasted list into lines with their own errors (format and e-mail only;
 * the server adds unknown kommunkod and duplicates). A first line of column names is skipped.
 */
export function parseInviteCsv(kind: InviteKind, text: string): CsvLine[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const out: CsvLine[] = [];
  lines.forEach((raw, i) => {
    if (!raw.trim()) return;
    const cells = splitCsvLine(raw);
    if (out.length === 0 && cells.some((c) => HEADER.test(c))) return;
    const line: CsvLine = { line: i + 1, raw, name: null, organisation: null, email: '', kommunkod: null, errors: [] };
    if (kind === 'juror') {
      const parsed = jurorInviteSchema.safeParse({ name: cells[0] ?? '', organisation: cells[1] ?? '', email: cells[2] ?? '' });
      line.name = cells[0] ?? null;
      line.organisation = cells[1] ?? null;
      line.email = (cells[2] ?? '').toLowerCase();
      if (cells.length < 3) line.errors.push(vt('valInvitation.csvJurorFields', { format: vt('valInvitation.csvFormatJuror') }));
      else if (!parsed.success) line.errors.push(...new Set(parsed.error.issues.map((x) => x.message)));
      else Object.assign(line, { name: parsed.data.name, organisation: parsed.data.organisation, email: parsed.data.email });
    } else {
      const parsed = municipalityInviteSchema.safeParse({ email: cells[0] ?? '', kommunkod: cells[1] ?? '', name: cells[2] ?? '' });
      line.email = (cells[0] ?? '').toLowerCase();
      line.kommunkod = cells[1] ?? null;
      line.name = cells[2] || null;
      if (cells.length < 2) line.errors.push(vt('valInvitation.csvMunicipalityFields', { format: vt('valInvitation.csvFormatMunicipality') }));
      else if (!parsed.success)
        line.errors.push(
          ...new Set(
            parsed.error.issues.map((x) => (x.path[0] === 'kommunkod' ? vt('valInvitation.csvKommunkod', { code: cells[1] ?? '' }) : x.message)),
          ),
        );
      else Object.assign(line, { email: parsed.data.email, kommunkod: parsed.data.kommunkod, name: parsed.data.name ?? null });
    }
    out.push(line);
  });
  return out;
}
