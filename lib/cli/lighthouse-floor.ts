/**
 * The floor for `npm run lighthouse -- --floor`: an empty Next.js app (the same Next and React
 * as the app, a bare root layout, one page of text and no client component of its own), built
 * and started in a temporary folder. Lighthouse's score for it is what any App Router page
 * can reach on this machine, so the app's own pages can be compared with it.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, withNextStart } from './demo-server';

const FILES: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'kk-lighthouse-floor', private: true }),
  'tsconfig.json': JSON.stringify({
    compilerOptions: { target: 'ES2020', lib: ['dom', 'esnext'], jsx: 'react-jsx', module: 'esnext', moduleResolution: 'bundler', strict: true, skipLibCheck: true, noEmit: true, esModuleInterop: true, isolatedModules: true, allowJs: true, plugins: [{ name: 'next' }] },
    include: ['**/*.ts', '**/*.tsx'],
    exclude: ['node_modules'],
  }),
  'app/layout.tsx': `export const metadata = { title: 'Sveriges KvalitetsKommun' };
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (<html lang="sv"><body>{children}</body></html>);
}
`,
  'app/page.tsx': `export default function Page() {
  return (
    <main>
      <h1>Sveriges KvalitetsKommun</h1>
      <p>En sida utan egna klientkomponenter: det Next.js och React själva kostar.</p>
    </main>
  );
}
`,
};

export async function withFloorServer<T>(fn: (baseURL: string) => Promise<T>): Promise<T> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kk-floor-'));
  try {
    for (const [file, text] of Object.entries(FILES)) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
    }
    // The app's own packages, hard-linked (Turbopack does not follow a symlinked node_modules out of the project).
    execFileSync('cp', ['-al', path.join(process.cwd(), 'node_modules'), path.join(dir, 'node_modules')]);
    const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' as const };
    const nextBin = path.join(dir, 'node_modules/next/dist/bin/next');
    console.log('Bygger golvet (en tom Next-app) …');
    execFileSync(process.execPath, [nextBin, 'build'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'], env });
    const port = await freePort();
    const baseURL = `http://localhost:${port}`;
    return await withNextStart({ nextBin, port, env, readyUrl: baseURL, cwd: dir }, () => fn(baseURL));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
