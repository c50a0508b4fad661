import { defineConfig } from 'vitest/config';
import os from 'node:os';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url)).replace(/\/$/, '');
const alias = { '@': root, 'server-only': `${root}/tests/helpers/empty-module.ts` };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**'],
          environment: 'node',
          pool: 'forks',
          // Vitest's default is one worker less than the cores: on a 2-core CI machine that is a
          // single worker, and the unit files (which run before the browser tests, never beside
          // them) then leave a core idle. Two workers at least; the files are independent
          // (each its own database file), as they are on machines with more cores.
          maxWorkers: Math.max(2, os.availableParallelism() - 1),
          testTimeout: 30_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 600_000,
          // A loaded CI machine can take more than the default second to answer a click.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
