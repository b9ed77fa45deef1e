/**
 * What loading the bundle builds. Every element is defined as the bundle loads, so anything built
 * at import is paid by every page, including pages that show one card: number formats (a page's
 * first Intl.NumberFormat loads ICU's number data), the checker's Unicode patterns, stylesheets
 * of elements that are not there. Counted with spies installed before the page's first script;
 * the last test shows the spies do see those things when they are needed.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { openSiteAndBrowser, watchProblems } from './harness.js';

const site = openSiteAndBrowser();

interface Built {
  numberFormats: string[];
  unicodePatterns: number;
  sheets: string[];
}

const spies = `
  const built = { numberFormats: [], unicodePatterns: 0, sheets: [] };
  window.__built = built;
  const count = (args) => built.numberFormats.push(JSON.stringify(args));
  Intl.NumberFormat = new Proxy(Intl.NumberFormat, {
    construct: (target, args) => (count(args), Reflect.construct(target, args)),
    apply: (target, self, args) => (count(args), Reflect.apply(target, self, args)),
  });
  window.RegExp = new Proxy(RegExp, {
    construct: (target, args) => {
      if (String(args[1] ?? '').includes('u')) built.unicodePatterns++;
      return Reflect.construct(target, args);
    },
  });
  const replaceSync = CSSStyleSheet.prototype.replaceSync;
  CSSStyleSheet.prototype.replaceSync = function (text) {
    built.sheets.push(text);
    return replaceSync.call(this, text);
  };
`;

async function open(body: string): Promise<Page> {
  const page = await site.browser.newPage();
  const problems = await watchProblems(page);
  // Plain text, not a function: the test's transpiler would wrap named functions in a helper
  // that does not exist in the page.
  await page.addInitScript({ content: spies });
  const path = `/tests/e2e/pages/load-cost-${Math.random().toString(36).slice(2)}.html`;
  await page.route(`${site.server.origin}${path}`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>load cost</title>
        <script type="module" src="/dist/ix-widgets.js"></script></head><body>${body}</body></html>`,
    }),
  );
  await page.goto(`${site.server.origin}${path}`);
  await page.waitForFunction(() => customElements.get('ix-concession-checker'));
  assert.deepEqual(problems.errors, []);
  return page;
}

const built = (page: Page) => page.evaluate(() => (window as unknown as { __built: Built }).__built);
const checkerSheet = (sheet: string) => sheet.includes('textarea');

test('a page without elements: importing the bundle builds no number format, Unicode pattern or stylesheet', async () => {
  const page = await open('<p>No element here.</p>');
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
  assert.deepEqual(await built(page), { numberFormats: [], unicodePatterns: 0, sheets: [] });
  await page.close();
});

test('a page with one card: its default terms need no Intl.NumberFormat, and nothing of the checker is built', async () => {
  const page = await open('<ix-technique-card technique="make-the-step-down-visibly-deliberate"></ix-technique-card>');
  await page.locator('ix-technique-card ix-trial-cta [part~="terms"]').waitFor();
  assert.equal(await page.locator('ix-technique-card ix-trial-cta [part~="terms"]').innerText(), '7 days free, then $40/month (~$1.30/day)');
  const { numberFormats, unicodePatterns, sheets } = await built(page);
  assert.deepEqual(numberFormats, []);
  assert.equal(unicodePatterns, 0);
  assert.ok(sheets.length > 0, 'the card’s own stylesheets are built');
  assert.equal(sheets.filter(checkerSheet).length, 0, 'no stylesheet of the checker');
  await page.close();
});

test('the spies see what is needed: other locales format through Intl, a checker builds its patterns and stylesheet', async () => {
  const page = await open(`<ix-provider locale="de-DE" currency="EUR"><ix-trial-cta></ix-trial-cta></ix-provider>
    <ix-concession-checker></ix-concession-checker>`);
  await page.locator('ix-trial-cta [part~="terms"]').waitFor();
  assert.match(await page.locator('ix-trial-cta [part~="terms"]').innerText(), /40\s€\/month/);
  await page.locator('ix-concession-checker textarea').fill('I understand. Could you do one evening instead of the whole weekend?');
  await page.waitForFunction(() => /deliberate/i.test(document.querySelector('ix-concession-checker')?.shadowRoot?.textContent ?? ''));
  const { numberFormats, unicodePatterns, sheets } = await built(page);
  assert.ok(numberFormats.length > 0);
  assert.ok(unicodePatterns > 0);
  assert.equal(sheets.filter(checkerSheet).length, 1);
  await page.close();
});
