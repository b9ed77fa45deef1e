import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { checkScript, type CheckResult } from './index.js';

/** Every promise the result makes, whatever the input. */
function expectValid(script: string, result: CheckResult) {
  // A script mostly in another language is named and not judged: no rules, nothing to check below.
  if (result.verdict === 'other-language') {
    expect(result.language, 'the language it was read as').to.match(/^[a-z]{2,3}$/).and.not.equal('en');
    expect(result.rules).to.deep.equal([]);
    return;
  }
  expect(result.language).to.equal('en');
  expect(result.rules).to.have.length(5);
  for (const r of result.rules) {
    expect(r.message).to.be.a('string').and.not.empty;
    let previousEnd = -1;
    for (const { start, end } of r.evidence) {
      expect(Number.isInteger(start) && Number.isInteger(end), 'integer offsets').to.be.true;
      expect(start, 'start inside').to.be.at.least(0);
      expect(end, 'end inside').to.be.at.most(script.length);
      expect(start, 'non-empty range').to.be.below(end);
      // Sorted and non-overlapping, so the element can highlight them in one pass.
      expect(start, 'sorted, not overlapping').to.be.above(previousEnd - 1);
      previousEnd = end;
    }
    if (r.id === 'single-step-down' ? !r.passed : r.passed) {
      if (r.id !== 'single-step-down') expect(r.evidence, `${r.id} evidence`).to.not.be.empty;
    }
  }
  const passed = new Map(result.rules.map((r) => [r.id, r.passed]));
  const expected = !/\S/.test(script)
    ? 'empty'
    : [...passed.values()].every(Boolean)
      ? 'deliberate'
      : !passed.get('acknowledges-refusal') && !passed.get('names-concession') && !passed.get('references-first-request')
        ? 'invisible'
        : 'partial';
  expect(result.verdict).to.equal(expected);
}

const sentences = [
  'I understand — that was a big ask.',
  "Let me come down from what I asked: could you do $100 instead of $1,000?",
  'Could you do $300? Or $200? Even $50 would help.',
  "I don't understand why that's too much.",
  'You said "fair enough" but nothing changed.',
  'np, could u read one page?',
];

describe('robustness', function () {
  // These check that any input gives a valid result, not how fast (that is `npm run bench`):
  // WebKit needs ~10 s for the 4 MB script on 2 busy cores, Chromium and Firefox ~1 s.
  this.timeout(60_000);

  const hostile: [string, string][] = [
    ['empty', ''],
    ['whitespace', ' \n\t\r\u00a0\u2028 '],
    ['1 MB of prose', sentences.join(' ').repeat(Math.ceil(1_000_000 / sentences.join(' ').length))],
    ['1 MB of one letter', 'a'.repeat(1_000_000)],
    ['1 MB of spaces then a word', `${' '.repeat(1_000_000)}could you?`],
    ['1 MB of numbers', '1 '.repeat(500_000)],
    // More evidence than one call's arguments can carry, in a rule that counts another's.
    ['4 MB of step-downs said out loud', 'Let me scale that back. '.repeat(170_000)],
    ['emoji', '🙏 I understand 👍🏽 — could you do $50? 🎉🎉'],
    ['right-to-left text', 'أفهم ذلك. هل يمكنك المساعدة؟ I understand, could you help?'],
    ['control characters', 'I\u0000 understand\u0007\u001b[31m could\u0008 you?\u007f'],
    ['lone surrogates', '\ud800I understand\udfff could you \ud83d?'],
    ['unmatched quotes', '"I understand. Could you help?'],
    ['growing lower case', 'İ UNDERSTAND. İ COULD — COULD YOU?'],
    ['only punctuation', '?!?!...———'],
  ];
  for (const [name, script] of hostile) {
    const test = it(`returns a valid result for ${name}`, () => expectValid(script, checkScript(script)));
    // WebKit took over 60 s for the 4 MB script once, with the machine's load at 8 (two suites at once).
    if (script.length > 2_000_000) test.timeout(180_000);
  }

  it('tolerates a missing, null or odd firstRequest and a non-string script', () => {
    expectValid('Could you help?', checkScript('Could you help?', { firstRequest: '' }));
    expectValid('Could you help?', checkScript('Could you help?', null as never));
    expectValid('Could you help?', checkScript('Could you help?', { firstRequest: '\ud800🙏' }));
    const result = checkScript(undefined as never);
    expect(result.verdict).to.equal('empty');
  });

  it('keeps offsets on the original text when spelling out shorthand', () => {
    const script = 'ty, np! u r right, could u do $5?';
    const result = checkScript(script);
    expectValid(script, result);
    for (const r of result.rules) for (const e of r.evidence) expect(script.slice(e.start, e.end).trim()).to.not.equal('');
  });

  it('never throws on random strings, and keeps every promise (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.option(fc.string({ maxLength: 60 })), (script, first) => {
        expectValid(script, checkScript(script, first === null ? undefined : { firstRequest: first }));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every promise on random mixes of realistic phrases (property)', () => {
    const piece = fc.constantFrom(
      ...sentences,
      ' ',
      '"',
      '’',
      ', or even ',
      ' not ',
      '?',
      '$20',
      'half',
      '\n',
      'u',
      'np',
      '🙏',
      '\ud800',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const script = pieces.join('');
        expectValid(script, checkScript(script));
      }),
      { numRuns: 300 },
    );
  });
});
