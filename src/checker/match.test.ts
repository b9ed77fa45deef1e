import { expect } from '@open-wc/testing';
import type { CompiledPack } from './pack.js';
import { checkWithPack } from './index.js';

// A one-rule pack: the engine must treat a new technique's data exactly like the shipped one.
// `atStart` holds what the build compiles from phrases authored with a leading ^.
const pack = (patterns: string | undefined, atStart?: string): CompiledPack => ({
  technique: 'greeting',
  terms: { hi: '(?:hello|hi)' },
  rules: [{ id: 'greets', passWhenFound: true, patterns, ...(atStart ? { atStart: { patterns: atStart } } : {}), pass: 'Greets.', fail: 'No greeting.' }],
  verdicts: [{ verdict: 'deliberate', allPass: '*' }, { verdict: 'partial' }],
});
const found = (patterns: string | undefined, script: string, atStart?: string) =>
  checkWithPack(pack(patterns, atStart), script).rules[0]!.evidence.map((e) => script.slice(e.start, e.end));

describe('phrase matching', () => {
  it('anchors a ^ alternative at sentence and clause starts only', () => {
    expect(found(undefined, 'Hello there. OK — hi there! I said hello there', '{hi} there')).to.deep.equal(['Hello there', 'hi there']);
    expect(found('said', 'I said hello there', '{hi} there')).to.deep.equal(['said']);
  });

  it('keeps looking inside a phrase it rejected (a quote inside a longer match)', () => {
    // The whole question overlaps the quote and is dropped; the speaker's own "can you" still counts.
    expect(found('can you', 'He said "no" so can you help?', '[^.!?]*\\?')).to.deep.equal(['can you']);
  });

  it('never counts a negated phrase, but does count it again in a later clause', () => {
    expect(found('{hi}', "I won't say hello")).to.deep.equal([]);
    expect(found('{hi}', "I won't lie, but hello")).to.deep.equal(['hello']);
  });

  it("counts another rule's evidence when a detector says so, but not what that rule rejected", () => {
    const twoRules: CompiledPack = {
      technique: 'greeting',
      terms: {},
      rules: [
        { id: 'greets', passWhenFound: true, patterns: 'hello', pass: 'Greets.', fail: 'No greeting.' },
        { id: 'is-friendly', passWhenFound: true, patterns: 'thanks', detectors: [{ kind: 'evidence-of', rule: 'greets' }], pass: 'Friendly.', fail: 'Cold.' },
      ],
      verdicts: [{ verdict: 'partial' }],
    };
    const friendly = (script: string) => {
      const rule = checkWithPack(twoRules, script).rules[1]!;
      return rule.evidence.map((e) => script.slice(e.start, e.end));
    };
    expect(friendly('Hello, and thanks.')).to.deep.equal(['Hello', 'thanks']);
    expect(friendly("I won't say hello.")).to.deep.equal([]);
  });
});
