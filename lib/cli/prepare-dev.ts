/**
 * Runs before `next dev`: a local secret on first start, migrations, the
 * municipality list, the demo cycle when the database is empty, and the logins.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { loadEnvConfig } from '@next/env';
import { closeDb, getDb } from '@/db/client';
import { databasePath } from '@/lib/config';
import { seedAll } from '@/seeds/all';
import { demoAccounts, pickApplicants } from '@/seeds/demo';
import { DEMO_PASSWORD } from '@/seeds/demo-content';

const ENV_FILE = '.env.local';

function ensureLocalSecret() {
  const text = fs.existsSync(ENV_FILE) ? fs.readFileSync(ENV_FILE, 'utf8') : '';
  if (/^NEXTAUTH_SECRET=/m.test(text) || process.env.NEXTAUTH_SECRET) return;
  const line = `NEXTAUTH_SECRET=${randomBytes(48).toString('base64')}\n`;
  fs.writeFileSync(ENV_FILE, text + (text && !text.endsWith('\n') ? '\n' : '') + line, { mode: 0o600 });
  console.log(`Skapade en lokal hemlighet för inloggningen i ${ENV_FILE} (ingår inte i git).`);
}

async function main() {
  ensureLocalSecret();
  loadEnvConfig(process.cwd(), true);
  const db = getDb();
  const { demoCycle: created } = await seedAll(db);
  const names = pickApplicants(db).map((a) => a.name);
  console.log(`\nDatabas: ${databasePath()}${created ? ' (demodata skapad)' : ''}`);
  console.log(`\nDemokonton – lösenord för alla: ${DEMO_PASSWORD}`);
  for (const a of demoAccounts(names)) console.log(`  ${a.email.padEnd(26)} ${a.role.padEnd(14)} ${a.description}`);
  console.log(`\nÖppna http://localhost:${process.env.PORT ?? 3000} och logga in.\n`);
  closeDb();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
