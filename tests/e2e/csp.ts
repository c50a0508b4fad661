import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';

/** The nonce a CSP header names. */
export const nonceOf = (csp: string) => /'nonce-([^']+)'/.exec(csp)?.[1];

/** Every script tag of an HTML answer carries the answer's own nonce, and no other nonce appears in it. */
export function expectOwnNonce(answer: { html: string; nonce: string | undefined }) {
  expect(answer.nonce).toMatch(/^[A-Za-z0-9+/]{16,}={0,2}$/);
  const scripts = [...answer.html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${answer.nonce}"`);
  expect([...new Set([...answer.html.matchAll(/nonce="([^"]+)"/g)].map((m) => m[1]))]).toEqual([answer.nonce]);
}

/** Collects the CSP violations of every page of the context (the event and the console's report). */
export async function recordCspViolations(context: BrowserContext): Promise<{ violations: string[]; watch: (page: Page) => void }> {
  const violations: string[] = [];
  await context.exposeBinding('__kkCspViolation', (_source, v: string) => {
    violations.push(v);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __kkCspViolation: (v: string) => void }).__kkCspViolation(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const watch = (page: Page) =>
    page.on('console', (m) => {
      if (/Content[- ]Security[- ]Policy/i.test(m.text())) violations.push(m.text());
    });
  return { violations, watch };
}
