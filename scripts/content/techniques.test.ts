import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { citationText } from '../../src/catalog/citation.js';
import { sectionTitles } from '../../src/catalog/sections.js';
import type { TechniqueCard } from '../../src/catalog/schema.js';
import { ContentError } from './content-error.js';
import { compileCard, generateTechniques } from './techniques.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const seedSlug = 'make-the-step-down-visibly-deliberate';
const cardFile = join(root, 'content/techniques', `${seedSlug}.md`);

/** Every text a reader sees, field by field, as the element renders it. */
function renderedTexts(card: TechniqueCard): string[] {
  return [
    card.title,
    card.summary,
    ...Object.values(sectionTitles).filter((title) => title !== sectionTitles.cta),
    `${sectionTitles.cta} ${card.cta.product}`,
    card.why,
    ...card.how,
    card.evidence.body,
    card.evidence.caveat ?? '',
    ...card.sources.map(citationText),
    card.mistake,
    card.cta.pitch,
  ];
}

/** The trial terms as issue 5 defines them (the CTA formats them; this checks the card's data). */
function termsLine({ trialDays, price, currency, interval }: TechniqueCard['cta']): string {
  const money = (value: number, digits?: number) =>
    new Intl.NumberFormat('en-US', { style: 'currency', currency, minimumFractionDigits: digits ?? (Number.isInteger(value) ? 0 : 2) }).format(value);
  const perDay = Math.round(((interval === 'month' ? price * 12 : price) / 365) * 20) / 20;
  return `${trialDays} days free, then ${money(price)}/${interval} (~${money(perDay, 2)}/day)`;
}

describe('the seed card', () => {
  it('keeps every line of the seed word for word', async () => {
    const seed = await readFile(join(root, 'data/seed', `${seedSlug}.txt`), 'utf8');
    const compiled = compileCard(`content/techniques/${seedSlug}.md`, await readFile(cardFile, 'utf8'));
    const texts = renderedTexts(compiled);
    const lines = seed.split('\n').map((line) => line.trim()).filter(Boolean);
    assert.ok(lines.length >= 18, 'the seed file was read');
    for (const line of lines) {
      let sentence = line.replace(/^- /, '');
      // The seed ends the evidence with its strength in brackets: the card shows it as a badge.
      const strength = /^(.*) \((experimental|meta-analytic|observational|expert-opinion)\)$/.exec(sentence);
      if (strength) {
        assert.equal(compiled.evidence.strength, strength[2]);
        sentence = strength[1]!;
      }
      if (/days free, then/.test(sentence)) {
        assert.equal(`${termsLine(compiled.cta)}.`, sentence);
        continue;
      }
      assert.ok(
        texts.some((text) => text === sentence || text.split('\n\n').includes(sentence) || text.includes(sentence)),
        `seed line missing from the compiled card: ${sentence}`,
      );
    }
    // Whole fields, not fragments: the title, summary, steps and source line match exactly.
    assert.equal(compiled.title, lines[0]);
    assert.equal(compiled.summary, lines[1]);
    assert.deepEqual(compiled.how, lines.filter((l) => l.startsWith('- ') && !l.includes('(1975)')).map((l) => l.slice(2)));
    assert.equal(citationText(compiled.sources[0]!), lines.find((l) => l.startsWith('- Cialdini'))!.slice(2));
    assert.deepEqual(compiled.sources[0]!.authors.length, 6);
    assert.equal(compiled.sources[0]!.doi, '10.1037/h0076284');
  });

  it('is what `npm run content` writes into the catalog module', async () => {
    const [module] = await generateTechniques(join(root, 'content'));
    assert.equal(module!.file, 'techniques.ts');
    assert.match(module!.source, /^export const techniques: readonly TechniqueCard\[\] = \[$/m);
    const compiled = compileCard(cardFile, await readFile(cardFile, 'utf8'));
    assert.ok(module!.source.includes(JSON.stringify(compiled)), 'the seed card is in the module, compact');
  });
});

describe('a broken card fails the build, naming file, field and problem', async () => {
  const good = await readFile(cardFile, 'utf8');
  const file = 'content/techniques/broken-card.md';
  const broken = (from: string | RegExp, to: string) => {
    const text = good.replace(from, to);
    assert.notEqual(text, good, `the test edit ${String(from)} applies`);
    return text;
  };
  const cases: [string, string, string, RegExp][] = [
    ['an unknown heading', broken('## Common mistake', '## Pitfalls'), '"## Pitfalls" (line 47)', /unknown heading; a card has "## Why it works"/],
    ['a missing section', broken(/## Why it works\n\n[^\n]+\n/, ''), '"## Why it works"', /missing section/],
    ['a bad evidence strength', broken('strength: observational', 'strength: anecdotal'), 'evidence.strength', /expected one of "experimental", "meta-analytic", "observational", "expert-opinion", got "anecdotal"/],
    ['a bad DOI', broken('doi: 10.1037/h0076284', 'doi: h0076284'), 'sources[0].doi', /must be a DOI such as 10\.1037\/h0076284/],
    ['a year that is not a number', broken('year: 1975', 'year: "1975"'), 'sources[0].year', /expected number, got "1975"/],
    ['a source without a title', broken('    title: Reciprocal concessions procedure\n', ''), 'sources[0].title', /is required/],
    ['a non-http source url', broken('doi: 10.1037/h0076284', 'url: "javascript:alert(1)"'), 'sources[0].url', /not an http\(s\) address/],
    ['a currency that is no ISO code', broken('currency: USD', 'currency: dollars'), 'cta.currency', /ISO 4217/],
    ['an unknown front matter field', broken('cta:\n', 'title: Sneaky\ncta:\n'), 'title', /prose belongs in the Markdown body/],
    ['sources written as a section', broken('## Common mistake', '## Sources\n\n- x\n\n## Common mistake'), '"## Sources" (line 47)', /under `sources:` in the front matter/],
    ['a duplicate section', broken('## Common mistake', '## Why it works\n\nAgain.\n\n## Common mistake'), '"## Why it works" (line 47)', /appears twice/],
    ['inline HTML', broken('A concession that is', 'A <img src=x onerror=alert(1)> concession that is'), '"<img src=x onerror=alert(1)>"', /HTML is not allowed/],
    ['a link in prose', broken('act of accommodation', '[act](javascript:alert(1)) of accommodation'), '"[act](javascript:alert(1))"', /links are not allowed/],
    ['an entity', broken('vs. perceptual', '&amp; perceptual'), '"The relative contribution of reciprocal …"', /type the character itself/],
    ['a list outside the steps', broken('Presenting the second', '- Presenting the second'), 'list (line 49)', /only "## How to do it" holds a list/],
    ['steps as a paragraph', broken(/\n- After/, '\nAfter'), 'paragraph (line 35)', /holds only its list of steps/],
    ['a product that disagrees', broken('## Practice this with IX Coach', '## Practice this with Other'), '"## Practice this with …"', /names "Other" but cta.product is "IX Coach"/],
    ['no front matter', good.slice(good.indexOf('\n---\n') + 5), 'front matter', /must start with YAML front matter/],
    ['invalid YAML', broken('year: 1975', 'year: [1975'), 'front matter', /./],
    ['no title', broken('# Make the step-down visibly deliberate\n', ''), '"# title"', /must start with the title/],
    ['a two-paragraph summary', broken('reciprocity weight.\n', 'reciprocity weight.\n\nMore.\n'), 'summary (the paragraph under the title)', /exactly one paragraph, found 2/],
  ];
  for (const [name, markdown, field, problem] of cases) {
    it(name, () => {
      assert.throws(
        () => compileCard(file, markdown),
        (error: unknown) => {
          assert.ok(error instanceof ContentError, String(error));
          assert.equal(error.file, file);
          assert.equal(error.field, field);
          assert.match(error.problem, problem);
          assert.equal(error.message, `${file}: ${field}: ${error.problem}`);
          return true;
        },
      );
    });
  }
});
