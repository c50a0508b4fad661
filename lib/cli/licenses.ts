/**
 * `npm run licenses [-- --sbom FILE]` — checks the licences of the production
 * dependencies against the allow-list in lib/licenses/policy.ts. Reads the CycloneDX
 * SBOM (`npm run sbom` writes sbom.cdx.json); without one it generates it first.
 * Exit codes: 0 all allowed, 1 something not allowed (listed), 2 no SBOM.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkLicenses, componentsOfSbom } from '@/lib/licenses/policy';

function generateSbom(): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kk-sbom-')), 'sbom.cdx.json');
  const bin = path.join(process.cwd(), 'node_modules', '.bin', 'cyclonedx-npm');
  execFileSync(bin, ['--omit', 'dev', '--output-format', 'JSON', '--output-file', file], { stdio: ['ignore', 'ignore', 'inherit'] });
  return file;
}

export function main(argv: string[], out: (s: string) => void = console.log, err: (s: string) => void = console.error): number {
  const { values } = parseArgs({ args: argv, options: { sbom: { type: 'string' } } });
  const file = values.sbom ?? (fs.existsSync('sbom.cdx.json') ? 'sbom.cdx.json' : generateSbom());
  if (!fs.existsSync(file)) {
    err(`SBOM-filen ${file} finns inte. Kör npm run sbom först (SBOM not found).`);
    return 2;
  }
  const components = componentsOfSbom(JSON.parse(fs.readFileSync(file, 'utf8')));
  const { refused, excepted } = checkLicenses(components);
  for (const e of excepted) out(`  undantag (exception): ${e.name}@${e.version} — ${e.reason}`);
  if (refused.length > 0) {
    err(`${refused.length} produktionsberoenden har en licens som inte är tillåten (licence not allowed):`);
    for (const r of refused) err(`  - ${r.name}@${r.version}: ${r.reason}`);
    err('Byt beroende, eller granska licensen och lägg till ett motiverat undantag i lib/licenses/policy.ts.');
    return 1;
  }
  out(`Licenserna är godkända: ${components.length} produktionsberoenden kontrollerade, ${excepted.length} med granskat undantag.`);
  return 0;
}

if (process.argv[1] && /licenses\.ts$/.test(process.argv[1])) process.exit(main(process.argv.slice(2)));
