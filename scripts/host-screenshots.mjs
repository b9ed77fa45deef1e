#!/usr/bin/env node
/**
 * Screenshots of the host gallery for a person to review (no pixel comparison): every page in
 * demo/hosts/, in a light and a dark OS setting, 1280 and 390 px wide, full length, with the
 * built bundle and an example loaded into each checker so its results show too.
 *
 *   npm run hosts:screenshots        (builds the bundle and the hosts' CSS first)
 *   node scripts/host-screenshots.mjs [host…]
 *
 * PNGs go to .cache/host-screenshots/<host>.os-<light|dark>.<width>.png (git-ignored).
 */
import { mkdirSync, readdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromeFlags, findChrome } from './find-browsers.mjs';
import { serveStatic } from './static-server.mjs';

const outDir = '.cache/host-screenshots';
const wanted = process.argv.slice(2);
const hosts = readdirSync('demo/hosts')
  .filter((file) => file.endsWith('.html'))
  .map((file) => file.replace(/\.html$/, ''))
  .filter((host) => !wanted.length || wanted.includes(host));

const executablePath = findChrome();
if (!executablePath) throw new Error('No Chromium found: run `node scripts/find-browsers.mjs` for how to install one.');

mkdirSync(outDir, { recursive: true });
const server = await serveStatic('.', { aliases: { '/ix-widgets.js': '/dist/ix-widgets.js' } });
const browser = await chromium.launch({ executablePath, args: chromeFlags });
try {
  for (const host of hosts) {
    for (const colorScheme of ['light', 'dark']) {
      for (const width of [1280, 390]) {
        const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
        const problems = [];
        page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
        page.on('pageerror', (error) => problems.push(error.message));
        await page.goto(`${server.origin}/demo/hosts/${host}.html`, { waitUntil: 'load' });
        await page.waitForFunction(() =>
          [...document.querySelectorAll('ix-technique-card, ix-concession-checker, ix-trial-cta')].every((el) => el.shadowRoot?.firstElementChild),
        );
        // Playwright's CSS locators pierce shadow roots: the first example button of each checker.
        for (const example of await page.locator('ix-concession-checker [part~="examples"] button:first-child').all()) await example.click();
        await page.waitForTimeout(400); // debounce, then one frame of results and transitions
        const file = `${outDir}/${host}.os-${colorScheme}.${width}.png`;
        await page.screenshot({ path: file, fullPage: true });
        console.log(`${file}${problems.length ? `  (console: ${problems.join(' | ')})` : ''}`);
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
