/**
 * The height each embeddable page's content has at the oEmbed width, measured in headless
 * Chromium (playwright-core and the Chromium the tests use), so each oEmbed document offers a
 * frame that fits its card before the page reports its height. Without Chromium the build still
 * works: it says so and offers `fallbackHeight`, which the page corrects as soon as it runs.
 */
import { findChrome, chromeFlags } from '../find-browsers.mjs';
import { serveStatic } from '../static-server.mjs';

export const fallbackHeight = 480;

export async function measureHeights(site: string, paths: readonly string[], width: number): Promise<Map<string, number> | undefined> {
  const executablePath = findChrome();
  if (!executablePath) return undefined;
  const { chromium } = await import('playwright-core');
  const server = await serveStatic(site);
  const browser = await chromium.launch({ executablePath, args: chromeFlags, headless: true });
  const heights = new Map<string, number>();
  try {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    for (const path of paths) {
      await page.goto(`${server.origin}/${path}?theme=light`);
      await page.waitForFunction(() => {
        const element = document.querySelector<HTMLElement & { updateComplete?: Promise<unknown> }>('[data-ix-embed]');
        return Boolean(element?.shadowRoot && customElements.get(element.localName));
      });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      heights.set(path, await page.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height)));
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return heights;
}
