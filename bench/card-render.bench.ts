/**
 * Card render in headless Chromium: how long after navigation start 1, 10 and 100 technique
 * cards are on screen, against the same card as static HTML in the same run.
 *
 * Three pages per card count (bench/support/pages.ts): static HTML, the element, and the embed
 * snippet (the element with the card's plain HTML inside). Each load is a fresh browser context
 * (cold cache, as a first visit from a CDN; files from a loopback server). Five runs; in each,
 * every page is loaded ten times, interleaved; per run the ratio of medians (element ÷ static);
 * over the runs its median and range, with the machine's load around each run.
 *
 *   IX_BENCH_BUNDLE=.cache/before/ix-widgets.js   measure another build of the bundle
 *   BENCH_RUNS=5 BENCH_LOADS=10 BENCH_CARDS=1,10,100   the defaults
 */
import { ensureBundle, inChromium, median, ms, printTable, serveProject, writeResults } from './support/browser-bench.js';
import { loadOnce, loadRange, ratio, ratioOverRuns, sideBySide, type RunRecord } from './support/page-load.js';
import { cardPage, cardVariants, type CardSample, type CardVariant } from './support/pages.js';

const runs = Number(process.env.BENCH_RUNS ?? 5);
const loads = Number(process.env.BENCH_LOADS ?? 10);
const counts = (process.env.BENCH_CARDS ?? '1,10,100').split(',').map(Number);
const bundlePath = process.env.IX_BENCH_BUNDLE ?? 'dist/ix-widgets.js';

if (!process.env.IX_BENCH_BUNDLE) ensureBundle();
const server = await serveProject();
const byCount = new Map<number, { records: RunRecord<CardVariant>[]; fcp: Record<CardVariant, number[]>; bundleLoaded: number[] }>();

const browserVersion = await inChromium(server, async (browser, origin) => {
  const load = (variant: CardVariant, count: number) =>
    loadOnce<CardSample>(browser, origin, `/bench/card-render-${variant}-${count}.html`, cardPage(variant, count, bundlePath));
  // One throw-away round warms the browser process (first context, code caches of the server).
  for (const variant of cardVariants) await load(variant, 1);
  for (const count of counts) {
    const fcp = { static: [], element: [], embed: [] } as Record<CardVariant, number[]>;
    const bundleLoaded: number[] = [];
    const records = await sideBySide(cardVariants, { runs, loads }, async (variant) => {
      const sample = await load(variant, count);
      fcp[variant].push(sample.firstContentfulPaint);
      if (variant === 'element') bundleLoaded.push(sample.bundleLoaded);
      return sample.rendered;
    });
    byCount.set(count, { records, fcp, bundleLoaded });
  }
});

console.log(`\nnavigation start → all cards rendered; ${runs} runs × ${loads} loads per page, fresh context each, 1280×800 (${browserVersion}), bundle ${bundlePath}\n`);
const rows = counts.map((count) => {
  const { records, fcp, bundleLoaded } = byCount.get(count)!;
  const element = ratioOverRuns(records, 'element', 'static');
  const embed = ratioOverRuns(records, 'embed', 'static');
  const all = (variant: CardVariant) => median(records.flatMap((r) => r.samples[variant]));
  return {
    cards: count,
    staticMs: all('static'),
    elementMs: all('element'),
    embedMs: all('embed'),
    elementRatio: element,
    embedRatio: embed,
    bundleLoadedMs: median(bundleLoaded),
    fcpMs: { static: median(fcp.static), element: median(fcp.element), embed: median(fcp.embed) },
    load: loadRange(records),
    runs: records.map((r) => ({ loadBefore: r.loadBefore, loadAfter: r.loadAfter, medians: r.medians })),
  };
});
printTable(
  ['cards', 'static HTML', '<ix-technique-card>', 'ratio (median, range over runs)', 'embed snippet', 'ratio', 'bundle loaded', 'FCP static', 'FCP element', 'FCP embed'],
  rows.map((row) => [
    String(row.cards),
    ms(row.staticMs),
    ms(row.elementMs),
    `${ratio(row.elementRatio.median)} (${ratio(row.elementRatio.min)}–${ratio(row.elementRatio.max)})`,
    ms(row.embedMs),
    `${ratio(row.embedRatio.median)} (${ratio(row.embedRatio.min)}–${ratio(row.embedRatio.max)})`,
    ms(row.bundleLoadedMs),
    ms(row.fcpMs.static),
    ms(row.fcpMs.element),
    ms(row.fcpMs.embed),
  ]),
);
console.log('\nper run (median ms: static / element / embed; element ratio; load before → after):');
for (const row of rows) {
  row.runs.forEach((r, i) => {
    console.log(
      `  ${row.cards} card${row.cards > 1 ? 's' : ''}, run ${i + 1}: ${ms(r.medians.static)} / ${ms(r.medians.element)} / ${ms(r.medians.embed)}; ` +
        `${ratio(r.medians.element / r.medians.static)}; load ${r.loadBefore.toFixed(2)} → ${r.loadAfter.toFixed(2)}`,
    );
  });
}
writeResults('card-render', { runs, loads, bundle: bundlePath, viewport: '1280x800', rows }, browserVersion);
