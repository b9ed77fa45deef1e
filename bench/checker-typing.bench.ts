/**
 * Typing in <ix-concession-checker> (the built bundle, headless Chromium) with ~20 KB of
 * realistic text already in the field: 40 characters typed with real key events (one every
 * 20 ms), at the end of the text and at its start, with the element's default 150 ms pause
 * before checking and with `debounce="0"` (a check after every keystroke, the worst case).
 *
 * Recorded while typing, from three angles:
 *   - a Chromium trace of the renderer's main thread: the longest task and the total blocking
 *     time (sum of every task's time beyond 50 ms), which sees tasks of any length;
 *   - the page's own PerformanceObserver: 'longtask' entries (≥ 50 ms), and Event Timing for
 *     the slowest keystroke (key down to the next paint, reported from 16 ms up);
 *   - the time from the last keystroke's `input` event to the frame after the `ix-check` event
 *     that announces the updated verdict (it includes the pause the element waits for).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ensureBundle, inChromium, median, ms, printTable, projectRoot, serveProject, writeResults } from './support/browser-bench.js';

const repetitions = Number(process.env.BENCH_REPS ?? 3);
const typed = 'Look — I hear you, that was a lot to ask. ';
const keyDelay = 20;
const textLength = 19_900; // the element checks the first 20,000 characters: all of it stays checked

/**
 * Realistic prose about the technique: the demo blog post's paragraphs (a long-read on exactly
 * this subject) interleaved with a deliberate step-down, repeated up to the length.
 */
function realisticText(length: number): string {
  const post = readFileSync(join(projectRoot, 'demo/blog-post.html'), 'utf8');
  const paragraphs = [...post.matchAll(/<p>([^<]+)<\/p>/g)].map((match) => match[1]!.replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim());
  const stepDown =
    'I understand — that was a big ask. I’m coming down from what I asked: instead of the full weekend, could you spend one evening on the grant application?';
  const parts: string[] = [];
  for (let i = 0; parts.join('\n\n').length < length; i++) {
    parts.push(paragraphs[i % paragraphs.length]!);
    if (i % 4 === 3) parts.push(stepDown);
  }
  return parts.join('\n\n').slice(0, length);
}

const text = realisticText(textLength);

/** One Event Timing entry: key down (or press, input, up) to the next paint, in three parts. */
interface Keystroke {
  type: string;
  duration: number;
  inputDelay: number;
  processing: number;
  presentation: number;
}

interface Run {
  where: 'end' | 'start';
  debounce: number;
  longestTaskMs: number;
  totalBlockingTimeMs: number;
  tasksOver50: number;
  longTaskEntries: number[];
  longestLongTaskEntryMs: number;
  slowestKeystrokeMs: number;
  slowestKeystroke?: Keystroke;
  lastKeyToVerdictMs: number;
  checks: number;
}

const page = (debounce: number) => `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>checker typing</title>
<script type="module" src="/dist/ix-widgets.js"></script></head>
<body style="max-width: 50rem; margin: 1rem auto; font: 1rem/1.5 system-ui, sans-serif">
<ix-concession-checker ${debounce === 150 ? '' : `debounce="${debounce}"`}></ix-concession-checker>
</body></html>`;

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  args?: { name?: string };
}

/** Top-level task durations (ms) on the busiest renderer main thread of a Chromium trace. */
function mainThreadTasks(trace: Buffer): number[] {
  const parsed = JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const mainThreads = new Set(
    events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const byThread = new Map<string, number[]>();
  for (const event of events) {
    const thread = `${event.pid}:${event.tid}`;
    if (event.ph !== 'X' || event.name !== 'RunTask' || !mainThreads.has(thread)) continue;
    byThread.set(thread, [...(byThread.get(thread) ?? []), (event.dur ?? 0) / 1000]);
  }
  const sum = (tasks: number[]) => tasks.reduce((a, b) => a + b, 0);
  return [...byThread.values()].sort((a, b) => sum(b) - sum(a))[0] ?? [];
}

async function typingRun(browser: Browser, origin: string, where: Run['where'], debounce: number): Promise<Run> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const tab: Page = await context.newPage();
    const errors: string[] = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    const path = `/bench/checker-typing-${debounce}.html`;
    await tab.route(`${origin}${path}`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: page(debounce) }));
    await tab.goto(`${origin}${path}`);
    await tab.waitForFunction(() => customElements.get('ix-concession-checker') !== undefined);

    // Fill the field from script (one check), put the caret in place, then start watching.
    await tab.evaluate(
      async ({ text, where }) => {
        const el = document.querySelector('ix-concession-checker') as HTMLElement & { value: string; updateComplete: Promise<unknown> };
        await el.updateComplete;
        const checked = new Promise((resolve) => el.addEventListener('ix-check', resolve, { once: true }));
        el.value = text;
        await checked;
        const field = el.shadowRoot!.querySelector('textarea')!;
        field.focus();
        const caret = where === 'end' ? field.value.length : 0;
        field.setSelectionRange(caret, caret);
        const w = window as unknown as Record<string, unknown>;
        const longTasks: number[] = [];
        const keystrokes: Keystroke[] = [];
        const inputs: number[] = [];
        const checks: number[] = [];
        const typing = { longTasks, keystrokes, inputs, checks, start: Infinity };
        w.__typing = typing;
        // The fill above ran its check inside this very task; only what starts later counts.
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) if (entry.startTime >= typing.start) longTasks.push(entry.duration);
        }).observe({ type: 'longtask' });
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as PerformanceEventTiming[]) {
            if (entry.startTime < typing.start) continue;
            keystrokes.push({
              type: entry.name,
              duration: entry.duration,
              inputDelay: entry.processingStart - entry.startTime,
              processing: entry.processingEnd - entry.processingStart,
              presentation: entry.startTime + entry.duration - entry.processingEnd,
            });
          }
        }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
        el.addEventListener('input', (event) => inputs.push(event.timeStamp));
        el.addEventListener('ix-check', () => {
          // The verdict is on screen after the next frame: note that moment.
          requestAnimationFrame(() => setTimeout(() => checks.push(performance.now())));
        });
      },
      { text, where },
    );

    await tab.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
    await tab.evaluate(() => ((window as unknown as { __typing: { start: number } }).__typing.start = performance.now()));
    await browser.startTracing(tab, { categories: ['toplevel', 'disabled-by-default-devtools.timeline'] });
    await tab.keyboard.type(typed, { delay: keyDelay });
    await tab.waitForFunction(
      () => {
        const t = (window as unknown as { __typing: { inputs: number[]; checks: number[] } }).__typing;
        return t.checks.some((at) => at > t.inputs[t.inputs.length - 1]!);
      },
      undefined,
      { timeout: 15_000 },
    );
    // Let late Event Timing / long task entries arrive.
    await tab.waitForTimeout(300);
    const tasks = mainThreadTasks(await browser.stopTracing());

    const observed = await tab.evaluate(() => {
      const el = document.querySelector('ix-concession-checker') as HTMLElement & { value: string };
      return { ...(window as unknown as { __typing: { longTasks: number[]; keystrokes: Keystroke[]; inputs: number[]; checks: number[] } }).__typing, value: el.value };
    });
    const expected = where === 'end' ? text + typed : typed + text;
    if (observed.value !== expected) throw new Error(`typing at the ${where}: the field does not hold the typed text`);
    if (observed.inputs.length !== typed.length) throw new Error(`expected ${typed.length} input events, saw ${observed.inputs.length}`);
    if (errors.length) throw new Error(errors.join('; '));
    const lastInput = observed.inputs[observed.inputs.length - 1]!;
    return {
      where,
      debounce,
      longestTaskMs: Math.max(0, ...tasks),
      totalBlockingTimeMs: tasks.reduce((sum, task) => sum + Math.max(0, task - 50), 0),
      tasksOver50: tasks.filter((task) => task > 50).length,
      longTaskEntries: observed.longTasks,
      longestLongTaskEntryMs: Math.max(0, ...observed.longTasks),
      slowestKeystrokeMs: Math.max(0, ...observed.keystrokes.map((k) => k.duration)),
      slowestKeystroke: [...observed.keystrokes].sort((a, b) => b.duration - a.duration)[0],
      lastKeyToVerdictMs: observed.checks.find((at) => at > lastInput)! - lastInput,
      checks: observed.checks.length,
    };
  } finally {
    await context.close();
  }
}

ensureBundle();
const server = await serveProject();
const runs: Run[] = [];
const cases = [
  { where: 'end', debounce: 150 },
  { where: 'start', debounce: 150 },
  { where: 'end', debounce: 0 },
  { where: 'start', debounce: 0 },
] as const;
const browserVersion = await inChromium(server, async (browser, origin) => {
  await typingRun(browser, origin, 'end', 150); // warm-up, not counted
  for (let rep = 0; rep < repetitions; rep++) {
    for (const { where, debounce } of cases) runs.push(await typingRun(browser, origin, where, debounce));
  }
});

const rows = cases.map(({ where, debounce }) => {
  const mine = runs.filter((run) => run.where === where && run.debounce === debounce);
  const worst = (pick: (run: Run) => number) => Math.max(...mine.map(pick));
  return {
    where,
    debounce,
    longestTaskMs: { median: median(mine.map((r) => r.longestTaskMs)), worst: worst((r) => r.longestTaskMs) },
    totalBlockingTimeMs: { median: median(mine.map((r) => r.totalBlockingTimeMs)), worst: worst((r) => r.totalBlockingTimeMs) },
    longTaskEntriesMs: mine.flatMap((r) => r.longTaskEntries),
    slowestKeystrokeMs: { median: median(mine.map((r) => r.slowestKeystrokeMs)), worst: worst((r) => r.slowestKeystrokeMs) },
    lastKeyToVerdictMs: { median: median(mine.map((r) => r.lastKeyToVerdictMs)) },
    checksPerRun: median(mine.map((r) => r.checks)),
  };
});

console.log(
  `${typed.length} keystrokes (${keyDelay} ms apart) into ${text.length.toLocaleString('en-US')} characters of text; ` +
    `median of ${repetitions} (worst in brackets) (${browserVersion})\n`,
);
const withWorst = (m: { median: number; worst: number }) => `${ms(m.median)} (${ms(m.worst)})`;
printTable(
  ['typing at', 'pause', 'checks', 'longest task', 'total blocking time', 'long tasks ≥50 ms', 'slowest keystroke', 'last key → verdict'],
  rows.map((row) => [
    `the ${row.where}`,
    `${row.debounce} ms`,
    String(row.checksPerRun),
    withWorst(row.longestTaskMs),
    withWorst(row.totalBlockingTimeMs),
    row.longTaskEntriesMs.length ? row.longTaskEntriesMs.map((d) => d.toFixed(0)).join(', ') : 'none',
    row.slowestKeystrokeMs.worst > 0 ? withWorst(row.slowestKeystrokeMs) : '< 16 ms',
    ms(row.lastKeyToVerdictMs.median),
  ]),
);
console.log('\n"slowest keystroke" is Event Timing: key down to the next paint (entries from 16 ms).');
writeResults('checker-typing', { textLength: text.length, typed: typed.length, keyDelayMs: keyDelay, repetitions, rows, runs }, browserVersion);
