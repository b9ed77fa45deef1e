/**
 * The pages the browser benchmarks load (and bench/profile-load.ts profiles), so a benchmark
 * and its profile always look at the same page.
 */
import { loadCard } from '../../scripts/embed-snippet.js';
import { fallbackHtml } from '../../src/embed/snippet.js';

export const cardSlug = 'make-the-step-down-visibly-deliberate';

/**
 * One inline module that imports the bundle and reads performance.now() as its first statement:
 * a module's imports are evaluated before its body, so that instant is "evaluated".
 */
export function evalPage(bundlePath: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>bundle evaluation</title>
<script type="module">
  import '/${bundlePath}';
  const evaluated = performance.now();
  const entry = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/${bundlePath}'));
  window.__benchDone({ evaluated, responseEnd: entry ? entry.responseEnd : NaN });
</script>
</head><body><p>No element on this page.</p></body></html>`;
}

export const cardVariants = ['static', 'element', 'embed'] as const;
export type CardVariant = (typeof cardVariants)[number];

export interface CardSample {
  /** performance.now() when every card had rendered (its DOM is complete). */
  contentReady: number;
  /** performance.now() after the frame that shows them. */
  rendered: number;
  firstContentfulPaint: number;
  /** When the bundle's last byte arrived (resource timing), NaN without one. */
  bundleLoaded: number;
}

const fallback = fallbackHtml(await loadCard(cardSlug)).join('\n');

/**
 *   static HTML    the card's plain HTML (the embed snippet's fallback, built from the compiled
 *                  card data), lightly styled, no script
 *   element        <ix-technique-card technique="…"> with nothing inside, plus the built bundle
 *   embed snippet  the element with the fallback HTML inside (what `npm run embed` prints)
 * A module script at the end waits until every card's shadow root holds its <article> and every
 * nested <ix-trial-cta> has rendered (static: nothing to wait for), then takes performance.now()
 * after the next frame (rAF, then a task): "rendered", measured from navigation start.
 */
export function cardPage(variant: CardVariant, count: number, bundlePath = 'dist/ix-widgets.js'): string {
  const one =
    variant === 'static'
      ? `<article class="static-card">\n${fallback}\n</article>`
      : variant === 'element'
        ? `<ix-technique-card technique="${cardSlug}"></ix-technique-card>`
        : `<ix-technique-card technique="${cardSlug}"><article>\n${fallback}\n</article></ix-technique-card>`;
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
${variant === 'static' ? '' : `<script type="module" src="/${bundlePath}"></script>`}
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
  const bundle = performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('/${bundlePath}'));
  window.__benchDone({ contentReady, rendered, firstContentfulPaint, bundleLoaded: bundle ? bundle.responseEnd : NaN });
</script>
</body>
</html>`;
}
