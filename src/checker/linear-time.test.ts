// Nothing a visitor types or pastes may freeze the page: every attack string built against the
// pack's patterns (data/redos/checker-attacks.json) and a grammar fuzzer's scripts, each 20,000
// characters (the most the element analyses), go through checkScript in this engine. The bound
// is generous so a loaded 2-core machine cannot make it flake; the quadratic inputs this guards
// against took 2–10 s at 5 KB. The exact figures per engine are `npm run bench`'s.
import { expect } from '@open-wc/testing';
import { fuzzScripts, pumped, type Attack } from './adversarial-text.js';
import { checkScript } from './index.js';

const LENGTH = 20_000;
const BOUND_MS = 2000;

function expectValidRanges(script: string, result: ReturnType<typeof checkScript>) {
  // Text mostly in another writing system is named, not judged: no rules, nothing to range-check.
  if (result.verdict === 'other-language') {
    expect(result.rules).to.have.length(0);
    expect(result.language).to.not.equal('en');
    return;
  }
  expect(result.rules).to.have.length(5);
  expect(result.verdict).to.be.oneOf(['deliberate', 'partial', 'invisible', 'empty']);
  for (const rule of result.rules) {
    let previousEnd = 0;
    for (const { start, end } of rule.evidence) {
      expect(Number.isInteger(start) && Number.isInteger(end), `${rule.id}: integer offsets`).to.be.true;
      expect(start, `${rule.id}: sorted, inside, not overlapping`).to.be.at.least(previousEnd);
      expect(end, `${rule.id}: non-empty, inside`).to.be.above(start).and.at.most(script.length);
      previousEnd = end;
    }
  }
}

/** Runs one script, failing with what it was fed when it throws, is slow or gives bad ranges. */
function expectQuick(name: string, script: string, firstRequest?: string): ReturnType<typeof checkScript> {
  const start = performance.now();
  let result: ReturnType<typeof checkScript>;
  try {
    result = checkScript(script, firstRequest ? { firstRequest } : undefined);
  } catch (error) {
    throw new Error(`${name}: checkScript threw ${String(error)}`, { cause: error });
  }
  const ms = performance.now() - start;
  expect(ms, `${name}: ${ms.toFixed(0)} ms for ${script.length} characters`).to.be.below(BOUND_MS);
  expectValidRanges(script, result);
  return result;
}

describe('checkScript stays linear on hostile text', function () {
  // Up to ~130 scripts of 20,000 characters, each bounded by BOUND_MS.
  this.timeout(300_000);
  const firstRequest = 'Could you host the whole retreat for the weekend?';

  it('answers every attack string at 20,000 characters quickly, with and without a first request', async () => {
    const response = await fetch('/data/redos/checker-attacks.json');
    const { attacks } = (await response.json()) as { attacks: Attack[] };
    expect(attacks.length).to.be.above(20);
    for (const attack of attacks) {
      const script = pumped(attack, LENGTH);
      expect(script).to.have.length(LENGTH);
      const name = `attack on ${attack.rule} ${attack.field} (${JSON.stringify(attack.prefix.slice(0, 20))} + ${JSON.stringify(attack.pump)}…)`;
      expectQuick(name, script, attack.firstRequest);
      expectQuick(`${name} with a first request`, script, firstRequest);
    }
  });

  it('answers a grammar fuzzer’s scripts at 20,000 characters quickly, with and without a first request', () => {
    const scripts = fuzzScripts(15, 48, LENGTH);
    let judged = 0;
    for (const [i, { name, script }] of scripts.entries()) {
      const result = expectQuick(`fuzz script ${i} (${name}, ${JSON.stringify(script.slice(0, 24))}…)`, script);
      if (result.rules.length) judged++;
      if (i % 3 === 0) expectQuick(`fuzz script ${i} (${name}) with a first request`, script, firstRequest);
    }
    // Runs of right-to-left or other letters are named as another language; the rest must reach
    // the five rules, or the fuzzer would no longer exercise the patterns it is here for.
    expect(judged, 'fuzz scripts judged by the rules').to.be.at.least(40);
  });

  it('answers quickly when the first request itself is hostile', () => {
    // The visitor types the first request too: a pasted run of capitals, titles or commas, or the
    // fuzzer's text, may cost no more there than in the script.
    const hostile = ['A'.repeat(LENGTH), 'Mr '.repeat(LENGTH / 4), 'Sir,'.repeat(LENGTH / 4), ...fuzzScripts(7, 6, LENGTH).map((f) => f.script)];
    for (const [i, first] of hostile.entries()) {
      const name = `hostile first request ${i} (${JSON.stringify(first.slice(0, 24))}…)`;
      expectQuick(name, 'Thanks for being straight about the retreat. Could you do Friday?', first);
      expectQuick(`${name}, as the script too`, first, first);
    }
  });

  it('keeps evidence on the words typed when whitespace runs are folded', () => {
    const script = `I  understand\t\t\t—   that was a big ask.\n\n\n   Could you do    Friday?`;
    const result = checkScript(script);
    const heard = result.rules.find((r) => r.id === 'acknowledges-refusal')!;
    expect(heard.passed).to.be.true;
    expect(heard.evidence.map(({ start, end }) => script.slice(start, end))).to.include('I  understand');
    const ask = result.rules.find((r) => r.id === 'makes-smaller-ask')!;
    expect(ask.evidence.map(({ start, end }) => script.slice(start, end)).join('|')).to.contain('Could you');
  });
});
