/**
 * How the built-in catalog scales: compile 500 varied cards into the catalog module, minify it
 * with the bundle's minifier, and print what each card adds to the bundle (raw and gzip). The
 * figures are printed, not asserted against a time or size budget (that is a benchmark's job);
 * the test asserts only that every card made it into the catalog intact.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { minify, transformWithOxc } from 'vite';
import type { TechniqueCard } from '../../src/catalog/schema.js';
import { compileCard, techniquesModule } from './techniques.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const seedFile = join(root, 'content/techniques/make-the-step-down-visibly-deliberate.md');

/** Deterministic word shuffles of the seed's prose: realistic length and vocabulary, no repeats. */
function variantCards(seed: TechniqueCard, count: number): TechniqueCard[] {
  let state = 20240611;
  const random = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const shuffle = (text: string) => {
    const words = text.split(' ');
    for (let i = words.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [words[i], words[j]] = [words[j]!, words[i]!];
    }
    return words.join(' ');
  };
  return Array.from({ length: count }, (_, n) => ({
    ...seed,
    slug: `technique-${n}-${shuffle('alpha beta gamma delta').replaceAll(' ', '-')}`,
    title: shuffle(seed.title),
    summary: shuffle(seed.summary),
    why: shuffle(seed.why),
    how: seed.how.map(shuffle),
    evidence: { ...seed.evidence, body: shuffle(seed.evidence.body), caveat: shuffle(seed.evidence.caveat!) },
    sources: seed.sources.map((source) => ({ ...source, year: 1950 + (n % 70), title: shuffle(source.title) })),
    mistake: shuffle(seed.mistake),
    cta: { ...seed.cta, pitch: shuffle(seed.cta.pitch) },
  }));
}

async function bundledBytes(cards: TechniqueCard[]) {
  const { code: js } = await transformWithOxc(techniquesModule(cards), 'techniques.ts', { lang: 'ts' });
  const { code } = await minify('techniques.js', js, { compress: true, mangle: true });
  return { raw: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length, code };
}

it('a catalog of 500 cards costs a bounded, reported number of bytes per card', async () => {
  const seed = compileCard(seedFile, await readFile(seedFile, 'utf8'));
  const one = await bundledBytes([seed]);
  const many = await bundledBytes([seed, ...variantCards(seed, 499)]);
  const perCard = { raw: (many.raw - one.raw) / 499, gzip: (many.gzip - one.gzip) / 499 };
  const seedOnly = { raw: one.raw, gzip: one.gzip };
  console.log(
    `catalog: 1 card = ${seedOnly.raw} B raw / ${seedOnly.gzip} B gzip; 500 cards = ${many.raw} B raw / ${many.gzip} B gzip; ` +
      `each further card ≈ ${perCard.raw.toFixed(0)} B raw / ${perCard.gzip.toFixed(0)} B gzip`,
  );
  // Every card is in the minified module, slug and all.
  for (const card of variantCards(seed, 499)) assert.ok(many.code.includes(card.slug), card.slug);
  // A card costs about its own prose: nothing per card beyond the JSON of its fields.
  assert.ok(perCard.raw < JSON.stringify(seed).length * 1.05, `per card ${perCard.raw} B raw`);
});
