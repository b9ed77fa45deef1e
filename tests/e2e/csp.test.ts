/**
 * The elements on a page with a strict Content-Security-Policy and Trusted Types: everything
 * renders and works, and the browser reports no violation and no console error.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openSiteAndBrowser, serveProject, watchProblems } from './harness.js';

/** The policy the README documents for sites that use Trusted Types. */
export const strictPolicy =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types ix-widgets lit-html";

const site = openSiteAndBrowser({
  serve: () => serveProject((path): Record<string, string> => (path.endsWith('.html') ? { 'content-security-policy': strictPolicy } : {})),
});

test('every element renders and works under a strict CSP with Trusted Types', async () => {
  const page = await site.browser.newPage();
  const problems = await watchProblems(page);
  await page.goto(`${site.server.origin}/tests/e2e/pages/all-elements.html`);
  await page.waitForFunction(() => customElements.get('ix-concession-checker') !== undefined);

  const card = page.locator('ix-technique-card').first();
  await card.locator('article').waitFor();
  assert.match(await card.locator('article').innerText(), /Make the step-down visibly deliberate/);
  // The practice call to action is the card's nested <ix-trial-cta>, in its own shadow root.
  assert.match(await card.locator('ix-trial-cta [part~="terms"]').innerText(), /7 days free, then \$40\/month \(~\$1\.30\/day\)/);

  const missing = page.locator('ix-technique-card').nth(2);
  assert.match(await missing.locator('[role="alert"]').innerText(), /no-such-card/);

  const checker = page.locator('ix-concession-checker');
  await checker.locator('textarea').first().fill(
    'I understand — that was a big ask. Let me propose something much more reasonable: could you read the first page?',
  );
  await page.waitForFunction(() => {
    const root = document.querySelector('ix-concession-checker')?.shadowRoot;
    return (root?.querySelectorAll('mark').length ?? 0) > 0;
  });

  const cta = page.locator('ix-trial-cta[layout="banner"] a');
  assert.match((await cta.getAttribute('href')) ?? '', /^https:\/\/ixcoach\.example\/signup\?.*utm_medium=widget/);

  // JSON-LD goes through the Trusted Types policy too.
  assert.equal(await page.locator('ix-technique-card script[type="application/ld+json"]').count() > 0, true);

  assert.deepEqual(problems.violations, [], 'CSP / Trusted Types violations');
  assert.deepEqual(problems.errors, [], 'console errors');
  await page.close();
});
