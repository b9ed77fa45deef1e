// One generic test for every rule of every pack: its must-match examples make the rule find
// something, its must-not-match examples find nothing. Adding a pack adds its checks here.
import { expect } from '@open-wc/testing';
import { checkerPackExamples } from '../generated/checker-pack-examples.js';
import { checkerPacks, checkWithPack } from './index.js';

describe('rule pack examples', () => {
  it('covers every rule of every pack', () => {
    const withExamples = new Set(checkerPackExamples.map((e) => `${e.technique}/${e.rule}`));
    for (const pack of Object.values(checkerPacks)) {
      for (const rule of pack.rules) expect(withExamples.has(`${pack.technique}/${rule.id}`), rule.id).to.be.true;
    }
  });

  for (const { technique, rule, mustMatch, mustNotMatch } of checkerPackExamples) {
    const pack = checkerPacks[technique]!;
    const found = (script: string, firstRequest?: string) => {
      const result = checkWithPack(pack, script, { firstRequest });
      const r = result.rules.find((x) => x.id === rule)!;
      const definition = pack.rules.find((x) => x.id === rule)!;
      // "Found" is what the patterns and detectors report, whichever way the rule passes.
      return definition.passWhenFound ? r.passed : !r.passed;
    };
    describe(`${technique} / ${rule}`, () => {
      for (const ex of mustMatch) {
        it(`matches: ${ex.script}`, () => expect(found(ex.script, ex.firstRequest)).to.be.true);
      }
      for (const ex of mustNotMatch) {
        it(`does not match: ${ex.script}`, () => expect(found(ex.script, ex.firstRequest)).to.be.false);
      }
    });
  }
});
