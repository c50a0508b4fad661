/**
 * The honour mention for the steadiest positive development, as the organiser named
 * it on the screening's development view (`cycles.settings.developmentMunicipality`).
 * Read defensively: anything malformed counts as not named.
 */
export type DevelopmentHonour = { name: string; kommunkod: string; reason: string };

export function developmentHonourOf(settings: Record<string, unknown> | null | undefined): DevelopmentHonour | null {
  const d = settings?.developmentMunicipality as { name?: unknown; kommunkod?: unknown; reason?: unknown } | undefined;
  if (!d || typeof d.name !== 'string' || typeof d.kommunkod !== 'string') return null;
  return { name: d.name, kommunkod: d.kommunkod, reason: typeof d.reason === 'string' ? d.reason : '' };
}
