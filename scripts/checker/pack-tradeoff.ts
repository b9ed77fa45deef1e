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
 * The JUDGING sets (JUDGING_SETS in eval-checker.ts: blind sets 3 and 7) are scored only at checkpoints and never steer a
 * choice, so their figures estimate accuracy on unseen scripts. Nothing is written but the
 * results file; the YAML is read once and never changed.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { checkWithPack } from '../../src/checker/engine.js';
import type { CompiledPack } from '../../src/checker/pack.js';
import type { CheckOptions, Verdict } from '../../src/checker/types.js';
import { compilePack } from '../content/checker-packs.js';
import { balancedAccuracy, expectedVerdict, JUDGING_SETS, readRows, tally, TUNING_SETS, type Confusion } from '../eval-checker.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const PACK_FILE = 'content/checkers/make-the-step-down-visibly-deliberate.yaml';
const TUNING = TUNING_SETS;
const JUDGING = JUDGING_SETS;
const OUT = 'bench-results/checker-tradeoff.json';
const CHECKPOINT_STEP = 250;
// Where the pruning stops; IX_TRADEOFF_FLOOR=8000 stops early, to see only the first cuts.
const FLOOR = Number(process.env.IX_TRADEOFF_FLOOR) || 1500;
const REPORT_FIRST = 1024;

// ---------------------------------------------------------------------------------------------
// Splitting regex sources into top-level alternatives

/** Each character of `src` outside [...] classes and escapes, with the group depth after it. */
function* scan(src: string): Generator<{ i: number; ch: string; depth: number }> {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else {
      if (ch === '(') depth++;
      else if (ch === ')') depth--;
      yield { i, ch, depth };
    }
  }
}

/** `src` split at each `|` outside groups and [...] classes (escapes honoured). */
function splitTopLevel(src: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const { i, ch, depth } of scan(src)) {
    if (ch === '|' && depth === 0) {
      out.push(src.slice(start, i));
      start = i + 1;
    }
  }
  out.push(src.slice(start));
  return out;
}

/** A source that is one non-capturing group (optionally `?`): its inside, else undefined. */
function wholeGroup(src: string): { open: string; inner: string; close: string } | undefined {
  const close = src.endsWith(')?') ? ')?' : src.endsWith(')') ? ')' : '';
  if (!src.startsWith('(?:') || !close) return undefined;
  for (const { i, ch, depth } of scan(src)) {
    if (ch === ')' && depth === 0 && i !== src.length - close.length) return undefined;
  }
  return { open: '(?:', inner: src.slice(3, src.length - close.length), close };
}

// ---------------------------------------------------------------------------------------------
// The pack as removable pieces

const KINDS = ['patterns', 'mentions', 'exceptions'] as const;
type Kind = (typeof KINDS)[number];

interface RawRule {
  id: string;
  detectors?: { kind: string; outsideEvidenceOf?: string }[];
  [key: string]: unknown;
}
interface RawPack {
  terms?: Record<string, string>;
  rules: RawRule[];
  [key: string]: unknown;
}

interface Entry {
  anchored: boolean;
  alts: string[];
  alive: boolean[];
}
interface Term {
  name: string;
  /** Set when the term is one group whose alternatives may go one by one. */
  group?: { open: string; close: string; alts: string[]; alive: boolean[] };
  source: string;
  alive: boolean;
}
interface State {
  lists: Record<Kind, Entry[] | undefined>[];
  terms: Term[];
}

function initialState(raw: RawPack): State {
  const lists = raw.rules.map((rule) => {
    const out = {} as Record<Kind, Entry[] | undefined>;
    for (const kind of KINDS) {
      const list = rule[kind] as string[] | undefined;
      out[kind] = list?.map((p) => {
        const anchored = p.startsWith('^');
        const alts = splitTopLevel(anchored ? p.slice(1) : p);
        return { anchored, alts, alive: alts.map(() => true) };
      });
    }
    return out;
  });
  const terms = Object.entries(raw.terms ?? {}).map(([name, source]): Term => {
    const g = wholeGroup(source);
    const alts = g && splitTopLevel(g.inner);
    return {
      name,
      source,
      alive: true,
      ...(g && alts && alts.length > 1 ? { group: { open: g.open, close: g.close, alts, alive: alts.map(() => true) } } : {}),
    };
  });
  return { lists, terms };
}

const cloneState = (s: State): State => structuredClone(s);
const entryText = (e: Entry) => (e.anchored ? '^' : '') + e.alts.filter((_, i) => e.alive[i]).join('|');
const termText = (t: Term) => (t.group ? t.group.open + t.group.alts.filter((_, i) => t.group!.alive[i]).join('|') + t.group.close : t.source);

/** The authored pack with only the live pieces; everything else (detectors, messages…) as read. */
function rebuild(raw: RawPack, s: State): RawPack {
  const out = structuredClone(raw);
  out.rules.forEach((rule, r) => {
    for (const kind of KINDS) {
      const entries = s.lists[r]![kind];
      if (!entries) continue;
      const list = entries.filter((e) => e.alive.some(Boolean)).map(entryText);
      if (list.length) rule[kind] = list;
      else delete rule[kind];
    }
  });
  if (raw.terms) out.terms = Object.fromEntries(s.terms.filter((t) => t.alive).map((t) => [t.name, termText(t)]));
  return out;
}

interface Unit {
  /** Stable while its text is unchanged, so a cached cost can be reused. */
  key: string;
  label: string;
  text: string;
  /** The rule it lives in, or undefined for a term (which may change every rule). */
  rule?: number;
  apply(s: State): void;
}

function listUnits(s: State, raw: RawPack): Unit[] {
  const units: Unit[] = [];
  s.lists.forEach((lists, r) => {
    const rule = raw.rules[r]!;
    // Never leave a rule with nothing to find: count what it would keep.
    const finders = (['patterns', 'mentions'] as const).reduce((n, k) => n + (lists[k]?.filter((e) => e.alive.some(Boolean)).length ?? 0), 0);
    const hasDetectors = !!rule.detectors?.length;
    for (const kind of KINDS) {
      lists[kind]?.forEach((entry, e) => {
        const live = entry.alive.filter(Boolean).length;
        if (!live) return;
        const lastFinder = kind !== 'exceptions' && finders === 1 && !hasDetectors;
        const where = `${rule.id}.${kind}[${e}]`;
        if (live > 1) {
          entry.alts.forEach((alt, a) => {
            if (!entry.alive[a]) return;
            units.push({
              key: `${where}|${a}`,
              label: `${where} alt ${a}`,
              text: alt,
              rule: r,
              apply: (st) => void (st.lists[r]![kind]![e]!.alive[a] = false),
            });
          });
        }
        if (lastFinder) return;
        const text = entryText(entry);
        units.push({
          key: `${where}=${text}`,
          label: live > 1 ? `${where} (whole entry)` : `${where}`,
          text,
          rule: r,
          apply: (st) => void st.lists[r]![kind]![e]!.alive.fill(false),
        });
      });
    }
  });
  // Terms: their group's alternatives (never the last), and a term nothing refers to any more.
  const used = JSON.stringify(rebuild(raw, s).rules);
  const termsText = s.terms.filter((t) => t.alive).map(termText).join('\n');
  s.terms.forEach((term, t) => {
    if (!term.alive) return;
    const ref = `{${term.name}}`;
    if (!used.includes(ref) && !termsText.includes(ref)) {
      units.push({ key: `term ${term.name}`, label: `terms.${term.name} (unused)`, text: termText(term), apply: (st) => void (st.terms[t]!.alive = false) });
      return;
    }
    const g = term.group;
    if (!g || g.alive.filter(Boolean).length < 2) return;
    g.alts.forEach((alt, a) => {
      if (!g.alive[a]) return;
      units.push({
        key: `terms.${term.name}|${a}`,
        label: `terms.${term.name} alt ${a}`,
        text: alt,
        apply: (st) => void (st.terms[t]!.group!.alive[a] = false),
      });
    });
  });
  return units;
}

// ---------------------------------------------------------------------------------------------
// Scoring

interface Sample {
  script: string;
  options: CheckOptions;
  /** Labels per rule id; pack examples label only their own rule. */
  labels: Record<string, boolean>;
  verdict?: Verdict;
}

function loadSet(file: string): Sample[] {
  return readRows(join(root, file)).map((row) => ({
    script: row.script,
    options: row.firstRequest ? { firstRequest: row.firstRequest } : {},
    labels: row.labels,
    verdict: expectedVerdict(row.script, row.labels),
  }));
}

/** Each example is a one-rule sample: "must match" means the rule finds something. */
function exampleSamples(raw: RawPack): Sample[] {
  const asSample = (ex: unknown, ruleId: string, found: boolean, passWhenFound: boolean): Sample => {
    const e = typeof ex === 'string' ? { script: ex } : (ex as { script: string; firstRequest?: string });
    return { script: e.script, options: e.firstRequest ? { firstRequest: e.firstRequest } : {}, labels: { [ruleId]: found === passWhenFound } };
  };
  return raw.rules.flatMap((rule) => {
    const ex = rule.examples as { mustMatch: unknown[]; mustNotMatch: unknown[] };
    const pwf = rule.passWhen === 'found';
    return [...ex.mustMatch.map((x) => asSample(x, rule.id, true, pwf)), ...ex.mustNotMatch.map((x) => asSample(x, rule.id, false, pwf))];
  });
}

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

const sizeOf = (pack: CompiledPack) => {
  const json = JSON.stringify(pack);
  return { gzip: gzipSync(json, { level: 9 }).length, json: Buffer.byteLength(json) };
};

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
