/**
 * Finds the pieces of the step-down rule pack that the tuning sets never need, and removes them:
 * how the seventh round paid for what it added (BENCHMARKS.md).
 *
 *   npm run checker:prune                 leave-one-out: every removable piece (see pack-units.ts) is
 *                                         dropped on its own and the TUNING sets and the pack's
 *                                         examples are scored; prints each piece's cost in wrong
 *                                         verdicts, rule errors and failing examples, and its gzip bytes
 *   npm run checker:prune -- --apply      …then removes every piece that costs nothing, all at once,
 *                                         scores the pruned pack again and writes the YAML, keeping
 *                                         its comments (a removed entry's comment goes with it)
 *
 * IX_PRUNE_SHARD=k/n scores every n-th piece from the k-th (run n of them side by side on n cores,
 * without --apply, and collect the output). Pieces are judged alone: two that each cost nothing
 * may both be needed, which is why --apply scores the result again and says what it lost.
 * The JUDGING sets are never read here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { checkWithPack } from '../../src/checker/engine.js';
import type { CompiledPack } from '../../src/checker/pack.js';
import { compilePack } from '../content/checker-packs.js';
import { TUNING_SETS } from '../eval-checker.js';
import { cloneState, exampleSamples, initialState, listUnits, loadSet, PACK_FILE, rebuild, root, sizeOf, writePack, type RawPack, type Unit } from './pack-units.js';

const apply = process.argv.includes('--apply');
const [shard, shards] = (process.env.IX_PRUNE_SHARD ?? '0/1').split('/').map(Number) as [number, number];

const raw = parse(readFileSync(join(root, PACK_FILE), 'utf8')) as RawPack;
const compile = (r: RawPack) => compilePack(PACK_FILE, r).pack;
const scripts = TUNING_SETS.flatMap((file) => loadSet(file));
const examples = exampleSamples(raw);

/** Wrong verdicts and rule errors on the tuning sets, failing pack examples, and size. */
function measure(pack: CompiledPack) {
  let wrong = 0;
  let ruleErrors = 0;
  let examplesFailing = 0;
  for (const s of scripts) {
    const result = checkWithPack(pack, s.script, s.options);
    if (result.verdict !== s.verdict) wrong++;
    for (const r of result.rules) if (s.labels[r.id] !== r.passed) ruleErrors++;
  }
  for (const s of examples) {
    for (const r of checkWithPack(pack, s.script, s.options).rules) {
      if (s.labels[r.id] !== undefined && s.labels[r.id] !== r.passed) examplesFailing++;
    }
  }
  return { wrong, ruleErrors, examplesFailing, ...sizeOf(pack) };
}
type Measured = ReturnType<typeof measure>;

const state = initialState(raw);
const base = measure(compile(raw));
console.log(`${scripts.length} tuning scripts, ${examples.length} pack examples; the pack: ${base.wrong} wrong verdicts, ${base.ruleErrors} rule errors, ${base.gzip} B gzip`);
console.log('verdicts\trules\texamples\tgzip saved\tpiece');

const free: Unit[] = [];
listUnits(state, raw).forEach((unit, i) => {
  if (i % shards !== shard) return;
  const next = cloneState(state);
  unit.apply(next);
  let m: Measured;
  try {
    m = measure(compile(rebuild(raw, next)));
  } catch {
    return; // the pack would not compile without it (a term still in use, say)
  }
  const cost = [m.wrong - base.wrong, m.ruleErrors - base.ruleErrors, m.examplesFailing - base.examplesFailing];
  console.log(`${cost.map((c) => (c > 0 ? `+${c}` : c)).join('\t')}\t${base.gzip - m.gzip}\t${unit.label}: ${unit.text.slice(0, 70)}`);
  if (cost.every((c) => c <= 0)) free.push(unit);
});

if (apply) {
  // A whole entry that goes takes its alternatives with it: applying both would be harmless, but
  // the count should say what was removed.
  const wholes = new Set(free.filter((u) => u.label.endsWith('(whole entry)')).map((u) => u.label.replace(' (whole entry)', '')));
  const removing = free.filter((u) => !(u.rule !== undefined && u.label.includes(' alt ') && wholes.has(u.label.split(' alt ')[0]!)));
  for (const unit of removing) unit.apply(state);
  const after = measure(compile(rebuild(raw, state)));
  console.log(
    `\nremoving ${removing.length} pieces that cost nothing alone: ${base.wrong} → ${after.wrong} wrong verdicts, ` +
      `${base.ruleErrors} → ${after.ruleErrors} rule errors, ${after.examplesFailing} failing examples, ${base.gzip} → ${after.gzip} B gzip`,
  );
  writePack(raw, state);
  console.log(`wrote ${PACK_FILE}: run npm run content, and put back by hand anything the examples or tests still need`);
}
