/**
 * Does the upgrade move the page? The built demo (dist-demo/: demo pages + the real bundle),
 * blog post and landing page, at 1280×800 and 390×844, with the bundle held back for a second
 * so the no-JS fallback paints first, scrolled to the technique card before the bundle arrives.
 *
 * Two kinds of evidence, because a shift the browser does not count is still a shift:
 *   - CLS from PerformanceObserver 'layout-shift' (buffered, from navigation on; largest
 *     session window, as Chrome defines it), with every entry's moved nodes;
 *   - geometry: each element's height, and the document position of the element after it,
 *     just before the bundle is released and after every element has rendered. Content
 *     outside the viewport that moves has no layout-shift entry, but shows up here.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { ensureBundle, inChromium, printTable, projectRoot, serveDirectory, writeResults } from './support/browser-bench.js';

const pages = ['blog-post.html', 'landing-page.html'];
const viewports = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
];
const holdBundleMs = 1000;

interface Geometry {
  element: string;
  top: number;
  height: number;
  next: string | null;
  nextTop: number | null;
}

interface Shift {
  value: number;
  startTime: number;
  hadRecentInput: boolean;
  sources: { node: string; from: string; to: string }[];
}

interface PageResult {
  page: string;
  viewport: string;
  cls: number;
  shifts: Shift[];
  scrollBefore: number;
  scrollAfter: number;
  elements: { element: string; heightBefore: number; heightAfter: number; nextBefore: number | null; nextAfter: number | null; next: string | null }[];
}

/** Largest session window: shifts less than 1 s apart, a window at most 5 s long. */
function cumulativeLayoutShift(shifts: Shift[]): number {
  let worst = 0;
  let window = 0;
  let windowStart = -Infinity;
  let last = -Infinity;
  for (const shift of shifts.filter((s) => !s.hadRecentInput).sort((a, b) => a.startTime - b.startTime)) {
    if (shift.startTime - last > 1000 || shift.startTime - windowStart > 5000) {
      window = 0;
      windowStart = shift.startTime;
    }
    window += shift.value;
    last = shift.startTime;
    worst = Math.max(worst, window);
  }
  return worst;
}

/** Runs in the page: every top-level IX element, its box and the next box in the page's flow. */
function measureGeometry(): Geometry[] {
  const name = (el: Element) =>
    el.localName + (el.id ? `#${el.id}` : '') + (el.classList.length ? `.${[...el.classList].join('.')}` : '');
  const nextInFlow = (el: Element): Element | null => {
    for (let at: Element | null = el; at; at = at.parentElement) {
      for (let sibling = at.nextElementSibling; sibling; sibling = sibling.nextElementSibling) {
        if (sibling.getClientRects().length > 0) return sibling;
      }
    }
    return null;
  };
  return [...document.querySelectorAll('ix-technique-card, ix-concession-checker, ix-trial-cta')].map((el) => {
    const box = el.getBoundingClientRect();
    const next = nextInFlow(el);
    return {
      element: name(el),
      top: box.top + scrollY,
      height: box.height,
      next: next ? name(next) : null,
      nextTop: next ? next.getBoundingClientRect().top + scrollY : null,
    };
  });
}

async function measure(browser: Browser, origin: string, pagePath: string, viewport: { width: number; height: number }): Promise<PageResult> {
  const context = await browser.newContext({ viewport });
  try {
    const tab = await context.newPage();
    const errors: string[] = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let bundleRequested = false;
    await tab.route('**/ix-widgets.js', async (route) => {
      bundleRequested = true;
      await released;
      await route.continue();
    });
    // tsx keeps function names with a `__name` helper that functions sent to the page call.
    await tab.addInitScript('globalThis.__name = (fn) => fn;');
    await tab.addInitScript(() => {
      const shifts: unknown[] = [];
      (window as unknown as { __shifts: unknown[] }).__shifts = shifts;
      const describe = (node: Node | null) => {
        if (!node) return '(node gone or in a shadow root)';
        if (!(node instanceof Element)) return `#text in ${node.parentElement?.localName ?? '?'}`;
        return node.localName + (node.id ? `#${node.id}` : '') + (node.className && typeof node.className === 'string' ? `.${node.className.split(' ').join('.')}` : '');
      };
      const rect = (r: DOMRectReadOnly) => `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}`;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
          sources: { node: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
        })[]) {
          shifts.push({
            value: entry.value,
            startTime: entry.startTime,
            hadRecentInput: entry.hadRecentInput,
            sources: entry.sources.map((s) => ({ node: describe(s.node), from: rect(s.previousRect), to: rect(s.currentRect) })),
          });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });

    const started = Date.now();
    await tab.goto(`${origin}/${pagePath}`, { waitUntil: 'commit' });
    // The fallback is on screen once the first contentful paint has happened.
    await tab.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
    if (!bundleRequested) throw new Error(`${pagePath}: the page did not request /ix-widgets.js`);
    await tab.evaluate(() => {
      const card = document.querySelector('ix-technique-card')!;
      // The card's top with a little of the article above it, as a reader scrolling down sees it.
      scrollTo(0, Math.max(0, card.getBoundingClientRect().top + scrollY - 120));
    });
    await tab.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const defined = await tab.evaluate(() => customElements.get('ix-technique-card') !== undefined);
    if (defined) throw new Error(`${pagePath}: the elements were defined before the bundle was released`);
    const before = await tab.evaluate(measureGeometry);
    const scrollBefore = await tab.evaluate(() => scrollY);

    await new Promise((resolve) => setTimeout(resolve, Math.max(0, holdBundleMs - (Date.now() - started))));
    release();
    await tab.waitForFunction(() => customElements.get('ix-technique-card') !== undefined);
    await tab.evaluate(async () => {
      type Lit = Element & { updateComplete?: Promise<unknown> };
      // Every IX element, nested ones included, has finished rendering.
      const pending = (root: ParentNode): Promise<unknown>[] =>
        [...root.querySelectorAll<Lit>('*')].flatMap((el) => [
          ...(el.localName.startsWith('ix-') && el.updateComplete ? [el.updateComplete] : []),
          ...(el.shadowRoot ? pending(el.shadowRoot) : []),
        ]);
      for (let round = 0; round < 3; round++) await Promise.all(pending(document));
      if (!document.querySelector('ix-technique-card')!.shadowRoot?.querySelector('article')) throw new Error('the card did not render');
    });
    // Layout shifts are reported after the frame: give them time to arrive.
    await tab.waitForTimeout(1000);
    const after = await tab.evaluate(measureGeometry);
    const scrollAfter = await tab.evaluate(() => scrollY);
    const shifts = await tab.evaluate(() => (window as unknown as { __shifts: Shift[] }).__shifts);
    if (errors.length) throw new Error(`${pagePath}: ${errors.join('; ')}`);

    return {
      page: pagePath,
      viewport: `${viewport.width}×${viewport.height}`,
      cls: cumulativeLayoutShift(shifts),
      shifts,
      scrollBefore,
      scrollAfter,
      elements: before.map((b, i) => ({
        element: b.element,
        heightBefore: b.height,
        heightAfter: after[i]!.height,
        next: b.next,
        nextBefore: b.nextTop,
        nextAfter: after[i]!.nextTop,
      })),
    };
  } finally {
    await context.close();
  }
}

ensureBundle();
// dist-demo/ is the demo pages next to the built bundle; assembling it is a copy, so always fresh.
const demo = spawnSync(process.execPath, ['scripts/build-demo.mjs'], { cwd: projectRoot, stdio: 'inherit' });
if (demo.status !== 0) throw new Error('scripts/build-demo.mjs failed');

const server = await serveDirectory(join(projectRoot, 'dist-demo'));
const results: PageResult[] = [];
const browserVersion = await inChromium(server, async (browser, origin) => {
  for (const pagePath of pages) for (const viewport of viewports) results.push(await measure(browser, origin, pagePath, viewport));
});

const px = (value: number | null) => (value === null ? '–' : `${Math.round(value)}`);
const delta = (before: number | null, after: number | null) => {
  if (before === null || after === null) return '–';
  const d = Math.round(after - before);
  return d === 0 ? '0' : d > 0 ? `+${d}` : `−${-d}`;
};
console.log(`bundle held ${holdBundleMs} ms; scrolled to the card before it arrived (${browserVersion})\n`);
printTable(
  ['page', 'viewport', 'CLS', 'shifts', 'element', 'height before → after (px)', 'Δ height', 'next element', 'Δ next top'],
  results.flatMap((result) =>
    result.elements.map((el, i) => [
      i === 0 ? result.page : '',
      i === 0 ? result.viewport : '',
      i === 0 ? result.cls.toFixed(4) : '',
      i === 0 ? String(result.shifts.length) : '',
      el.element,
      `${px(el.heightBefore)} → ${px(el.heightAfter)}`,
      delta(el.heightBefore, el.heightAfter),
      el.next ?? '–',
      delta(el.nextBefore, el.nextAfter),
    ]),
  ),
);
for (const result of results) {
  for (const shift of result.shifts) {
    console.log(`  ${result.page} ${result.viewport}: shift ${shift.value.toFixed(4)} at ${Math.round(shift.startTime)} ms: ` +
      shift.sources.map((s) => `${s.node} ${s.from} → ${s.to}`).join('; '));
  }
}
writeResults('cls', { holdBundleMs, results }, browserVersion);
