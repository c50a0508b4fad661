/**
 * Which licences the production dependencies may carry. Permissive licences are
 * allowed outright; anything else needs a named exception with a reason, so a new
 * copyleft or unknown licence fails CI until someone has looked at it.
 */
export const ALLOWED_LICENSES: readonly string[] = [
  'MIT',
  'MIT-0',
  'ISC',
  '0BSD',
  'BSD-2-Clause',
  'BSD-3-Clause',
  'Apache-2.0',
  'BlueOak-1.0.0',
  'Unlicense',
  'CC0-1.0',
  'Python-2.0',
  // Data, not code (caniuse-lite's browser tables); attribution is given in the SBOM.
  'CC-BY-4.0',
];

/** Packages reviewed by hand: the licence the SBOM shows is not on the list, or missing. */
export const LICENSE_EXCEPTIONS: Readonly<Record<string, string>> = {
  'dejavu-fonts-ttf': 'Bitstream Vera / Arev font licence (free to use, embed and redistribute); the fonts are embedded in PDFs.',
  'png-js': 'MIT (in its LICENSE file; package.json names no licence).',
  '@img/sharp-libvips-linux-x64':
    'LGPL-3.0-or-later: libvips is a separate, unmodified shared library loaded by sharp (Next image optimisation, optional); dynamic linking meets the LGPL.',
  '@img/sharp-libvips-linuxmusl-x64': 'As @img/sharp-libvips-linux-x64.',
};

type Token = '(' | ')' | 'AND' | 'OR' | { id: string };

function tokenize(expression: string): Token[] {
  const out: Token[] = [];
  for (const raw of expression.replace(/\(/g, ' ( ').replace(/\)/g, ' ) ').split(/\s+/).filter(Boolean)) {
    const upper = raw.toUpperCase();
    if (raw === '(' || raw === ')') out.push(raw);
    else if (upper === 'AND' || upper === 'OR') out.push(upper);
    else out.push({ id: raw });
  }
  return out;
}

/**
 * Whether an SPDX licence expression is satisfied by the allow-list: `A OR B` needs
 * one side allowed, `A AND B` both, `WITH` exceptions are read with their licence.
 * Anything that does not parse is not allowed.
 */
export function expressionAllowed(expression: string, allowed: readonly string[] = ALLOWED_LICENSES): boolean {
  const tokens = tokenize(expression.replace(/\s+WITH\s+\S+/gi, ''));
  let i = 0;
  const set = new Set(allowed);
  function primary(): boolean {
    const t = tokens[i++];
    if (t === '(') {
      const v = or();
      if (tokens[i++] !== ')') throw new Error('unbalanced');
      return v;
    }
    if (t && typeof t === 'object') return set.has(t.id.replace(/\+$/, ''));
    throw new Error('unexpected');
  }
  function and(): boolean {
    let v = primary();
    while (tokens[i] === 'AND') {
      i++;
      v = primary() && v;
    }
    return v;
  }
  function or(): boolean {
    let v = and();
    while (tokens[i] === 'OR') {
      i++;
      v = and() || v;
    }
    return v;
  }
  try {
    const v = or();
    return i === tokens.length && v;
  } catch {
    return false;
  }
}

export type Component = { name: string; version: string; licenses: string[] };
export type LicenseFinding = Component & { reason: string };

/** The components whose licences are not allowed (none, or one not on the list), and those let through by an exception. */
export function checkLicenses(components: readonly Component[]): { refused: LicenseFinding[]; excepted: LicenseFinding[] } {
  const refused: LicenseFinding[] = [];
  const excepted: LicenseFinding[] = [];
  for (const c of components) {
    const ok = c.licenses.length > 0 && c.licenses.every((l) => expressionAllowed(l));
    if (ok) continue;
    const exception = LICENSE_EXCEPTIONS[c.name];
    if (exception) excepted.push({ ...c, reason: exception });
    else refused.push({ ...c, reason: c.licenses.length === 0 ? 'ingen licens angiven (no licence declared)' : `licensen är inte tillåten (not allowed): ${c.licenses.join(', ')}` });
  }
  return { refused, excepted };
}

type CdxLicense = { license?: { id?: string; name?: string }; expression?: string };
type CdxComponent = { name: string; group?: string; version?: string; licenses?: CdxLicense[]; components?: CdxComponent[] };

/** Every component of a CycloneDX JSON SBOM (nested ones too), with its licence expressions. */
export function componentsOfSbom(sbom: { components?: CdxComponent[] }): Component[] {
  const out: Component[] = [];
  const walk = (list: CdxComponent[] | undefined) => {
    for (const c of list ?? []) {
      const licenses = [
        ...new Set(
          (c.licenses ?? []).map((l) => l.expression ?? l.license?.id ?? l.license?.name ?? '').filter((s) => s !== ''),
        ),
      ];
      out.push({ name: c.group ? `${c.group}/${c.name}` : c.name, version: c.version ?? '', licenses });
      walk(c.components);
    }
  };
  walk(sbom.components);
  return out;
}
