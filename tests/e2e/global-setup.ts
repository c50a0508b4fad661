/**
 * Builds the real app once, seeds a fresh database with the demo cycle, starts
 * `next start` on a free port and hands the address to the browser tests.
 * Without Chromium the suite skips loudly; with CI=true a missing Chromium fails.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_PATH } from './browser';

export type E2eContext = { skip: string | null; baseURL: string; databasePath: string };

declare module 'vitest' {
  export interface ProvidedContext {
    e2e: E2eContext;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url: string, server: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The app server exited with code ${server.exitCode}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The app server did not answer ${url}/api/health within ${timeoutMs} ms`);
}

export default async function setup(project: TestProject) {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    const reason = `Chromium was not found at ${CHROMIUM_PATH} (apt-get install -y chromium).`;
    if (process.env.CI === 'true') throw new Error(`E2E: ${reason} Under CI=true the browser tests must run.`);
    console.warn(`\n${'!'.repeat(78)}\n!! E2E TESTS SKIPPED: ${reason}\n${'!'.repeat(78)}\n`);
    project.provide('e2e', { skip: reason, baseURL: '', databasePath: '' });
    return;
  }
  const root = process.cwd();
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
  if (process.env.E2E_SKIP_BUILD !== '1') {
    console.log('E2E: building the app (next build) …');
    execFileSync(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'build'], { stdio: 'inherit', env });
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kk-e2e-'));
  const databasePath = path.join(dir, 'app.db');
  const serverEnv = {
    ...env,
    NODE_ENV: 'production' as const,
    DATABASE_PATH: databasePath,
    NEXTAUTH_SECRET: 'e2e-secret-that-is-long-enough-0123456789abcdef',
  };
  execFileSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'seeds/run.ts'], { stdio: 'inherit', env: serverEnv });
  const port = await freePort();
  const baseURL = `http://localhost:${port}`;
  const server = spawn(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port)], {
    env: { ...serverEnv, NEXTAUTH_URL: baseURL },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log: string[] = [];
  server.stdout?.on('data', (d) => log.push(String(d)));
  server.stderr?.on('data', (d) => log.push(String(d)));
  try {
    await waitForHealth(baseURL, server);
  } catch (err) {
    server.kill('SIGKILL');
    throw new Error(`${(err as Error).message}\n${log.join('')}`);
  }
  project.provide('e2e', { skip: null, baseURL, databasePath });
  return async () => {
    if (server.pid && server.exitCode === null) {
      server.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 500));
      if (server.exitCode === null) server.kill('SIGKILL');
    }
    if (process.env.E2E_SHOW_SERVER_LOG === '1') console.log(log.join(''));
    fs.rmSync(dir, { recursive: true, force: true });
  };
}
