/**
 * A production server with the demo data, for the scripts that look at the real app
 * (`npm run screenshots`, `npm run lighthouse`): builds once if there is no build (or with
 * `--build`), seeds a fresh database in a temporary folder (never data/app.db), starts
 * `next start` on a free port, hands the address to the caller and stops the server by its PID.
 */
import { execFileSync, spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export type DemoServer = { baseURL: string; databasePath: string };

const root = process.cwd();
const nextBin = path.join(root, 'node_modules/next/dist/bin/next');
const tsxBin = path.join(root, 'node_modules/tsx/dist/cli.mjs');

/** A TCP port nothing listens on now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

export async function withDemoServer<T>(fn: (server: DemoServer) => Promise<T>): Promise<T> {
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
  if (!fs.existsSync(path.join(root, '.next', 'BUILD_ID')) || process.argv.includes('--build')) {
    console.log('Bygger appen (next build) …');
    execFileSync(process.execPath, [nextBin, 'build'], { stdio: 'inherit', env });
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kk-demo-'));
  const databasePath = path.join(dir, 'app.db');
  const port = await freePort();
  const baseURL = `http://localhost:${port}`;
  const serverEnv = {
    ...env,
    NODE_ENV: 'production' as const,
    DATABASE_PATH: databasePath,
    NEXTAUTH_URL: baseURL,
    NEXTAUTH_SECRET: crypto.randomBytes(48).toString('base64'),
  };
  console.log('Lägger in demodata i en tillfällig databas …');
  execFileSync(process.execPath, [tsxBin, 'seeds/run.ts'], { stdio: ['ignore', 'ignore', 'inherit'], env: serverEnv });
  try {
    return await withNextStart({ nextBin, port, env: serverEnv, readyUrl: `${baseURL}/api/health` }, () => fn({ baseURL, databasePath }));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * `next start` on the port (in `cwd`, the current folder by default) until `fn` is done: waits up
 * to 60 s for `readyUrl` to answer 2xx, then stops the server by its PID (SIGTERM, at most 5 s).
 */
export async function withNextStart<T>(
  { nextBin, port, env, readyUrl, cwd }: { nextBin: string; port: number; env: NodeJS.ProcessEnv; readyUrl: string; cwd?: string },
  fn: () => Promise<T>,
): Promise<T> {
  const server = spawn(process.execPath, [nextBin, 'start', '-p', String(port)], { cwd, env, stdio: ['ignore', 'ignore', 'inherit'] });
  try {
    const deadline = Date.now() + 60_000;
    for (;;) {
      if (server.exitCode !== null) throw new Error(`Servern avslutades med kod ${server.exitCode}.`);
      try {
        if ((await fetch(readyUrl)).ok) break;
      } catch {
        /* not listening yet */
      }
      if (Date.now() > deadline) throw new Error('Servern startade inte inom 60 s.');
      await new Promise((r) => setTimeout(r, 100));
    }
    return await fn();
  } finally {
    if (server.exitCode === null) {
      const exited = new Promise((r) => server.once('exit', r));
      server.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
    }
  }
}
