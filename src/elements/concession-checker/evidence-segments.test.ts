import { expect } from '@open-wc/testing';
import { segmentEvidence } from './evidence-segments.js';

const r = (start: number, end: number) => ({ start, end });

describe('segmentEvidence', () => {
  it('leaves text without evidence as one plain run', () => {
    expect(segmentEvidence(5, [[], []])).to.deep.equal([{ start: 0, end: 5, rules: [], closes: [] }]);
    expect(segmentEvidence(0, [[r(0, 3)]])).to.deep.equal([]);
  });

  it('splits overlapping ranges of two rules into runs that carry both', () => {
    // text: 0123456789, rule 0 covers [1,5), rule 1 covers [3,8)
    expect(segmentEvidence(10, [[r(1, 5)], [r(3, 8)]])).to.deep.equal([
      { start: 0, end: 1, rules: [], closes: [] },
      { start: 1, end: 3, rules: [0], closes: [] },
      { start: 3, end: 5, rules: [0, 1], closes: [0] },
      { start: 5, end: 8, rules: [1], closes: [1] },
      { start: 8, end: 10, rules: [], closes: [] },
    ]);
  });

  it('handles nesting, shared ends and touching ranges', () => {
    expect(segmentEvidence(6, [[r(0, 6)], [r(2, 6)], [r(6, 6)]])).to.deep.equal([
      { start: 0, end: 2, rules: [0], closes: [] },
      { start: 2, end: 6, rules: [0, 1], closes: [0, 1] },
    ]);
    expect(segmentEvidence(4, [[r(0, 2)], [r(2, 4)]])).to.deep.equal([
      { start: 0, end: 2, rules: [0], closes: [0] },
      { start: 2, end: 4, rules: [1], closes: [1] },
    ]);
  });

  it('merges duplicate and overlapping ranges of one rule and closes it once', () => {
    expect(segmentEvidence(5, [[r(0, 3), r(1, 4), r(1, 4)]])).to.deep.equal([
      { start: 0, end: 1, rules: [0], closes: [] },
      { start: 1, end: 3, rules: [0], closes: [] },
      { start: 3, end: 4, rules: [0], closes: [0] },
      { start: 4, end: 5, rules: [], closes: [] },
    ]);
  });

  it('ignores ranges that are empty, reversed, outside the text or not numbers', () => {
    const segments = segmentEvidence(4, [[r(3, 1), r(9, 12), r(NaN, 2), r(2, 2)], [r(-5, 1), r(3, 99)]]);
    expect(segments).to.deep.equal([
      { start: 0, end: 1, rules: [1], closes: [1] },
      { start: 1, end: 3, rules: [], closes: [] },
      { start: 3, end: 4, rules: [1], closes: [1] },
    ]);
  });

  it('always tiles the text exactly, whatever the ranges', () => {
    for (let trial = 0; trial < 200; trial++) {
      const length = Math.floor(Math.random() * 40);
      const rules = Array.from({ length: 5 }, () =>
        Array.from({ length: Math.floor(Math.random() * 4) }, () => {
          const a = Math.floor(Math.random() * 50) - 5;
          return r(a, a + Math.floor(Math.random() * 15));
        }),
      );
      const segments = segmentEvidence(length, rules);
      let cursor = 0;
      for (const segment of segments) {
        expect(segment.start).to.equal(cursor);
        expect(segment.end).to.be.greaterThan(segment.start);
        for (let i = segment.start; i < segment.end; i++) {
          const covering = rules.flatMap((ranges, rule) => (ranges.some(({ start, end }) => start <= i && i < end) ? [rule] : []));
          expect(segment.rules).to.deep.equal(covering);
        }
        cursor = segment.end;
      }
      expect(cursor).to.equal(length);
    }
  });
});
