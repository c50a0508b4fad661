/**
 * Checks that two message catalogues hold the same keys, and that each message
 * uses the same placeholders ({name}) and tags (<link>) in both languages.
 */
export type Catalogue = { [key: string]: string | string[] | Catalogue };

/** Every message by its dotted path; array items get their index ("privacy.what.0"). */
export function flattenCatalogue(catalogue: Catalogue, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(catalogue)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out[path] = value;
    else if (Array.isArray(value)) value.forEach((item, i) => (out[`${path}.${i}`] = item));
    else Object.assign(out, flattenCatalogue(value, path));
  }
  return out;
}

/** The ICU arguments and rich-text tags of a message, sorted: "{count}", "<link>". */
export function placeholdersOf(message: string): string[] {
  const args = [...message.matchAll(/\{\s*([A-Za-z_][\w]*)/g)].map((m) => `{${m[1]}}`);
  const tags = [...message.matchAll(/<([A-Za-z][\w-]*)>/g)].map((m) => `<${m[1]}>`);
  return [...new Set([...args, ...tags])].sort();
}

/** Every difference between the catalogues, one readable line each; [] when they match. */
export function compareCatalogues(catalogues: Record<string, Catalogue>): string[] {
  const flat = Object.fromEntries(Object.entries(catalogues).map(([lang, c]) => [lang, flattenCatalogue(c)]));
  const langs = Object.keys(flat);
  const keys = [...new Set(langs.flatMap((l) => Object.keys(flat[l])))].sort();
  const problems: string[] = [];
  for (const key of keys) {
    const missing = langs.filter((l) => !(key in flat[l]));
    if (missing.length > 0) {
      problems.push(`${key}: missing in ${missing.join(', ')}`);
      continue;
    }
    const empty = langs.filter((l) => flat[l][key].trim() === '');
    if (empty.length > 0) problems.push(`${key}: empty in ${empty.join(', ')}`);
    const shapes = langs.map((l) => placeholdersOf(flat[l][key]).join(' '));
    if (new Set(shapes).size > 1) problems.push(`${key}: placeholders differ (${langs.map((l, i) => `${l}: ${shapes[i] || 'none'}`).join('; ')})`);
  }
  return problems;
}
