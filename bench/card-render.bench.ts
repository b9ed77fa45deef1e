/**
 * Card render in headless Chromium: how long after navigation start 1, 10 and 100 technique
 * cards are on screen, against the same card as static HTML in the same run.
 *
 * Three pages per card count, each loaded in a fresh browser context (cold cache, as a first
 * visit from a CDN; the bundle comes from a loopback server):
 *   static HTML    the card's plain HTML (the embed snippet's fallback, built from the compiled
 *                  card data), lightly styled, no script
 *   element        <ix-technique-card technique="…"> with nothing inside, plus the built bundle
 *   embed snippet  the element with the fallback HTML inside (what `npm run embed` prints)
 * A module script at the end of each page waits until every card's shadow root holds its
 * <article> and every nested <ix-trial-cta> has rendered (static: nothing to wait for), then
 * takes performance.now() after the next frame (rAF, then a task): "rendered", measured from
 * navigation start. Median of several repetitions; ratio = element ÷ static.
 */
import type { Browser } from 'playwright-core';
import { fallbackHtml } from '../src/embed/snippet.js';
import { loadCard } from '../scripts/embed-snippet.js';
import { ensureBundle, inChromium, median, ms, printTable, serveProject, writeResults } from './support/browser-bench.js';

const slug = 'make-the-step-down-visibly-deliberate';
const counts = [1, 10, 100];
const variants = ['static', 'element', 'embed'] as const;
type Variant = (typeof variants)[number];
const repetitions = Number(process.env.BENCH_REPS ?? 7);

interface Sample {
  /** performance.now() when every card had rendered (its DOM is complete). */
  contentReady: number;
  /** performance.now() after the frame that shows them. */
  rendered: number;
  firstContentfulPaint: number;
  /** When the bundle's last byte arrived (resource timing), NaN without one. */
  bundleLoaded: number;
}

const card = await loadCard(slug);
const fallback = fallbackHtml(card).join('\n');

function page(variant: Variant, count: number): string {
  const one =
    variant === 'static'
      ? `<article class="static-card">\n${fallback}\n</article>`
      : variant === 'element'
        ? `<ix-technique-card technique="${slug}"></ix-technique-card>`
        : `<ix-technique-card technique="${slug}"><article>\n${fallback}\n</article></ix-technique-card>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>card render: ${variant} × ${count}</title>
<style>
  body { margin: 0 auto; max-width: 46rem; padding: 1rem; font: 1rem/1.5 system-ui, sans-serif; color: #1d2330; }
  .static-card, ix-technique-card { display: block; margin: 1rem 0; }
  .static-card, ix-technique-card:not(:defined) { padding: 1.25rem 1.5rem; border: 1px solid #ccd; border-radius: 0.5rem; }
</style>
${variant === 'static' ? '' : '<script type="module" src="/dist/ix-widgets.js"></script>'}
</head>
<body>
${Array.from({ length: count }, () => one).join('\n')}
<script type="module">
  const cards = [...document.querySelectorAll('ix-technique-card')];
  if (cards.length) {
    await customElements.whenDefined('ix-technique-card');
    await Promise.all(cards.map((card) => card.updateComplete));
    const ctas = cards.flatMap((card) => [...card.shadowRoot.querySelectorAll('ix-trial-cta')]);
    await Promise.all(ctas.map((cta) => cta.updateComplete));
    const blank = cards.filter((card) => !card.shadowRoot.querySelector('article')).length;
    if (blank) throw new Error(blank + ' cards rendered no <article>');
  }
  const contentReady = performance.now();
  const rendered = await new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()))));
  // Paint entries arrive after the frame is presented, so wait for them here, not in the frame.
  const firstContentfulPaint = await new Promise((resolve) => {
    new PerformanceObserver((list) => {
      const fcp = list.getEntriesByName('first-contentful-paint')[0];
      if (fcp) resolve(fcp.startTime);
    }).observe({ type: 'paint', buffered: true });
    setTimeout(() => resolve(NaN), 2000);
  });
  const bundle = performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('/ix-widgets.js'));
  window.__benchDone({ contentReady, rendered, firstContentfulPaint, bundleLoaded: bundle ? bundle.responseEnd : NaN });
</script>
</body>
</html>`;
}

async function measure(browser: Browser, origin: string, variant: Variant, count: number): Promise<Sample> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const tab = await context.newPage();
    const errors: string[] = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    tab.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await tab.addInitScript(() => {
      const w = window as unknown as { __benchResult: Promise<unknown>; __benchDone: (value: unknown) => void };
      w.__benchResult = new Promise((resolve) => (w.__benchDone = resolve));
    });
    const path = `/bench/card-render-${variant}-${count}.html`;
    await tab.route(`${origin}${path}`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: page(variant, count) }));
    await tab.goto(`${origin}${path}`, { waitUntil: 'commit' });
    const sample = await Promise.race([
      tab.evaluate(() => (window as unknown as { __benchResult: Promise<Sample> }).__benchResult),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${variant} × ${count}: not rendered in 30 s; ${errors.join('; ')}`)), 30_000)),
    ]);
    if (errors.length) throw new Error(`${variant} × ${count}: ${errors.join('; ')}`);
    return sample;
  } finally {
    await context.close();
  }
}

ensureBundle();
const server = await serveProject();
const samples = new Map<string, Sample[]>();
const browserVersion = await inChromium(server, async (browser, origin) => {
  // One throw-away round warms the browser process (first context, code caches of the server).
  for (const variant of variants) await measure(browser, origin, variant, 1);
  for (let rep = 0; rep < repetitions; rep++) {
    for (const count of counts) {
      // Alternate the order so a slow moment of a shared machine does not always hit one variant.
      const order = rep % 2 ? [...variants].reverse() : variants;
      for (const variant of order) {
        const key = `${variant}:${count}`;
        samples.set(key, [...(samples.get(key) ?? []), await measure(browser, origin, variant, count)]);
      }
    }
  }
});

const summary = counts.map((count) => {
  const of = (variant: Variant) => {
    const runs = samples.get(`${variant}:${count}`)!;
    return {
      renderedMs: median(runs.map((s) => s.rendered)),
      contentReadyMs: median(runs.map((s) => s.contentReady)),
      firstContentfulPaintMs: median(runs.map((s) => s.firstContentfulPaint)),
      bundleLoadedMs: median(runs.map((s) => s.bundleLoaded)),
      runs: runs.map((s) => Math.round(s.rendered * 10) / 10),
    };
  };
  const [staticHtml, element, embed] = variants.map(of) as [ReturnType<typeof of>, ReturnType<typeof of>, ReturnType<typeof of>];
  return {
    cards: count,
    staticHtml,
    element,
    embed,
    elementRatio: element.renderedMs / staticHtml.renderedMs,
    embedRatio: embed.renderedMs / staticHtml.renderedMs,
  };
});

console.log(`navigation start → all cards rendered, median of ${repetitions}, fresh context each, 1280×800 (${browserVersion})\n`);
printTable(
  ['cards', 'static HTML', '<ix-technique-card>', 'ratio', 'embed snippet', 'ratio', 'bundle loaded', 'FCP static', 'FCP element', 'FCP embed'],
  summary.map((row) => [
    String(row.cards),
    ms(row.staticHtml.renderedMs),
    ms(row.element.renderedMs),
    `${row.elementRatio.toFixed(2)}×`,
    ms(row.embed.renderedMs),
    `${row.embedRatio.toFixed(2)}×`,
    ms(row.element.bundleLoadedMs),
    ms(row.staticHtml.firstContentfulPaintMs),
    ms(row.element.firstContentfulPaintMs),
    ms(row.embed.firstContentfulPaintMs),
  ]),
);
writeResults('card-render', { repetitions, viewport: '1280x800', rows: summary }, browserVersion);
