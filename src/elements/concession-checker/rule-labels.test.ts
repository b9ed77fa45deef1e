import { expect } from '@open-wc/testing';
import { checkerPacks } from '../../checker/index.js';
import { ruleLabel } from './rule-labels.js';

describe('rule labels', () => {
  it('name every rule of every built-in pack in words, not by its id', () => {
    const ids = Object.values(checkerPacks).flatMap((pack) => pack.rules.map((rule) => rule.id));
    expect(ids).to.have.length.greaterThan(0);
    for (const id of ids) {
      expect(ruleLabel(id), id).to.not.equal(id);
      expect(ruleLabel(id), id).to.match(/^[A-Z][a-z]/);
    }
  });
});
