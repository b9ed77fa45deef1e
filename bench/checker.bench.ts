/**
 * checkScript's median time per call on a 300-character, a 2 KB and a 200 KB script built from
 * realistic sentences, beside write-good (a prose linter) on the same texts in the same run,
 * plus a linearity check (cost per KB at 2 KB vs 200 KB). Prints a table and writes
 * bench-results/checker.json. Targets: ≤ 0.1 ms, ≤ 0.5 ms, ≤ 20 ms on 2 cores.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkScript } from '../src/checker/index.js';

const writeGood = createRequire(import.meta.url)('write-good') as (text: string) => unknown[];

// Varied sentences in the style users type: acknowledgements, step-downs, cascades, negations,
// quotes, texting, numbers. Repeating them in a shifting order avoids one repeated pattern.
const SENTENCES = [
  'I understand — that was a big ask, and thanks for being straight with me.',
  "Let me come down from what I asked: could you spend one evening on the grant application?",
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

function scriptOf(length: number): string {
  let text = '';
  for (let i = 0; text.length < length; i++) text += `${SENTENCES[(i * 7) % SENTENCES.length]} `;
  return text.slice(0, length);
}

function median(fn: () => void, budgetMs: number, minRuns: number): number {
  for (let i = 0; i < 3; i++) fn(); // warm up the JIT and the compiled patterns
  const times: number[] = [];
  const until = performance.now() + budgetMs;
  while (times.length < minRuns || performance.now() < until) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
    if (times.length > 20000) break;
  }
  times.sort((a, b) => a - b);
  return times[times.length >> 1]!;
}

export default function run() {
  const sizes = [
    { name: '300 chars', length: 300, targetMs: 0.1 },
    { name: '2 KB', length: 2048, targetMs: 0.5 },
    { name: '200 KB', length: 200 * 1024, targetMs: 20 },
  ];
  const rows = sizes.map(({ name, length, targetMs }) => {
    const text = scriptOf(length);
    const budget = length > 10000 ? 3000 : 1000;
    const checker = median(() => checkScript(text), budget, length > 10000 ? 15 : 200);
    const wg = median(() => writeGood(text), budget, length > 10000 ? 5 : 100);
    return { name, length: text.length, checkerMs: checker, writeGoodMs: wg, ratio: checker / wg, targetMs, withinTarget: checker <= targetMs };
  });
  const perKb = (i: number) => rows[i]!.checkerMs / (rows[i]!.length / 1024);
  const linearity = { perKbAt2KB: perKb(1), perKbAt200KB: perKb(2), ratio: perKb(2) / perKb(1) };

  console.log(`node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'})`);
  console.log('size        checkScript   write-good   checker/wg   target    ok');
  for (const r of rows) {
    console.log(
      `${r.name.padEnd(10)} ${r.checkerMs.toFixed(3).padStart(9)} ms ${r.writeGoodMs.toFixed(3).padStart(9)} ms ${r.ratio.toFixed(2).padStart(10)}x ${`≤${r.targetMs}`.padStart(7)} ms  ${r.withinTarget ? 'yes' : 'NO'}`,
    );
  }
  console.log(
    `linearity: ${linearity.perKbAt2KB.toFixed(3)} ms/KB at 2 KB, ${linearity.perKbAt200KB.toFixed(3)} ms/KB at 200 KB (ratio ${linearity.ratio.toFixed(2)}; ≈1 or below is linear)`,
  );

  const out = join(dirname(fileURLToPath(import.meta.url)), '../bench-results/checker.json');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify({ date: new Date().toISOString(), node: process.version, cores: cpus().length, rows, linearity }, null, 2)}\n`);
  console.log(`wrote ${out}`);
}
