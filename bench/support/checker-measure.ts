/**
 * What `npm run bench` measures of checkScript, the same in Node and in each browser (DOM-free,
 * so bench/support/checker-browser-page.ts runs it in Chromium, Firefox and WebKit): medians on
 * realistic prose at 300 B / 2 KB / 200 KB beside write-good, and ms per 10 KB on prose and on
 * adversarial text at 20,000 characters — the worst over the attack strings
 * (data/redos/checker-attacks.json) and a grammar fuzzer's scripts.
 */
import { fuzzScripts, pumped, type Attack } from '../../src/checker/adversarial-text.js';

type Check = (script: string, options?: { firstRequest?: string }) => unknown;

// Varied sentences in the style users type: acknowledgements, step-downs, cascades, negations,
// quotes, texting, numbers. Repeating them in a shifting order avoids one repeated pattern.
const SENTENCES = [
  'I understand — that was a big ask, and thanks for being straight with me.',
  'Let me come down from what I asked: could you spend one evening on the grant application?',
  'Could you do $300? Or $200? Even $50 would help.',
  "I don't understand why that's too much, to be honest.",
  'You said "fair enough" last time, but nothing changed after the meeting.',
  'np!! could u just help carry the sofa on sat morning?',
  'Rather than the whole weekend, would you join us for Sunday brunch?',
  'If next week is busy, the week after is fine — whichever suits you.',
  "I'm not trying to lowball you, but could we settle on 12% instead of 20%?",
  'The venue holds two hundred people and the caterer needs numbers by Friday.',
  'Hi Sam,\n\nThanks for getting back to me so quickly. Would you review just section 2?\n\nBest,\nLee',
  'I get that the full sponsorship is not in the budget this year.',
];

export function proseOf(length: number): string {
  let text = '';
  for (let i = 0; text.length < length; i++) text += `${SENTENCES[(i * 7) % SENTENCES.length]} `;
  return text.slice(0, length);
}

/**
 * Median ms per call. Calls are timed in batches of at least ~2 ms: browsers coarsen
 * performance.now() (to 0.1 ms in Chromium, 1 ms in Firefox), which would round a 300-character
 * check to zero.
 */
export function medianTime(fn: () => void, budgetMs: number, minRuns: number): number {
  for (let i = 0; i < 3; i++) fn(); // warm up the JIT and the compiled patterns
  let batch = 1;
  for (let start = performance.now(); ; batch *= 2, start = performance.now()) {
    for (let i = 0; i < batch; i++) fn();
    if (performance.now() - start >= 2 || batch >= 1024) break;
  }
  const times: number[] = [];
  const until = performance.now() + budgetMs;
  while (times.length < minRuns || performance.now() < until) {
    const start = performance.now();
    for (let i = 0; i < batch; i++) fn();
    times.push((performance.now() - start) / batch);
    if (times.length > 20000) break;
  }
  times.sort((a, b) => a - b);
  return times[times.length >> 1]!;
}

export const SIZES = [
  { name: '300 chars', length: 300, targetMs: 0.1 },
  { name: '2 KB', length: 2048, targetMs: 0.5 },
  { name: '200 KB', length: 200 * 1024, targetMs: 20 },
];

export interface ProseRow {
  name: string;
  length: number;
  checkerMs: number;
  writeGoodMs: number;
  targetMs: number;
}

export function measureProse(check: Check, writeGood: (text: string) => unknown): ProseRow[] {
  return SIZES.map(({ name, length, targetMs }) => {
    const text = proseOf(length);
    const budget = length > 10000 ? 3000 : 1000;
    const checkerMs = medianTime(() => check(text), budget, length > 10000 ? 15 : 50);
    const writeGoodMs = medianTime(() => writeGood(text), budget, length > 10000 ? 5 : 50);
    return { name, length: text.length, checkerMs, writeGoodMs, targetMs };
  });
}

export const ADVERSARIAL_LENGTH = 20_000;
const FIRST_REQUEST = 'Could you host the whole retreat for the weekend?';

export interface Adversarial {
  /** Median ms per 10 KB on 20,000 characters of realistic prose. */
  proseMsPer10KB: number;
  /** The slowest adversarial script (best of 3 runs each), in ms per 10 KB, and what it was. */
  worstMsPer10KB: number;
  worstName: string;
  /** How many adversarial scripts were run (each with and without a first request). */
  scripts: number;
}

/** Worst-case cost per 10 KB over every attack string and `fuzzCount` fuzzer scripts. */
export function measureAdversarial(check: Check, attacks: Attack[], fuzzCount = 48): Adversarial {
  const per10KB = (ms: number, length: number) => (ms * 10_240) / length;
  const prose = proseOf(ADVERSARIAL_LENGTH);
  const proseMsPer10KB = per10KB(medianTime(() => check(prose), 2000, 10), prose.length);
  const inputs = [
    ...attacks.map((a) => ({ name: `attack on ${a.rule} ${a.field}: ${JSON.stringify(a.prefix.slice(0, 16))} + ${JSON.stringify(a.pump)}…`, script: pumped(a, ADVERSARIAL_LENGTH), firstRequest: a.firstRequest })),
    ...fuzzScripts(15, fuzzCount, ADVERSARIAL_LENGTH).map((f, i) => ({ name: `fuzz ${i} (${f.name}): ${JSON.stringify(f.script.slice(0, 16))}…`, script: f.script, firstRequest: undefined })),
  ];
  let worstMsPer10KB = 0;
  let worstName = '';
  for (const input of inputs) {
    for (const firstRequest of [input.firstRequest, input.firstRequest ? undefined : FIRST_REQUEST]) {
      let best = Infinity;
      for (let i = 0; i < 3; i++) {
        const start = performance.now();
        check(input.script, firstRequest ? { firstRequest } : undefined);
        best = Math.min(best, performance.now() - start);
      }
      const cost = per10KB(best, input.script.length);
      if (cost > worstMsPer10KB) {
        worstMsPer10KB = cost;
        worstName = `${input.name}${firstRequest ? ' (with a first request)' : ''}`;
      }
    }
  }
  return { proseMsPer10KB, worstMsPer10KB, worstName, scripts: inputs.length };
}
