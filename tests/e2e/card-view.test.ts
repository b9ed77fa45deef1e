/**
 * `ix-card-view` with the browser's real IntersectionObserver (the unit tests drive it with
 * recorded entries): nothing while the card is off screen, one event once half of it shows,
 * and no second event when the reader scrolls away and back.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openSiteAndBrowser } from './harness.js';

const site = openSiteAndBrowser();

test('ix-card-view fires once, when half the card is on screen', async () => {
  const page = await site.browser.newPage({ viewport: { width: 1000, height: 700 } });
  const views: unknown[] = [];
  await page.exposeFunction('__ixRecordView', (detail: unknown) => views.push(detail));
  await page.addInitScript(() => {
    document.addEventListener('ix-card-view', (event) => {
      const record = (window as unknown as { __ixRecordView: (d: unknown) => void }).__ixRecordView;
      void record((event as CustomEvent).detail);
    });
  });
  await page.goto(`${site.server.origin}/tests/e2e/pages/card-view.html`);
  await page.locator('#card article').waitFor({ state: 'attached' });
  await page.waitForTimeout(300);
  assert.equal(views.length, 0, 'no view while the card is below the fold');

  await page.evaluate(() => document.getElementById('card')!.scrollIntoView({ block: 'center' }));
  await page.waitForTimeout(300);
  assert.deepEqual(views, [{ slug: 'make-the-step-down-visibly-deliberate' }]);

  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(200);
  await page.evaluate(() => document.getElementById('card')!.scrollIntoView({ block: 'center' }));
  await page.waitForTimeout(300);
  assert.equal(views.length, 1, 'still one view after scrolling away and back');
  await page.close();
});
