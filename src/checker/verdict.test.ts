import { expect } from '@open-wc/testing';
import { checkScript } from './index.js';

describe('verdict', () => {
  it('is empty for blank input, and still lists the five rules', () => {
    for (const s of ['', '   ', '\n\t ']) {
      const result = checkScript(s);
      expect(result.verdict).to.equal('empty');
      expect(result.rules.map((r) => r.id)).to.deep.equal([
        'acknowledges-refusal',
        'names-concession',
        'references-first-request',
        'single-step-down',
        'makes-smaller-ask',
      ]);
    }
  });

  it('is deliberate when all five rules pass', () => {
    const result = checkScript('I understand — that was a big ask. Let me propose something more reasonable: could you spend one evening on it?');
    expect(result.rules.every((r) => r.passed)).to.be.true;
    expect(result.verdict).to.equal('deliberate');
  });

  it('counts a bare question clause as the smaller ask, whatever characters the script holds', () => {
    // The question is the only ask here. WebKit once found just its "?" (a back-reference bug
    // under the u flag with any character outside Latin-1, such as the dash), so this was partial.
    const script = 'I understand — that was a big ask. Let me scale it back: one evening instead?';
    const result = checkScript(script);
    const ask = result.rules.find((r) => r.id === 'makes-smaller-ask')!;
    expect(ask.evidence.map(({ start, end }) => script.slice(start, end))).to.deep.equal(['Let me scale it back: one evening instead?']);
    expect(result.verdict).to.equal('deliberate');
  });

  it('is invisible when the first three rules all fail (the common mistake)', () => {
    expect(checkScript('Could you spend one evening on the grant application?').verdict).to.equal('invisible');
  });

  it('is partial otherwise', () => {
    expect(checkScript('I understand. Could you review the summary?').verdict).to.equal('partial');
    // A cascade spoils an otherwise deliberate step-down.
    expect(checkScript("I get that 25% is a lot. Let me come down to 10% — and if that's too much, 5%, or even 2%?").verdict).to.equal('partial');
  });

  it('gives a fix only for failing rules, and a message for every rule', () => {
    for (const r of checkScript('Could you do $300? Or $200?').rules) {
      expect(r.message).to.be.a('string').and.not.empty;
      if (r.passed) expect(r.fix).to.be.undefined;
      else expect(r.fix).to.match(/“.+”/);
    }
  });
});
