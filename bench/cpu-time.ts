/**
 * Main-thread CPU time of a page load, from a Chromium trace (each event's thread time, so time
 * the thread spent waiting for a busy machine's cores does not count), for bundles side by side:
 * a steadier figure than wall time on a shared machine, to read beside the benchmarks' ratios.
 * Not a benchmark of its own (bench/run.ts runs only *.bench.ts).
 *
 *   node --import tsx bench/cpu-time.ts eval  dist/ix-widgets.js other/ix-widgets.js …
 *   node --import tsx bench/cpu-time.ts cards 100 static dist/ix-widgets.js …   (static: the HTML card)
 *   CPU_LOADS=8 (default)
 *
 * Columns: mainTasks = all top-level tasks on the renderer's main thread; bgParse = the bundle's
 * parse on V8's background thread (on the critical path when the whole file arrives at once);
 * evaluate = the bundle's evaluation (with a card on the page, the upgrade of the cards it
 * defines); microtasks = Lit's rendering; style, layout, paint.
 */
import { inChromium, median, printTable, serveProject } from './support/browser-bench.js';
import { cardPage, evalPage } from './support/pages.js';

const [kind = 'eval', ...rest] = process.argv.slice(2);
const count = kind === 'cards' ? Number(rest.shift() ?? 1) : 0;
const variants = rest.length ? rest : ['dist/ix-widgets.js'];
const loads = Number(process.env.CPU_LOADS ?? 8);

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  tdur?: number;
  args?: { name?: string; data?: { url?: string } };
}

const columns: Record<string, (e: TraceEvent, onMain: boolean, bundle: string) => boolean> = {
  mainTasks: (e, main) => main && e.name === 'ThreadControllerImpl::RunTask',
  bgParse: (e, _main, bundle) => e.name === 'v8.parseOnBackground' && String(e.args?.data?.url ?? '').endsWith(bundle),
  evaluate: (e, main) => main && e.name === 'v8.evaluateModule',
  microtasks: (e, main) => main && e.name === 'RunMicrotasks',
  style: (e, main) => main && e.name === 'UpdateLayoutTree',
  layout: (e, main) => main && e.name === 'LocalFrameView::performLayout',
  paint: (e, main) => main && e.name === 'LocalFrameView::RunPaintLifecyclePhase',
};

const samples = new Map<string, Record<string, number[]>>();
const server = await serveProject();
const browserVersion = await inChromium(server, async (browser, origin) => {
  for (let i = 0; i <= loads; i++) {
    for (const variant of i % 2 ? [...variants].reverse() : variants) {
      const html = kind === 'eval' ? evalPage(variant) : cardPage(variant === 'static' ? 'static' : 'element', count, variant);
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.addInitScript(() => {
        const w = window as unknown as { __benchResult: Promise<unknown>; __benchDone: (value: unknown) => void };
        w.__benchResult = new Promise((resolve) => (w.__benchDone = resolve));
      });
      await page.route(`${origin}/bench/cpu-time.html`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
      await browser.startTracing(page, { categories: ['devtools.timeline', 'v8', 'v8.execute', 'disabled-by-default-v8.compile', 'blink', 'toplevel'] });
      await page.goto(`${origin}/bench/cpu-time.html`, { waitUntil: 'commit' });
      await page.evaluate(() => (window as unknown as { __benchResult: Promise<unknown> }).__benchResult);
      const { traceEvents } = JSON.parse(String(await browser.stopTracing())) as { traceEvents: TraceEvent[] };
      await context.close();
      if (i === 0) continue; // warm-up round
      const main = traceEvents.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && traceEvents.some((x) => x.pid === e.pid && x.name === 'ParseHTML'));
      const sums = Object.fromEntries(Object.keys(columns).map((name) => [name, 0]));
      for (const event of traceEvents) {
        if (event.ph !== 'X' || event.tdur === undefined) continue;
        const onMain = !!main && event.pid === main.pid && event.tid === main.tid;
        for (const [name, test] of Object.entries(columns)) if (test(event, onMain, variant)) sums[name]! += event.tdur / 1000;
      }
      const record = samples.get(variant) ?? Object.fromEntries(Object.keys(columns).map((name) => [name, [] as number[]]));
      for (const [name, value] of Object.entries(sums)) record[name]!.push(value);
      samples.set(variant, record);
    }
  }
});

console.log(`\n${kind}${count ? ` × ${count}` : ''}: main-thread CPU ms per load, median of ${loads} (${browserVersion})\n`);
printTable(
  ['variant', ...Object.keys(columns)],
  variants.map((variant) => [variant, ...Object.keys(columns).map((name) => median(samples.get(variant)![name]!).toFixed(2))]),
);
