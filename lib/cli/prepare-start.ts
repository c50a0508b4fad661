/**
 * Runs before `next start`: refuses to start without a real secret, applies
 * migrations and syncs the municipality list and the KPI catalogue. It never adds demo accounts.
 */
import { loadEnvConfig } from '@next/env';
import { closeDb, getDb } from '@/db/client';
import { sealPlainTotpSecrets } from '@/db/queries/account';
import { syncKpis } from '@/seeds/kpis';
import { syncMunicipalities } from '@/seeds/municipalities';

loadEnvConfig(process.cwd(), false);
const secret = process.env.NEXTAUTH_SECRET;
if (!secret || secret.length < 32) {
  console.error(
    'NEXTAUTH_SECRET saknas eller är kortare än 32 tecken. Sätt den innan servern startas, t.ex.\n  export NEXTAUTH_SECRET=$(openssl rand -base64 48)',
  );
  process.exit(1);
}
syncMunicipalities(getDb());
syncKpis(getDb());
// Two-factor secrets stored in plain text before they were encrypted are sealed now.
sealPlainTotpSecrets(getDb());
closeDb();
