import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { expandSource } from '../../src/checker/match.js';
import { compilePack, generateCheckerPacks } from './checker-packs.js';
import { ContentError } from './content-error.js';

const FILE = 'content/checkers/test.yaml';
const real = parse(
  readFileSync(new URL('../../content/checkers/make-the-step-down-visibly-deliberate.yaml', import.meta.url), 'utf8'),
) as { rules: Record<string, unknown>[]; terms: Record<string, string> };

/** A minimal valid pack; `change` breaks one thing. */
function pack(change: (p: Record<string, unknown> & { rules: Record<string, unknown>[] }) => void = () => {}) {
  const p = {
    technique: 'test-technique',
    terms: { adv: '(?:really )?' },
    rules: [
      {
        id: 'says-hello',
        passWhen: 'found',
        patterns: ['{adv}hello'],
        pass: 'You say hello.',
        fail: 'You never say hello.',
        fix: 'Say “hello”.',
        examples: { mustMatch: ['Hello there'], mustNotMatch: ['Goodbye'] },
      },
    ],
    verdicts: [{ verdict: 'deliberate', allPass: '*' }, { verdict: 'partial' }],
  };
  change(p);
  return p;
}

function expectContentError(raw: unknown, field: string, problem: RegExp) {
  assert.throws(
    () => compilePack(FILE, raw),
    (error: unknown) => {
      assert.ok(error instanceof ContentError, String(error));
      assert.equal(error.file, FILE);
      assert.equal(error.field, field);
      assert.match(error.problem, problem);
      return true;
    },
  );
}

test('the shipped pack compiles and keeps its five rules in order', () => {
  const { pack: compiled, examples } = compilePack('content/checkers/make-the-step-down-visibly-deliberate.yaml', real);
  assert.deepEqual(
    compiled.rules.map((r) => r.id),
    ['acknowledges-refusal', 'names-concession', 'references-first-request', 'single-step-down', 'makes-smaller-ask'],
  );
  assert.equal(examples.length, 5);
  assert.ok(examples.every((e) => e.mustMatch.length && e.mustNotMatch.length));
});

test('a valid minimal pack compiles, keeping patterns as authored', () => {
  const { pack: compiled } = compilePack(FILE, pack());
  assert.equal(compiled.rules[0]!.patterns, '{adv}hello');
  assert.equal(compiled.rules[0]!.passWhenFound, true);
});

test('a sentence-start ^ moves its phrase to atStart; a broken anchored pattern names its field', () => {
  const { pack: compiled } = compilePack(FILE, pack((p) => (p.rules[0]!.patterns = ['^{adv}hello', 'bye', '(?:^|, )hi'])));
  // Stored with each "(?:" written "(" (smaller in the bundle); the engine reads it back.
  assert.equal(compiled.rules[0]!.patterns, 'bye|(^|, )hi');
  assert.equal(expandSource(compiled.rules[0]!.patterns, {}), 'bye|(?:^|,\\s)hi');
  assert.deepEqual(compiled.rules[0]!.atStart, { patterns: '{adv}hello' });
  expectContentError(pack((p) => (p.rules[0]!.patterns = ['fine', '^(?:hello'])), 'rules[0].patterns[1]', /does not compile/);
});

test('a pattern that does not compile names the file and field', () => {
  expectContentError(pack((p) => (p.rules[0]!.patterns = ['fine', 'broken (group'])), 'rules[0].patterns[1]', /does not compile/);
});

test('a capturing group is refused: the compiled pack writes every group as a bare "("', () => {
  expectContentError(pack((p) => (p.rules[0]!.patterns = ['(hello) there'])), 'rules[0].patterns[0]', /capturing group/);
  assert.doesNotThrow(() => compilePack(FILE, pack((p) => (p.rules[0]!.patterns = ['(?:hello) [(]there\\(']))));
});

test('a pattern that matches the empty string is refused', () => {
  expectContentError(pack((p) => (p.rules[0]!.patterns = ['(?:hello)?'])), 'rules[0].patterns[0]', /empty string/);
});

test('an unknown {term} is refused', () => {
  expectContentError(pack((p) => (p.rules[0]!.patterns = ['{missing} hello'])), 'rules[0].patterns[0]', /unknown term \{missing\}/);
});

test('a back-reference is refused (WebKit matches them differently under the u flag)', () => {
  for (const source of ['^(?=(?<clause>[^.?]*))\\k<clause>\\?', '(a)\\1']) {
    expectContentError(pack((p) => (p.rules[0]!.patterns = [source])), 'rules[0].patterns[0]', /back-reference/);
  }
  // A digit or k after an escaped backslash is not one.
  assert.doesNotThrow(() => compilePack(FILE, pack((p) => (p.rules[0]!.patterns = ['hello\\\\1 \\\\k']))));
});

test('a space inside [...] is refused (the engine reads spaces as whitespace runs)', () => {
  expectContentError(pack((p) => (p.rules[0]!.patterns = ['scaled[ -]down'])), 'rules[0].patterns[0]', /space inside/);
});

test('a missing message, bad passWhen or missing examples names the field', () => {
  expectContentError(pack((p) => delete p.rules[0]!.fail), 'rules[0].fail', /./);
  expectContentError(pack((p) => (p.rules[0]!.passWhen = 'sometimes')), 'rules[0].passWhen', /./);
  expectContentError(pack((p) => (p.rules[0]!.examples = { mustMatch: [], mustNotMatch: ['x'] })), 'rules[0].examples.mustMatch', /./);
});

test('a rule with nothing to find is refused', () => {
  expectContentError(pack((p) => delete p.rules[0]!.patterns), 'rules[0]', /patterns, mentions or detectors/);
});

test('a verdict naming an unknown rule, or a conditional last verdict, is refused', () => {
  expectContentError(
    pack((p) => (p.verdicts = [{ verdict: 'invisible', allFail: ['nope'] }, { verdict: 'partial' }])),
    'verdicts[0].allFail[0]',
    /no rule "nope"/,
  );
  expectContentError(pack((p) => (p.verdicts = [{ verdict: 'deliberate', allPass: '*' }])), 'verdicts[0]', /fallback/);
});

test('a broken detector regex names the detector field', () => {
  expectContentError(
    pack((p) =>
      (p.rules[0]!.detectors = [
        { kind: 'descending-quantities', notOfferBefore: 'instead of', notOfferAfter: '(oops', between: 'or' },
      ]),
    ),
    'rules[0].detectors[0].notOfferAfter',
    /does not compile/,
  );
  expectContentError(
    pack((p) => (p.rules[0]!.detectors = [{ kind: 'echoes-option', option: 'firstRequest', outsideSentencesWith: 'myself|(oops' }])),
    'rules[0].detectors[0].outsideSentencesWith',
    /does not compile/,
  );
});

test('a detector naming an unknown rule names its field', () => {
  expectContentError(pack((p) => (p.rules[0]!.detectors = [{ kind: 'evidence-of', rule: 'says-bye' }])), 'rules[0].detectors[0].rule', /no rule "says-bye"/);
  expectContentError(
    pack((p) => (p.rules[0]!.detectors = [{ kind: 'echoes-option', option: 'firstRequest', outsideEvidenceOf: 'says-bye' }])),
    'rules[0].detectors[0].outsideEvidenceOf',
    /no rule "says-bye"/,
  );
});

test('duplicate rule ids are refused', () => {
  expectContentError(pack((p) => p.rules.push({ ...p.rules[0]! })), 'rules[1].id', /duplicate/);
});

test('generation reads every pack file and reports broken YAML by file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ix-packs-'));
  mkdirSync(join(dir, 'checkers'));
  writeFileSync(join(dir, 'checkers', 'good.json'), JSON.stringify(pack()));
  const modules = await generateCheckerPacks(dir);
  assert.match(modules.find((m) => m.file === 'checker-packs.ts')!.source, /"test-technique"/);
  assert.match(modules.find((m) => m.file === 'checker-pack-examples.ts')!.source, /Hello there/);

  writeFileSync(join(dir, 'checkers', 'bad.yaml'), 'rules: [unclosed');
  await assert.rejects(generateCheckerPacks(dir), (error: unknown) => {
    assert.ok(error instanceof ContentError);
    assert.equal(error.file, 'content/checkers/bad.yaml');
    return true;
  });
});
