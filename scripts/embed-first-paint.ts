/**
 * The first paint `npm run embed` writes into a snippet (src/embed/declarative-shadow.ts): the
 * element is rendered by the built dist/ix-widgets.js in a headless Chromium, exactly as a page
 * would render it, and its shadow tree is written out from there. The embed builder does the same
 * from its preview, so both print the same snippet.
 *
 * Without a Chromium the snippet is printed without its first paint (it still works; the element
 * then takes its size when the bundle arrives), and the reason goes to stderr.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { declarativeShadow } from '../src/embed/declarative-shadow.js';
import { chromeFlags, findChrome } from './find-browsers.mjs';

export type FirstPaint = { shadow: string } | { missing: string };

/** Renders `markup` (the snippet's element, in its provider) with the bundle in `root`/dist and writes out `tag`'s shadow tree. */
export async function firstPaint(root: string, markup: string, tag: string): Promise<FirstPaint> {
  const executablePath = findChrome();
  if (!executablePath) return { missing: 'no Chromium found (`node scripts/find-browsers.mjs` says how to install one)' };
  const bundle = readFileSync(join(root, 'dist/ix-widgets.js'), 'utf8');
  const browser = await chromium.launch({ executablePath, args: chromeFlags });
  try {
    const page = await browser.newPage({ viewport: { width: 800, height: 600 } });
    // `</script` cannot occur in the built bundle (the build would not run inline either way).
    await page.setContent(`<!doctype html><html lang="en"><body>${markup}<script type="module">${bundle}</script></body></html>`, { waitUntil: 'load' });
    await page.waitForFunction(async (name) => {
      type Rendering = Element & { updateComplete?: Promise<unknown> };
      const element = document.querySelector<Rendering>(name);
      if (!customElements.get(name) || !element) return false;
      // The element and the elements it renders (a card's call to action) have all rendered.
      const nested = [...(element.shadowRoot?.querySelectorAll<Rendering>('*') ?? [])].filter((el) => el.localName.includes('-'));
      await Promise.all([element, ...nested].map((el) => el.updateComplete ?? Promise.resolve()));
      return true;
    }, tag);
    // tsx keeps function names through a helper the page does not have.
    const shadow = await page.evaluate(`(() => { const __name = (f) => f; return (${declarativeShadow.toString()})(document.querySelector(${JSON.stringify(tag)})); })()`);
    return { shadow: String(shadow) };
  } finally {
    await browser.close();
  }
}
