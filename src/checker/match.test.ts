import { expect } from '@open-wc/testing';
import type { CompiledPack } from './pack.js';
import { checkWithPack } from './index.js';

// A one-rule pack: the engine must treat a new technique's data exactly like the shipped one.
const pack = (patterns: string): CompiledPack => ({
  technique: 'greeting',
  terms: { hi: '(?:hello|hi)' },
  rules: [{ id: 'greets', passWhenFound: true, patterns, pass: 'Greets.', fail: 'No greeting.' }],
  verdicts: [{ verdict: 'deliberate', allPass: '*' }, { verdict: 'partial' }],
});
const found = (patterns: string, script: string) =>
  checkWithPack(pack(patterns), script).rules[0]!.evidence.map((e) => script.slice(e.start, e.end));

describe('phrase matching', () => {
  it('anchors a ^ alternative at sentence and clause starts only', () => {
    expect(found('^{hi} there', 'Hello there. OK — hi there! I said hello there')).to.deep.equal(['Hello there', 'hi there']);
    expect(found('^{hi} there|said', 'I said hello there')).to.deep.equal(['said']);
  });

  it('keeps looking inside a phrase it rejected (a quote inside a longer match)', () => {
    // The whole question overlaps the quote and is dropped; the speaker's own "can you" still counts.
    expect(found('^[^.!?]*\\?|can you', 'He said "no" so can you help?')).to.deep.equal(['can you']);
  });

  it('never counts a negated phrase, but does count it again in a later clause', () => {
    expect(found('{hi}', "I won't say hello")).to.deep.equal([]);
    expect(found('{hi}', "I won't lie, but hello")).to.deep.equal(['hello']);
  });
});
