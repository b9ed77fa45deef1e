/**
 * A rule pack's ReDoS check: recheck (a ReDoS analyser, pinned in package.json) reads every
 * authored pattern as the engine compiles it; when it builds an attack string, the attack is
 * pumped to 20,000 characters (the most the element analyses) and run through the real engine —
 * normalising, whitespace folding, the same regex flags — with that one pattern as a pack of its
 * own. A pattern is refused when that run is slow.
 *
 * Why not refuse on recheck's word alone: it reads a pattern in isolation, so it cannot know
 * that the engine folds whitespace runs (normalise.ts), and its fuzzer calls a capped gap such
 * as [^.!?\n]{1,60}? "polynomial" when its attack strings are shorter than the cap. Its attack
 * strings are still the best probes there are, so every one it builds is measured.
 *
 * recheck needs 1–10 s a pattern (minutes for a pack on 2 cores), too slow for every
 * `npm run content`: this runs as a node test (checker-redos.test.ts), and caches each verdict
 * under .cache/recheck/ keyed by the recheck version and the pattern, so only new or edited
 * patterns are analysed again.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSync, type Diagnostics } from 'recheck';

// recheck's default synchronous backend starts its native agent as a child process that outlives
// the test; a full `npm test` was cut off silently in the browser phase after it ran. The pure
// JavaScript backend starts nothing (slower, and verdicts are cached under .cache/recheck/).
process.env.RECHECK_SYNC_BACKEND ??= 'pure';
import { pumped, type Attack } from '../../src/checker/adversarial-text.js';
import { checkWithPack } from '../../src/checker/engine.js';
import { expandSource, wrapPhrase } from '../../src/checker/match.js';
import type { CompiledPack, CompiledRule } from '../../src/checker/pack.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const recheckVersion = (createRequire(import.meta.url)('recheck/package.json') as { version: string }).version;

/** The length every attack is pumped to: the most the element analyses. */
export const ATTACK_LENGTH = 20_000;
/** One pattern on its own may take at most this long on a pumped attack (the whole checker's budget is 100 ms). */
export const PATTERN_BUDGET_MS = 50;

export interface AuthoredPattern {
  rule: string;
  /** Where it is authored, e.g. `patterns[3]`. */
  field: 'patterns' | 'mentions' | 'exceptions' | 'detectors.outsideSentencesWith';
  index: number;
  /** As authored in the pack. */
  source: string;
}

/** Every phrase pattern of an authored (parsed YAML) pack, in pack order. */
export function authoredPatterns(raw: { rules: Record<string, unknown>[] }): AuthoredPattern[] {
  return raw.rules.flatMap((rule) => [
    ...(['patterns', 'mentions', 'exceptions'] as const).flatMap((field) =>
      ((rule[field] as string[] | undefined) ?? []).map((source, index) => ({ rule: String(rule.id), field, index, source })),
    ),
    // A detector's sentence filter is matched against the whole script too.
    ...((rule.detectors as { outsideSentencesWith?: string }[] | undefined) ?? []).flatMap((d, index) =>
      d.outsideSentencesWith ? [{ rule: String(rule.id), field: 'detectors.outsideSentencesWith' as const, index, source: d.outsideSentencesWith }] : [],
    ),
  ]);
}

/** The regex the engine compiles for one pattern (see match.ts), with its flags. */
export function engineRegex(pattern: AuthoredPattern, terms: Record<string, string>): { source: string; flags: string } {
  const atStart = pattern.source.startsWith('^');
  return { source: wrapPhrase(expandSource(atStart ? pattern.source.slice(1) : pattern.source, terms)), flags: atStart ? 'yu' : 'gu' };
}

/** recheck's verdict on one regex, from the cache when this recheck version has read it before. */
export function analyse(source: string, flags: string): Diagnostics {
  const key = createHash('sha256').update(`${recheckVersion}\n${flags}\n${source}`).digest('hex').slice(0, 32);
  const file = join(root, '.cache/recheck', `${key}.json`);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Diagnostics;
  } catch {
    // not analysed yet
  }
  const diagnostics = checkSync(source, flags, { timeout: 30_000 });
  // "unknown" (a timeout, an unsupported construct) is not cached: the next run tries again.
  if (diagnostics.status !== 'unknown') {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(diagnostics));
  }
  return diagnostics;
}

/** recheck's attack as prefix, pump, suffix (its several pumps, if any, in order). */
export function attackOf(diagnostics: Diagnostics): Pick<Attack, 'prefix' | 'pump' | 'suffix'>[] {
  if (diagnostics.status !== 'vulnerable') return [];
  const { pumps, suffix } = diagnostics.attack;
  return pumps.map((p, i) => ({ prefix: pumps.slice(0, i).map((q) => q.prefix + q.pump).join('') + p.prefix, pump: p.pump, suffix }));
}

/** A one-rule pack holding only `pattern`, so the engine runs it exactly as it runs the real pack. */
function packOf(pattern: AuthoredPattern, terms: Record<string, string>): CompiledPack {
  const atStart = pattern.source.startsWith('^');
  const source = atStart ? pattern.source.slice(1) : pattern.source;
  const rule: CompiledRule = { id: pattern.rule, passWhenFound: true, pass: '', fail: '' };
  // A detector's filter is found the way mentions are: everywhere, negated or not.
  const field = pattern.field === 'detectors.outsideSentencesWith' ? 'mentions' : pattern.field;
  if (atStart) rule.atStart = { [field]: source };
  else rule[field] = source;
  return { technique: 'redos-probe', terms, rules: [rule], verdicts: [{ verdict: 'partial' }] };
}

/** The engine's time (best of three, ms) for `pattern` alone on `text`. */
export function engineTime(pattern: AuthoredPattern, terms: Record<string, string>, text: string): number {
  const pack = packOf(pattern, terms);
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    checkWithPack(pack, text);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

export interface RedosProblem {
  pattern: AuthoredPattern;
  attack: string;
  ms: number;
  /** Names the rule and pattern, says what recheck found and what the engine measured. */
  message: string;
}

/** Every pattern of the pack that recheck can attack and the engine is slow on, with a message. */
export function redosProblems(raw: { rules: Record<string, unknown>[]; terms?: Record<string, string> }): RedosProblem[] {
  const terms = raw.terms ?? {};
  const problems: RedosProblem[] = [];
  for (const pattern of authoredPatterns(raw)) {
    const { source, flags } = engineRegex(pattern, terms);
    const diagnostics = analyse(source, flags);
    for (const attack of attackOf(diagnostics)) {
      const text = pumped(attack, ATTACK_LENGTH);
      const ms = engineTime(pattern, terms, text);
      if (ms <= PATTERN_BUDGET_MS) continue;
      const complexity = diagnostics.status === 'vulnerable' ? diagnostics.complexity.summary : '';
      problems.push({
        pattern,
        attack: text,
        ms,
        message:
          `rules "${pattern.rule}" ${pattern.field}[${pattern.index}]: ${pattern.source}\n` +
          `  recheck ${recheckVersion} finds ${complexity} backtracking, and its attack pumped to ${ATTACK_LENGTH.toLocaleString('en-US')} characters ` +
          `takes ${ms.toFixed(0)} ms in the engine (budget ${PATTERN_BUDGET_MS} ms). Cap the gap ({0,40} rather than * or +) or ` +
          `make neighbouring quantifiers unable to match the same characters.`,
      });
    }
  }
  return problems;
}
