/**
 * The built React 19 and Vue 3 demo apps (dist-demo/, made by vite against dist/ix-widgets.js):
 * properties follow app state, events reach app state, and a cancelled `ix-cta-click` keeps the
 * visitor on the page while the app opens its own dialog.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { openSiteAndBrowser, projectRoot, watchProblems, type PageProblems } from './harness.js';

const site = openSiteAndBrowser({
  prepare: () => {
    const built = ['react.html', 'vue.html'].every((page) => existsSync(join(projectRoot, 'dist-demo', page)));
    // `npm test` has built the bundle already; then assembling the demo (~1 s) is all that is missing.
    if (!built && existsSync(join(projectRoot, 'dist/ix-widgets.js'))) {
      execFileSync(process.execPath, ['scripts/build-demo.mjs'], { cwd: projectRoot, stdio: 'inherit' });
    } else if (!built) {
      execFileSync('npm', ['run', 'build'], { cwd: projectRoot, stdio: 'inherit' });
    }
  },
});

async function open(path: string): Promise<{ page: Page; problems: PageProblems }> {
  const page = await site.browser.newPage();
  const problems = await watchProblems(page);
  await page.goto(`${site.server.origin}${path}`);
  await page.locator('ix-technique-card article').waitFor();
  return { page, problems };
}

for (const framework of ['react', 'vue']) {
  describe(`${framework} demo (built)`, () => {
    const path = `/dist-demo/${framework}.html`;

    test('renders every element with the properties the app sets', async () => {
      const { page, problems } = await open(path);
      assert.match(await page.locator('ix-technique-card article').innerText(), /step-down/i);
      assert.equal(await page.locator('ix-technique-card').evaluate((el: HTMLElement & { variant: string }) => el.variant), 'compact');
      await page.locator('ix-concession-checker textarea').first().waitFor();
      assert.equal(await page.locator('ix-concession-checker').evaluate((el: HTMLElement & { showFirstRequest: boolean }) => el.showFirstRequest), true);
      assert.match((await page.locator('ix-trial-cta a').getAttribute('href')) ?? '', /^https:\/\/example\.com\/signup\?.*utm_content=\w+-demo/);
      assert.deepEqual(problems.errors, []);
      await page.close();
    });

    test('app state switches the card: variant and technique (with its error reported back)', async () => {
      const { page, problems } = await open(path);
      await page.getByLabel('Compact').uncheck();
      await page.waitForFunction(() => document.querySelector<HTMLElement & { variant: string }>('ix-technique-card')?.variant === 'full');
      assert.match(await page.getByTestId('card-status').innerText(), /\(full\)/);

      await page.locator('fieldset select').selectOption('no-such-technique');
      await page.getByTestId('card-status').filter({ hasText: 'Card problem: unknown-slug' }).waitFor();
      assert.match(await page.locator('ix-technique-card [role="alert"]').innerText(), /no-such-technique/);
      // The card warns about the unknown slug in the console, as documented; nothing throws.
      assert.deepEqual(problems.errors, []);
      await page.close();
    });

    test('typing in the checker updates the verdict the app shows outside the element', async () => {
      const { page, problems } = await open(path);
      // The checker reports its empty state at once; the app says there is nothing to judge yet.
      await page.getByTestId('verdict').filter({ hasText: 'type a step-down below' }).waitFor();
      await page
        .locator('ix-concession-checker textarea')
        .last()
        .fill('I understand, that was a big ask. Let me come down from what I asked: instead of the whole report, could you review just the summary page by Friday?');
      await page.getByTestId('verdict').filter({ hasText: 'Verdict: deliberate (5 of 5 checks passed)' }).waitFor();
      const shownInside = await page.locator('ix-concession-checker').evaluate((el) => el.shadowRoot?.textContent ?? '');
      assert.match(shownInside, /deliberate/i);
      assert.doesNotMatch(shownInside, /partly|needs work/i, 'the element itself shows every check passed');

      await page.locator('ix-concession-checker textarea').last().fill('Fine. Could you do Wednesday?');
      await page.getByTestId('verdict').filter({ hasText: 'Verdict: invisible' }).waitFor();
      assert.deepEqual(problems.errors, []);
      await page.close();
    });

    test('a cancelled CTA click opens the app dialog and does not navigate', async () => {
      const { page, problems } = await open(path);
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      const before = page.url();
      await page.locator('ix-trial-cta a').click();
      const dialog = page.getByTestId('signup-dialog');
      await dialog.waitFor({ state: 'visible' });
      assert.equal(await dialog.evaluate((el: HTMLDialogElement) => el.open), true);
      assert.match(await dialog.innerText(), /https:\/\/example\.com\/signup\?.*utm_source=ix-widgets/);
      await page.waitForTimeout(300); // a navigation, if any, would have started by now
      assert.equal(page.url(), before);
      assert.deepEqual(requests.filter((url) => url.includes('example.com')), []);

      await dialog.getByRole('button', { name: 'Close' }).click();
      await dialog.waitFor({ state: 'hidden' });
      assert.deepEqual(problems.errors, []);
      await page.close();
    });
  });
}
