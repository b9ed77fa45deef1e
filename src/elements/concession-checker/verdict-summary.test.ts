import { expect } from '@open-wc/testing';
import type { CheckResult, RuleResult } from '../../checker/types.js';
import { summarizeVerdict } from './verdict-summary.js';

const rule = (passed: boolean): RuleResult => ({ id: 'names-concession', passed, message: 'm', evidence: [] });

describe('summarizeVerdict', () => {
  it('counts the checks that need work, in grammatical English', () => {
    const one: CheckResult = { verdict: 'partial', language: 'en', rules: [rule(false), rule(true), rule(true), rule(true), rule(true)] };
    const two: CheckResult = { verdict: 'partial', language: 'en', rules: [rule(false), rule(false), rule(true), rule(true), rule(true)] };
    expect(summarizeVerdict(one).headline).to.equal('Partly deliberate — 1 of 5 checks needs work');
    expect(summarizeVerdict(two).announcement).to.equal('Partly deliberate: 2 of 5 checks need work.');
  });

  it('says a script in another language is not checked, headline and announcement alike, with no count', () => {
    const german: CheckResult = { verdict: 'other-language', language: 'de', rules: [] };
    const message = 'This checker reads English; your script looks like German.';
    expect(summarizeVerdict(german, message)).to.deep.equal({ headline: message, detail: '', announcement: message });
  });
});
