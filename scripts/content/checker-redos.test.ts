// The pack's ReDoS gate (see redos.ts: recheck is too slow to run on every `npm run content`,
// so the gate is this node test, with each verdict cached under .cache/recheck/), and the
// attack strings run through checkScript at 20,000 characters.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parse } from 'yaml';
import { pumped, type Attack } from '../../src/checker/adversarial-text.js';
import { checkScript } from '../../src/checker/index.js';
import { compilePack } from './checker-packs.js';
import { analyse, ATTACK_LENGTH, attackOf, authoredPatterns, engineRegex, redosProblems } from './redos.js';

const packFile = 'content/checkers/make-the-step-down-visibly-deliberate.yaml';
const authored = parse(readFileSync(new URL(`../../${packFile}`, import.meta.url), 'utf8')) as { rules: Record<string, unknown>[] };
// The terms as the engine sees them: the authored ones plus the WordNet classes built from `lexicon`.
const pack = { ...authored, terms: compilePack(packFile, authored).pack.terms };
const { attacks } = JSON.parse(readFileSync(new URL('../../data/redos/checker-attacks.json', import.meta.url), 'utf8')) as { attacks: Attack[] };
// Generous: the Node target is 50 ms per 10 KB (`npm run bench` reports the figures); a
// quadratic pattern takes seconds here.
const BOUND_MS = 1000;

function timed(script: string, firstRequest?: string) {
  const start = performance.now();
  const result = checkScript(script, firstRequest ? { firstRequest } : undefined);
  return { result, ms: performance.now() - start };
}

test('no pattern of the pack is slow on an attack recheck builds against it', { timeout: 30 * 60_000 }, () => {
  const problems = redosProblems(pack);
  assert.deepEqual(problems.map((p) => p.message), []);
});

test('the gate refuses a quadratic pattern, naming its rule and pattern', { timeout: 5 * 60_000 }, () => {
  // The pattern of references-first-request before its gaps were capped: "$-$-$-…" let the
  // optional word, the hyphenated prefix and the amount split one long token every way.
  const quadratic = String.raw`(?:worr\w*|fair enough) (?:about|on) (?:the|my|that|all) (?:\S+ )?(?:\S+-)?(?:(?:day|week)s?|[$£€\d]\S*)\b`;
  const problems = redosProblems({ terms: {}, rules: [{ id: 'names-the-week', mentions: [quadratic] }] });
  assert.equal(problems.length >= 1, true, 'the uncapped pattern is refused');
  assert.match(problems[0]!.message, /^rules "names-the-week" mentions\[0\]: \(\?:worr/);
  assert.match(problems[0]!.message, /takes \d+ ms in the engine/);
});

test('the gate reads a detector\'s sentence filter as well as the phrase lists', { timeout: 5 * 60_000 }, () => {
  // The same uncapped pattern, as the filter that keeps the first request's echo out of sentences.
  const quadratic = String.raw`(?:worr\w*|fair enough) (?:about|on) (?:the|my|that|all) (?:\S+ )?(?:\S+-)?(?:(?:day|week)s?|[$£€\d]\S*)\b`;
  const detectors = [{ kind: 'echoes-option', option: 'firstRequest', outsideSentencesWith: quadratic }];
  const problems = redosProblems({ terms: {}, rules: [{ id: 'points-back', detectors }] });
  assert.equal(problems.length >= 1, true, 'the uncapped filter is refused');
  assert.match(problems[0]!.message, /^rules "points-back" detectors\.outsideSentencesWith\[0\]: \(\?:worr/);
});

test('every attack recheck builds against the pack, pumped to 20,000 characters, is answered quickly', { timeout: 30 * 60_000 }, () => {
  checkScript('I understand — could you?'); // compiles the patterns, which is not what is measured
  for (const pattern of authoredPatterns(pack)) {
    const { source, flags } = engineRegex(pattern, pack.terms);
    for (const attack of attackOf(analyse(source, flags))) {
      const script = pumped(attack, ATTACK_LENGTH);
      for (const firstRequest of [undefined, 'Could you host the whole retreat for the weekend?']) {
        const { result, ms } = timed(script, firstRequest);
        assert.ok(ms < BOUND_MS, `${pattern.rule} ${pattern.field}[${pattern.index}]: ${ms.toFixed(0)} ms`);
        // An attack may pump a word of another language ("o took note o took note …" is read as
        // Portuguese): then the script is named, not judged, as the element shows it.
        assert.equal(result.rules.length, result.verdict === 'other-language' ? 0 : 5);
      }
    }
  }
});

test('the recorded attack strings (data/redos/checker-attacks.json) are answered quickly at 20,000 characters', () => {
  checkScript('I understand — could you?');
  assert.ok(attacks.length > 20);
  for (const attack of attacks) {
    const script = pumped(attack, ATTACK_LENGTH);
    const { result, ms } = timed(script, attack.firstRequest);
    assert.ok(ms < BOUND_MS, `${attack.found}: ${attack.rule} ${attack.field} ${JSON.stringify(attack.pump)}: ${ms.toFixed(0)} ms`);
    for (const rule of result.rules) for (const { start, end } of rule.evidence) assert.ok(start >= 0 && start < end && end <= script.length);
  }
});
