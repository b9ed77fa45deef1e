/**
 * The platforms table (src/embed/platforms.ts) and what it gives on each: one form per platform,
 * the right code for that form, the same in the CLI, the README's table made from the data, and
 * links whose options the embed page reads back exactly.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { elementOptions, type ManifestLike } from '../src/embed/element-options.js';
import { checkConfig, configFromQuery, type EmbedConfig } from '../src/embed/embed-config.js';
import { embedPageUrl } from '../src/embed/embed-page-url.js';
import { platformEmbed } from '../src/embed/platform-embed.js';
import { platformById, platforms, platformTable } from '../src/embed/platforms.js';
import { embedSnippet } from '../src/embed/snippet.js';
import { readQuery } from '../src/embed-page/page-options.js';
import { snippetFor } from './embed-snippet.js';

const slug = 'make-the-step-down-visibly-deliberate';
const manifest = JSON.parse(await readFile('custom-elements.json', 'utf8')) as ManifestLike;
const options = elementOptions(manifest);
const release = { version: '1.2.3', integrity: 'sha384-abc' };
const card: EmbedConfig = { element: 'ix-technique-card', attributes: { technique: slug, variant: 'full' }, provider: { price: '30' }, tokens: { '--ix-color-accent': '#b00020' } };
const snippetOf = (config: EmbedConfig) => embedSnippet(checkConfig(config, options).spec, release);

describe('where it will be pasted', () => {
  it('names every platform the issue lists, once, each with one form and a reason', () => {
    const ids = platforms.map((p) => p.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ['wordpress-admin', 'wordpress-author', 'wordpress-com-free', 'wordpress-com-business', 'ghost', 'medium', 'substack', 'notion', 'webflow', 'squarespace', 'wix', 'static']) {
      assert.ok(ids.includes(id), id);
    }
    for (const p of platforms) assert.ok(p.name && p.where.startsWith('in ') !== undefined && p.why.length > 40, p.id);
    assert.deepEqual([...new Set(platforms.map((p) => p.form))].sort(), ['iframe', 'link', 'script']);
  });

  it('gives the script snippet where scripts survive, the card page’s address where only links do, a frame on Wix', () => {
    const snippet = snippetOf(card);
    assert.equal(platformEmbed('wordpress-admin', card, options, snippet).code, snippet);
    assert.equal(platformEmbed('ghost', card, options, snippet).code, snippet);
    const link = platformEmbed('wordpress-author', card, options, snippet, 'https://embed.example.org/').code;
    assert.equal(link, `https://embed.example.org/card/${slug}/?variant=full&provider.price=30&--ix-color-accent=%23b00020`);
    const frame = platformEmbed('wix', card, options, snippet, 'https://embed.example.org/').code;
    assert.match(frame, new RegExp(`^<iframe src="https://embed\\.example\\.org/card/${slug}/\\?variant=full&amp;provider\\.price=30&amp;--ix-color-accent=%23b00020" title="Make the step-down visibly deliberate — IX Coach"`));
    assert.match(frame, /<script src="https:\/\/embed\.example\.org\/parent\.js" async><\/script>$/);
  });

  it('says plainly where no form shows the live card, and why', () => {
    for (const id of ['wordpress-com-free', 'medium', 'substack']) {
      const { advice, platform } = platformEmbed(id, card, options, '');
      assert.notEqual(platform.shows, 'live card');
      assert.match(advice, /not the live card|no form shows the live card/);
    }
    assert.match(platformById('wordpress-com-free').why, /nothing shows the live card/);
  });

  it('names what readers see: the checker and the trial offer are not cards', () => {
    const checker: EmbedConfig = { element: 'ix-concession-checker', attributes: {}, tokens: {} };
    const trial: EmbedConfig = { element: 'ix-trial-cta', attributes: {}, tokens: {} };
    for (const id of platforms.map((p) => p.id)) {
      for (const [config, thing] of [[checker, 'checker'], [trial, 'trial offer']] as const) {
        const { advice } = platformEmbed(id, config, options, '');
        assert.doesNotMatch(advice.replace(/\b(an HTML|a bookmark) card\b/g, ''), /\bcard\b/, `${id}: ${advice}`);
        assert.match(advice, new RegExp(`live ${thing}\\b`), `${id}: ${advice}`);
      }
    }
    assert.match(platformEmbed('ghost', checker, options, '').advice, /readers see the live checker\./);
    assert.match(platformEmbed('wordpress-author', trial, options, '').advice, /readers see the live trial offer\..*shows the trial offer in its own sandboxed frame/);
    assert.match(platformEmbed('medium', checker, options, '').advice, /not the live checker/);
    assert.match(platformEmbed('wordpress-com-free', trial, options, '').advice, /no form shows the live trial offer there/);
    // The card keeps its own words.
    assert.match(platformEmbed('ghost', card, options, '').advice, /readers see the live card\./);
  });

  it('refuses an unknown platform and a card page for a card that has none, naming what exists', () => {
    assert.throws(() => platformById('myspace'), /unknown platform "myspace"; known: wordpress-admin, /);
    const fromSource: EmbedConfig = { element: 'ix-technique-card', attributes: { src: '/card.json' }, tokens: {} };
    assert.throws(() => embedPageUrl(fromSource, options), /a card page needs a technique/);
  });

  it('links the checker’s and the trial’s own pages', () => {
    assert.equal(embedPageUrl({ element: 'ix-trial-cta', attributes: { price: '30' }, tokens: {} }, options, 'https://e.example/'), 'https://e.example/trial/?price=30');
    assert.equal(embedPageUrl({ element: 'ix-concession-checker', attributes: {}, tokens: {} }, options, 'https://e.example/'), 'https://e.example/checker/');
  });

  it('makes links whose every option the embed page reads back, by the builder link’s names', () => {
    const query = `element=ix-technique-card&technique=${slug}&variant=compact&sections=why,cta&heading-level=4&no-structured-data&theme=dark&provider&provider.price=30&provider.currency=EUR&--ix-color-accent=%23b00020`;
    const { config } = configFromQuery(query, options);
    const url = new URL(embedPageUrl(config, options));
    const card = options.get('ix-technique-card')!;
    const read = readQuery(url.searchParams, {
      attributes: card.attributes.map((a) => a.name).filter((n) => n !== 'technique' && n !== 'src'),
      provider: options.get('ix-provider')!.attributes.map((a) => a.name),
      tokens: card.tokens.map((t) => t.name),
    });
    assert.deepEqual(read.ignored, []);
    assert.deepEqual(read.attributes, [['variant', 'compact'], ['sections', 'why,cta'], ['heading-level', '4'], ['theme', 'dark'], ['no-structured-data', '']]);
    assert.deepEqual(read.provider, [['price', '30'], ['currency', 'EUR']]);
    assert.deepEqual(read.tokens, [['--ix-color-accent', '#b00020']]);
  });

  it('npm run embed -- … --for <platform> prints the advice, then the form for it', async () => {
    const out = await snippetFor([slug, '--for', 'medium', '--base', 'https://embed.example.org/']);
    const [advice, code] = out.split('\n\n');
    assert.match(advice!, /^Medium: paste the card page’s address on its own line; readers see a link preview/);
    assert.equal(code, `https://embed.example.org/card/${slug}/`);
    await assert.rejects(snippetFor([slug, '--for', 'myspace']), /unknown platform "myspace"/);
    assert.match(await snippetFor(['--platforms']), /^wordpress-admin +script +live card +Self-hosted WordPress/);
  });

  it('the README’s table is the data’s', async () => {
    const readme = await readFile('README.md', 'utf8');
    assert.ok(readme.includes(platformTable()), 'README.md has the table platformTable() makes (paste `npx tsx -e "…platformTable()"` output)');
  });
});
