/**
 * Pages we don't control may load the bundle twice and run other Lit code: nothing throws, one
 * warning names the taken tags, and every element still works.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { build } from 'vite';
import { openSiteAndBrowser, projectRoot, watchProblems } from './harness.js';

// Another library built with its own copy of Lit, as a second vendor's script would be.
const site = openSiteAndBrowser({
  prepare: () =>
    build({
      configFile: false,
      root: projectRoot,
      logLevel: 'silent',
      build: {
        outDir: '.cache/e2e',
        emptyOutDir: false,
        lib: { entry: 'tests/e2e/fixtures/other-lit-library.ts', formats: ['es'], fileName: () => 'other-lit-library.js' },
      },
    }),
});

test('the bundle loaded twice next to another Lit library: no exception, one warning, elements work', async () => {
  const page = await site.browser.newPage();
  const problems = await watchProblems(page);
  await page.goto(`${site.server.origin}/tests/e2e/pages/coexistence.html`);
  await page.locator('other-greeting p').waitFor();
  await page.locator('ix-technique-card article').waitFor();
  await page.waitForTimeout(200); // let the second copy's deferred warning arrive

  assert.deepEqual(problems.errors, []);
  const ours = problems.warnings.filter((w) => w.includes('[ix-widgets]'));
  assert.equal(ours.length, 1, `warnings: ${JSON.stringify(problems.warnings)}`);
  assert.match(ours[0] ?? '', /<ix-technique-card>/);

  assert.match(await page.locator('other-greeting p').innerText(), /another Lit library/);
  assert.match(await page.locator('ix-technique-card article').innerText(), /Why it works/);
  await page.locator('ix-concession-checker textarea').first().fill('Fine. Could you do Wednesday?');
  await page.waitForFunction(() => {
    const text = document.querySelector('ix-concession-checker')?.shadowRoot?.textContent ?? '';
    return /invisible/i.test(text);
  });
  assert.match((await page.locator('main > ix-trial-cta a').getAttribute('href')) ?? '', /utm_source=ix-widgets/);
  await page.close();
});
