/**
 * Where a page load's main-thread time goes, for the pages the browser benchmarks measure: a
 * Chromium trace (what the renderer's main thread did: compile, evaluate, style, layout, paint,
 * garbage collection) and a V8 CPU profile (which functions, grouped by the part of the project
 * they come from, through a source-mapped build of the same bundle). Not a benchmark: it helps
 * explain one. Times are means over the loads.
 *
 * The profiled bundle is built unminified (same source, same plugins) so that V8's per-line
 * ticks point at one statement each, not at the minified bundle's single line.
 *
 *   node --import tsx bench/profile-load.ts eval            # the bundle alone, no element
 *   node --import tsx bench/profile-load.ts cards 1         # 1 card (also: cards 100)
 *   node --import tsx bench/profile-load.ts static 1        # the same card as static HTML
 *   PROFILE_LOADS=10 … --top 40                            # loads (default 10), lines listed
 */
import { readFileSync } from 'node:fs';
import type { CDPSession } from 'playwright-core';
import { build } from 'vite';
import { inChromium, printTable, projectRoot, serveProject } from './support/browser-bench.js';
import { loadOnce } from './support/page-load.js';
import { cardPage, evalPage } from './support/pages.js';
import { partOf, readSourceMap } from './support/source-parts.js';

const [kind = 'eval', countArg = '1'] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const topAt = process.argv.indexOf('--top');
const top = topAt > 0 ? Number(process.argv[topAt + 1]) : 25;
const loads = Number(process.env.PROFILE_LOADS ?? 10);
const outDir = '.cache/profile';
const bundlePath = `${outDir}/ix-widgets.js`;

await build({
  configFile: `${projectRoot}/vite.config.ts`,
  root: projectRoot,
  logLevel: 'error',
  build: { outDir, sourcemap: true, rolldownOptions: { output: { minify: false } } },
});
const locator = readSourceMap(`${projectRoot}/${bundlePath}.map`);
const bundleLines = readFileSync(`${projectRoot}/${bundlePath}`, 'utf8').split('\n');
const html = kind === 'eval' ? evalPage(bundlePath) : cardPage(kind === 'static' ? 'static' : 'element', Number(countArg), bundlePath);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  positionTicks?: { line: number; ticks: number }[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}
interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

const selfByFunction = new Map<string, { part: string; ms: number }>();
const selfByPart = new Map<string, number>();
const traceSelf = new Map<string, number>();
const add = <K>(map: Map<K, number>, key: K, value: number) => map.set(key, (map.get(key) ?? 0) + value);

function addProfile(profile: Profile) {
  const selfMs = new Map<number, number>();
  profile.samples.forEach((id, i) => add(selfMs, id, (profile.timeDeltas[i] ?? 0) / 1000));
  for (const node of profile.nodes) {
    const ms = selfMs.get(node.id) ?? 0;
    if (!ms) continue;
    const { functionName, url } = node.callFrame;
    if (url.endsWith(bundlePath)) {
      // The node's self time, shared among its lines by V8's per-line ticks.
      const ticks = node.positionTicks?.length ? node.positionTicks : [{ line: node.callFrame.lineNumber + 1, ticks: 1 }];
      const total = ticks.reduce((sum, t) => sum + t.ticks, 0);
      for (const { line, ticks: n } of ticks) {
        const at = locator.locate(line - 1, bundleLines[line - 1]!.search(/\S|$/));
        const part = at ? partOf(at.source) : 'bundle (unmapped)';
        const label = `${at ? `${at.source}:${at.line}` : `bundle:${line}`}  ${bundleLines[line - 1]!.trim().slice(0, 70)}`;
        add(selfByPart, part, (ms * n) / total);
        const entry = selfByFunction.get(label) ?? { part, ms: 0 };
        entry.ms += (ms * n) / total;
        selfByFunction.set(label, entry);
      }
      continue;
    }
    const part = !url ? (functionName.startsWith('(') ? functionName : `native ${functionName}`) : url.includes('/bench/') ? 'page script' : url;
    add(selfByPart, part, ms);
    const entry = selfByFunction.get(part) ?? { part, ms: 0 };
    entry.ms += ms;
    selfByFunction.set(part, entry);
  }
}

/** Self time of every complete event on the renderer's main thread, by name. */
function addTrace(events: TraceEvent[]) {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((x) => x.pid === e.pid && x.name === 'v8.evaluateModule'));
  if (!main) return;
  const own = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const stack: { event: TraceEvent; end: number; child: number }[] = [];
  const close = (until: number) => {
    while (stack.length && stack[stack.length - 1]!.end <= until) {
      const done = stack.pop()!;
      add(traceSelf, done.event.name, (done.event.dur! - done.child) / 1000);
      if (stack.length) stack[stack.length - 1]!.child += done.event.dur!;
    }
  };
  for (const event of own) {
    close(event.ts);
    stack.push({ event, end: event.ts + event.dur!, child: 0 });
  }
  close(Infinity);
}

const server = await serveProject();
await inChromium(server, async (browser, origin) => {
  const path = `/bench/profile-${kind}.html`;
  await loadOnce(browser, origin, path, html); // warm-up
  for (let i = 0; i < loads; i++) {
    await loadOnce(browser, origin, path, html, {
      before: async (_page, cdp: CDPSession) => {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
        await cdp.send('Profiler.start');
      },
      after: async (_page, cdp: CDPSession) => {
        const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
        addProfile(profile);
      },
    });
  }
  for (let i = 0; i < loads; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { __benchResult: Promise<unknown>; __benchDone: (value: unknown) => void };
      w.__benchResult = new Promise((resolve) => (w.__benchDone = resolve));
    });
    await page.route(`${origin}${path}`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
    await browser.startTracing(page, {
      categories: ['devtools.timeline', 'v8', 'v8.execute', 'blink', 'disabled-by-default-v8.compile', 'disabled-by-default-devtools.timeline', 'loading'],
    });
    await page.goto(`${origin}${path}`, { waitUntil: 'commit' });
    await page.evaluate(() => (window as unknown as { __benchResult: Promise<unknown> }).__benchResult);
    const trace = JSON.parse(String(await browser.stopTracing())) as { traceEvents: TraceEvent[] };
    addTrace(trace.traceEvents);
    await context.close();
  }
});

const per = (value: number) => (value / loads).toFixed(2);
console.log(`\n${kind}${kind === 'cards' ? ` × ${countArg}` : ''}: CPU profile, self time per load (mean of ${loads}), by part`);
printTable(
  ['part', 'ms'],
  [...selfByPart].sort((a, b) => b[1] - a[1]).filter(([, v]) => v / loads >= 0.05).map(([part, v]) => [part, per(v)]),
);
console.log(`\ntop ${top} source lines by self time (ms per load)`);
printTable(
  ['line', 'part', 'ms'],
  [...selfByFunction].sort((a, b) => b[1].ms - a[1].ms).slice(0, top).map(([label, { part, ms }]) => [label, part, per(ms)]),
);
console.log(`\ntrace: main-thread self time by event (ms per load, mean of ${loads})`);
printTable(
  ['event', 'ms'],
  [...traceSelf].sort((a, b) => b[1] - a[1]).filter(([, v]) => v / loads >= 0.1).slice(0, 30).map(([name, v]) => [name, per(v)]),
);
