/**
 * Measures what the step-down rule pack's bytes buy: greedily prunes the pack's phrase lists and
 * records pack size (gzip -9 of the compiled JSON) against accuracy on scripts the pruning never
 * saw.
 *
 *   npm run checker:tradeoff      → table on stdout and bench-results/checker-tradeoff.json
 *
 * Units that can go: a top-level regex alternative of a `patterns` / `mentions` / `exceptions`
 * entry (removing the last removes the entry), a whole entry, a top-level alternative inside a
 * term that is one group (`(?:a|b|c)`, optionally `?`), and a term nothing refers to any more.
 * Detectors, messages and verdicts are never touched, and no rule is left with nothing to find.
 *
 * Greedy: each step removes the unit whose removal loses the least balanced accuracy (summed over
 * the rules) on the pooled TUNING sets plus the pack's own examples, ties to the most gzip bytes
 * saved. A unit's cost depends only on the rules it can change (its own rule, rules whose
 * detectors read that rule's evidence, or every rule for a term), so after a removal only the
 * units that share those rules are re-scored; the rest keep their exact cost. That keeps the
 * greedy exact at a fraction of the work.
 *
 * The JUDGING sets (JUDGING_SETS in eval-checker.ts) are scored only at checkpoints and never steer a
 * choice, so their figures estimate accuracy on unseen scripts. Nothing is written but the
 * results file; the YAML is read once and never changed.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { checkWithPack } from '../../src/checker/engine.js';
import type { CompiledPack } from '../../src/checker/pack.js';
import type { Verdict } from '../../src/checker/types.js';
import { compilePack } from '../content/checker-packs.js';
import { balancedAccuracy, JUDGING_SETS, tally, TUNING_SETS, type Confusion } from '../eval-checker.js';
import {
  cloneState,
  exampleSamples,
  initialState,
  listUnits,
  loadSet,
  PACK_FILE,
  rebuild,
  root,
  sizeOf,
  type RawPack,
  type Sample,
  type Unit,
} from './pack-units.js';
const TUNING = TUNING_SETS;
const JUDGING = JUDGING_SETS;
const OUT = 'bench-results/checker-tradeoff.json';
const CHECKPOINT_STEP = 250;
// Where the pruning stops; IX_TRADEOFF_FLOOR=8000 stops early, to see only the first cuts.
const FLOOR = Number(process.env.IX_TRADEOFF_FLOOR) || 1500;
const REPORT_FIRST = 1024;

/** Pass/fail per rule id per sample (only for `ruleIds`), plus verdicts when the pack is whole. */
function run(pack: CompiledPack, samples: Sample[], ruleIds: string[], only?: Set<number>) {
  const passed: Record<string, (boolean | undefined)[]> = Object.fromEntries(ruleIds.map((r) => [r, []]));
  const verdicts: (Verdict | undefined)[] = [];
  samples.forEach((s, i) => {
    if (only && !only.has(i)) return;
    const result = checkWithPack(pack, s.script, s.options);
    for (const r of result.rules) if (passed[r.id]) passed[r.id]![i] = r.passed;
    verdicts[i] = result.verdict;
  });
  return { passed, verdicts };
}

function balanced(samples: Sample[], rule: string, passed: (boolean | undefined)[]): number {
  const counts: Confusion = { tp: 0, fn: 0, tn: 0, fp: 0 };
  samples.forEach((s, i) => {
    const want = s.labels[rule];
    if (want !== undefined) tally(counts, want, Boolean(passed[i]));
  });
  return balancedAccuracy(counts).balanced;
}

function scoreSet(pack: CompiledPack, samples: Sample[], ruleIds: string[]) {
  const { passed, verdicts } = run(pack, samples, ruleIds);
  const rules = Object.fromEntries(ruleIds.map((r) => [r, balanced(samples, r, passed[r]!)]));
  const right = samples.filter((s, i) => s.verdict && verdicts[i] === s.verdict).length;
  return { minRule: Math.min(...Object.values(rules)), rules, verdict: right / samples.length };
}


// ---------------------------------------------------------------------------------------------

function main() {
  const t0 = Date.now();
  const seconds = () => ((Date.now() - t0) / 1000).toFixed(1);
  const raw = parse(readFileSync(join(root, PACK_FILE), 'utf8')) as RawPack;
  const ruleIds = raw.rules.map((r) => r.id);
  const compile = (r: RawPack) => compilePack(PACK_FILE, r).pack;

  // Which rules a unit in rule r can change (r, and rules whose detectors read r's evidence), and
  // which rules must run to score those (their evidence dependencies).
  const readers = (id: string) => raw.rules.filter((r) => r.detectors?.some((d) => d.outsideEvidenceOf === id)).map((r) => r.id);
  const closure = (start: string[], next: (id: string) => string[]) => {
    const seen = new Set(start);
    for (const id of seen) for (const n of next(id)) seen.add(n);
    return seen;
  };
  const affectedBy = (rule?: number) =>
    rule === undefined ? new Set(ruleIds) : closure([ruleIds[rule]!], readers);
  const neededFor = (affected: Set<string>) =>
    closure([...affected], (id) => raw.rules.find((r) => r.id === id)?.detectors?.flatMap((d) => (d.outsideEvidenceOf ? [d.outsideEvidenceOf] : [])) ?? []);

  const tuning = [...TUNING.flatMap((f) => loadSet(f)), ...exampleSamples(raw)];
  const judging = JUDGING.map((f) => ({ file: f, samples: loadSet(f) }));
  const exampleCount = tuning.filter((s) => !s.verdict).length;
  console.log(`tuning: ${tuning.length - exampleCount} scripts from ${TUNING.length} sets + ${exampleCount} pack examples`);
  console.log(`judging (never steers a choice): ${judging.map((j) => `${j.file} (${j.samples.length})`).join(', ')}`);

  let state = initialState(raw);
  const startPack = compile(raw);
  if (JSON.stringify(compile(rebuild(raw, state))) !== JSON.stringify(startPack)) {
    throw new Error('splitting and re-joining the pack changed it — the splitter is wrong');
  }
  let pack = startPack;
  let size = sizeOf(pack);
  const start = size;

  let base = run(pack, tuning, ruleIds).passed;
  const tuningBA = () => Object.fromEntries(ruleIds.map((r) => [r, balanced(tuning, r, base[r]!)]));

  type Row = ReturnType<typeof snapshot>;
  const snapshot = (removed: number) => {
    const t = tuningBA();
    return {
      gzip: size.gzip,
      json: size.json,
      saved: start.gzip - size.gzip,
      unitsRemoved: removed,
      tuningMin: Math.min(...Object.values(t)),
      tuning: t,
      judging: Object.fromEntries(judging.map((j) => [j.file, scoreSet(pack, j.samples, ruleIds)])),
    };
  };

  interface Scored {
    unit: Unit;
    valid: boolean;
    cost: number;
    gzipSaved: number;
    jsonSaved: number;
    needed: Set<string>;
    /** A term's cost after some other removal: re-scored only if it reaches the top (lazy greedy). */
    stale?: boolean;
  }
  const cache = new Map<string, Scored>();
  const indexesFor = (affected: Set<string>) =>
    new Set(tuning.flatMap((s, i) => (ruleIds.some((r) => affected.has(r) && s.labels[r] !== undefined) ? [i] : [])));

  const score = (unit: Unit): Scored => {
    const affected = affectedBy(unit.rule);
    const needed = neededFor(affected);
    const next = cloneState(state);
    unit.apply(next);
    let candidate: CompiledPack;
    try {
      candidate = compile(rebuild(raw, next));
    } catch {
      return { unit, valid: false, cost: Infinity, gzipSaved: 0, jsonSaved: 0, needed };
    }
    const sub: CompiledPack = { ...candidate, rules: candidate.rules.filter((r) => needed.has(r.id)), verdicts: [{ verdict: 'partial' }] };
    const { passed } = run(sub, tuning, [...affected], indexesFor(affected));
    let cost = 0;
    for (const r of affected) cost += balanced(tuning, r, base[r]!) - balanced(tuning, r, passed[r]!);
    const s = sizeOf(candidate);
    return { unit, valid: true, cost, gzipSaved: size.gzip - s.gzip, jsonSaved: size.json - s.json, needed };
  };

  const rows: Row[] = [snapshot(0)];
  const removals: {
    step: number;
    label: string;
    text: string;
    cost: number;
    gzipAfter: number;
    tuningMinAfter: number;
    judgingMinAfter: Record<string, number>;
  }[] = [];
  let nextCheckpoint = start.gzip - CHECKPOINT_STEP;
  let evaluations = 0;
  console.log(`start: ${start.gzip} B gzip, ${start.json} B JSON, ${listUnits(state, raw).length} removable units (${seconds()} s)`);

  for (;;) {
    const units = listUnits(state, raw);
    const scored: Scored[] = [];
    for (const unit of units) {
      let s = cache.get(unit.key);
      if (!s) {
        s = score(unit);
        evaluations++;
        cache.set(unit.key, s);
      }
      if (s.valid) scored.push(s);
    }
    const order = (a: Scored, b: Scored) => a.cost - b.cost || b.gzipSaved - a.gzipSaved || b.jsonSaved - a.jsonSaved;
    scored.sort(order);
    while (scored[0]?.stale) {
      const fresh = score(scored[0].unit);
      evaluations++;
      cache.set(fresh.unit.key, fresh);
      scored.shift();
      if (fresh.valid) {
        const at = scored.findIndex((s) => order(fresh, s) <= 0);
        scored.splice(at < 0 ? scored.length : at, 0, fresh);
      }
    }
    const best = scored[0];
    if (!best) {
      console.log('nothing removable remains');
      break;
    }

    const next = cloneState(state);
    best.unit.apply(next);
    state = next;
    pack = compile(rebuild(raw, state));
    size = sizeOf(pack);
    base = run(pack, tuning, ruleIds).passed;
    const tMin = Math.min(...Object.values(tuningBA()));
    // Judging figures are recorded per step for the trace only; nothing above reads them.
    const judgingMinAfter = Object.fromEntries(judging.map((j) => [j.file, scoreSet(pack, j.samples, ruleIds).minRule]));
    removals.push({ step: removals.length + 1, label: best.unit.label, text: best.unit.text, cost: best.cost, gzipAfter: size.gzip, tuningMinAfter: tMin, judgingMinAfter });

    // Only units sharing a rule with what just changed have a different cost now; the sizes of
    // the rest drift a little (gzip is global), which only affects tie-breaks.
    const changed = affectedBy(best.unit.rule);
    for (const [key, s] of cache) {
      if (![...s.needed].some((r) => changed.has(r))) continue;
      if (s.valid && s.unit.rule === undefined && best.unit.rule !== undefined) s.stale = true;
      else cache.delete(key);
    }

    if (removals.length % 10 === 0 || size.gzip <= nextCheckpoint) {
      console.log(
        `  step ${removals.length}: ${size.gzip} B gzip, tuning min ${tMin.toFixed(3)}, last cost ${best.cost.toFixed(4)} ` +
          `(${best.unit.label}), ${units.length} units left, ${evaluations} evaluations, ${seconds()} s`,
      );
    }
    if (size.gzip <= nextCheckpoint || size.gzip <= FLOOR) {
      rows.push(snapshot(removals.length));
      while (nextCheckpoint >= size.gzip) nextCheckpoint -= CHECKPOINT_STEP;
    }
    if (size.gzip <= FLOOR) {
      console.log(`reached ${FLOOR} B gzip`);
      break;
    }
  }
  if (rows[rows.length - 1]!.unitsRemoved !== removals.length) rows.push(snapshot(removals.length));

  // ---- report
  const wall = (Date.now() - t0) / 1000;
  const f3 = (n: number) => n.toFixed(3);
  const short = (r: string) => r.split('-').map((w) => w[0]).join('');
  console.log(`\nPack size vs accuracy (start ${start.gzip} B gzip / ${start.json} B JSON; rule order ${ruleIds.map(short).join(' ')})`);
  const head = ['gzip', 'json', 'saved', 'units', 'tune min', ...judging.flatMap((j) => {
    const n = j.file.replace(/.*blind-set-(\d+)\.jsonl/, 'b$1');
    return [`${n} min`, `${n} per rule`, `${n} verdict`];
  })];
  const lines = rows.map((row) => [
    String(row.gzip),
    String(row.json),
    String(row.saved),
    String(row.unitsRemoved),
    f3(row.tuningMin),
    ...judging.flatMap((j) => {
      const s = row.judging[j.file]!;
      return [f3(s.minRule), ruleIds.map((r) => s.rules[r]!.toFixed(2)).join(' '), f3(s.verdict)];
    }),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const fmt = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i]!)).join('  ');
  console.log(fmt(head));
  for (const l of lines) console.log(fmt(l));

  const smallestWith = (floor: number) =>
    rows.filter((r) => judging.every((j) => r.judging[j.file]!.minRule >= floor)).reduce<Row | undefined>((m, r) => (!m || r.gzip < m.gzip ? r : m), undefined);
  for (const floor of [0.9, 0.95]) {
    const r = smallestWith(floor);
    console.log(
      r
        ? `smallest checkpoint with every rule >= ${floor} on both judging sets: ${r.gzip} B gzip (${r.unitsRemoved} units removed)`
        : `no checkpoint has every rule >= ${floor} on both judging sets`,
    );
  }

  // Step by step the minimum is the best of many noisy points, so it flatters; the checkpoints
  // above are the figure to quote.
  for (const floor of [0.9, 0.95]) {
    const ok = removals.filter((r) => judging.every((j) => r.judgingMinAfter[j.file]! >= floor));
    const r = ok.reduce<(typeof removals)[number] | undefined>((m, x) => (!m || x.gzipAfter < m.gzipAfter ? x : m), undefined);
    const firstMiss = removals.find((x) => judging.some((j) => x.judgingMinAfter[j.file]! < floor));
    console.log(
      `step by step (optimistic): smallest with every rule >= ${floor} on both judging sets: ${r ? `${r.gzipAfter} B gzip (step ${r.step})` : 'none'}; ` +
        `first dips below at ${firstMiss ? `${firstMiss.gzipAfter} B gzip (step ${firstMiss.step})` : 'never'}`,
    );
  }

  console.log(`\nRemoved in the first ${REPORT_FIRST} B gzip of savings (in order; cost = tuning BA lost, summed over rules):`);
  for (const r of removals) {
    if (start.gzip - r.gzipAfter > REPORT_FIRST) break;
    console.log(`  ${String(r.step).padStart(3)}. [${r.cost.toFixed(4)}] ${r.label}: ${r.text}  → ${r.gzipAfter} B`);
  }
  console.log(`\n${removals.length} removals, ${evaluations} unit evaluations, wall time ${wall.toFixed(1)} s`);

  mkdirSync(join(root, dirname(OUT)), { recursive: true });
  writeFileSync(
    join(root, OUT),
    `${JSON.stringify(
      {
        pack: PACK_FILE,
        measure: 'gzip -9 of JSON.stringify(compiled pack)',
        tuningSets: TUNING,
        tuningIncludesPackExamples: exampleCount,
        judgingSets: JUDGING,
        start,
        wallSeconds: Number(wall.toFixed(1)),
        rows,
        removals,
      },
      null,
      1,
    )}\n`,
  );
  console.log(`wrote ${OUT}`);
}

main();
