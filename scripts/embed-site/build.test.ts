/**
 * The embed site as a host serves it and a consumer reads it: built once into a temporary folder
 * for a base URL with a path (as a CDN folder would be), then every page, oEmbed document, social
 * image and header checked from the files alone.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Ajv } from 'ajv';
import { integrityOf } from '../bundle-info.mjs';
import { buildEmbedSite } from './build.js';
import { fallbackHeight } from './measure.js';
import { parseHeaders } from './preview-headers.mjs';
import { embedBase, embedWidth } from './site-config.js';

const base = 'https://embed.example.test/ix/';
const out = mkdtempSync(join(tmpdir(), 'ix-embed-site-'));
const read = (path: string) => readFileSync(join(out, path), 'utf8');
let cards: readonly { slug: string; title: string; summary: string }[] = [];

before(async () => {
  await buildEmbedSite({ outDir: out, base, measure: false });
  ({ techniques: cards } = await import('../../src/generated/techniques.js'));
});
after(() => rmSync(out, { recursive: true, force: true }));

/** `<meta property|name="key" content="…">` values of a page, by key. */
function metaTags(html: string): Map<string, string> {
  const unescape = (text: string) => text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  return new Map([...html.matchAll(/<meta (?:property|name)="([^"]+)" content="([^"]*)">/g)].map((m) => [m[1]!, unescape(m[2]!)]));
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
  assert.equal(bytes.subarray(12, 16).toString('latin1'), 'IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Every embeddable page; a card's title and summary are the card's own (the others' are read back). */
const embeddable = (): { path: string; title?: string; summary?: string }[] => [
  ...cards.map((card) => ({ path: `card/${card.slug}/`, title: card.title, summary: card.summary })),
  { path: 'checker/' },
  { path: 'trial/' },
];

describe('the embed site (dist-embed/)', () => {
  it('has a page, two oEmbed documents and a social image for every card, the checker and the trial', () => {
    for (const { path } of embeddable()) {
      for (const file of ['index.html', 'oembed.json', 'oembed.xml', 'social.png']) assert.ok(existsSync(join(out, path, file)), `${path}${file}`);
    }
    for (const file of ['index.html', 'go/index.html', 'ix-widgets.js', 'embed.js', 'embed.css', 'parent.js', '_headers']) assert.ok(existsSync(join(out, file)), file);
  });

  it('serves the very bundle the CDN serves, and pins it and embed.js with their integrity hashes', () => {
    assert.ok(readFileSync(join(out, 'ix-widgets.js')).equals(readFileSync('dist/ix-widgets.js')), 'the same bytes as dist/ix-widgets.js');
    for (const { path } of embeddable()) {
      const html = read(`${path}index.html`);
      for (const file of ['embed.js', 'ix-widgets.js']) {
        const hash = integrityOf(readFileSync(join(out, file)));
        assert.match(html, new RegExp(`<script type="module" src="(\\.\\./)+${file.replace('.', '\\.')}" integrity="${hash.replace(/[+/]/g, '\\$&')}" crossorigin="anonymous"></script>`), `${path} loads ${file} with SRI`);
      }
      // The page script first: the element upgrades with its options already set.
      assert.ok(html.indexOf('embed.js') < html.indexOf('ix-widgets.js'));
    }
  });

  it('has no inline script, no inline style and no event-handler attribute on any page', () => {
    for (const path of [...embeddable().map((p) => p.path), 'go/', '']) {
      const html = read(`${path}index.html`);
      for (const script of html.match(/<script\b[^>]*>/g) ?? []) assert.match(script, / src="/, `${path}: ${script}`);
      assert.doesNotMatch(html, /<style\b/i, `${path}: a <style> element`);
      assert.doesNotMatch(html, /\sstyle="/i, `${path}: a style attribute`);
      assert.doesNotMatch(html, /\son[a-z]+="/i, `${path}: an event-handler attribute`);
      assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self' https:\/\/embed\.example\.test;/);
    }
  });

  it('links both oEmbed documents and carries Open Graph and Twitter tags with the card’s own words', () => {
    for (const { path, title, summary } of embeddable()) {
      const html = read(`${path}index.html`);
      const url = `${base}${path}`;
      assert.ok(html.includes(`<link rel="alternate" type="application/json+oembed" href="${url}oembed.json"`), `${path} JSON discovery`);
      assert.ok(html.includes(`<link rel="alternate" type="text/xml+oembed" href="${url}oembed.xml"`), `${path} XML discovery`);
      assert.ok(html.includes(`<link rel="canonical" href="${url}">`));
      const meta = metaTags(html);
      const doc = JSON.parse(read(`${path}oembed.json`)) as { title: string };
      assert.equal(meta.get('og:title'), title ?? doc.title);
      if (summary) assert.equal(meta.get('og:description'), summary);
      assert.equal(meta.get('description'), meta.get('og:description'));
      assert.equal(meta.get('og:url'), url);
      assert.equal(meta.get('og:image'), `${url}social.png`);
      assert.deepEqual([meta.get('og:image:width'), meta.get('og:image:height')], ['1200', '630']);
      assert.equal(meta.get('twitter:card'), 'summary_large_image');
      assert.equal(meta.get('twitter:title'), meta.get('og:title'));
      assert.equal(meta.get('twitter:description'), meta.get('og:description'));
      assert.equal(meta.get('twitter:image'), meta.get('og:image'));
      assert.ok(meta.get('og:image:alt') && meta.get('twitter:image:alt'));
    }
  });

  it('writes valid oEmbed rich documents: a titled frame that fits, the provider, and a plain-HTML fallback', () => {
    const ajv = new Ajv({ allErrors: true });
    ajv.addFormat('uri', (text: string) => URL.canParse(text));
    const validate = ajv.compile(JSON.parse(readFileSync('scripts/embed-site/oembed-rich.schema.json', 'utf8')) as object);
    for (const { path, title, summary } of embeddable()) {
      const doc = JSON.parse(read(`${path}oembed.json`)) as Record<string, string | number>;
      assert.ok(validate(doc), `${path}oembed.json: ${ajv.errorsText(validate.errors)}`);
      const url = `${base}${path}`;
      const html = String(doc.html);
      const frame = /<iframe src="([^"]+)" width="(\d+)" height="(\d+)" title="([^"]+)"[^>]*><\/iframe>$/.exec(html);
      assert.ok(frame, `${path}: the html ends with the frame`);
      assert.equal(frame[1], url);
      assert.deepEqual([Number(frame[2]), Number(frame[3])], [doc.width, doc.height]);
      assert.equal(doc.width, embedWidth);
      assert.equal(doc.height, fallbackHeight, 'unmeasured, the build offers the fallback height');
      assert.match(frame[4]!, /\S/);
      // WordPress keeps a blockquote only before the frame; its words are the card's.
      const quote = /^<blockquote data-ix-embed-fallback><a href="([^"]+)">([^<]+)<\/a>: ([^<]+)<\/blockquote><iframe/.exec(html);
      assert.ok(quote, `${path}: the html starts with the fallback`);
      assert.equal(quote[1], url);
      if (title) assert.equal(quote[2], title);
      if (summary) assert.equal(quote[3], summary);
      assert.equal(doc.provider_name, 'IX Coach');
      assert.equal(doc.thumbnail_url, `${url}social.png`);
      // The XML form says the same, field by field.
      const xml = read(`${path}oembed.xml`);
      assert.match(xml, /^<\?xml version="1.0" encoding="utf-8" standalone="yes"\?>\n<oembed>\n/);
      for (const [key, value] of Object.entries(doc)) {
        const field = new RegExp(`<${key}>([^<]*)</${key}>`).exec(xml)?.[1];
        assert.equal(field?.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&'), String(value), `${path}oembed.xml <${key}>`);
      }
    }
  });

  it('draws a 1200×630 PNG social image per embeddable page, each its own', () => {
    const images = embeddable().map(({ path }) => readFileSync(join(out, path, 'social.png')));
    for (const image of images) assert.deepEqual(pngSize(image), { width: 1200, height: 630 });
    assert.equal(new Set(images.map((image) => integrityOf(image))).size, images.length, 'different pages, different images');
  });

  it('names the headers a host must send: cross-origin for the sandbox, the policy with frame-ancestors, oEmbed types', () => {
    const rules = parseHeaders(read('_headers'));
    const headersFor = (path: string) => Object.assign({}, ...rules.filter((rule) => rule.pattern.test(path)).map((rule) => rule.headers)) as Record<string, string>;
    const page = headersFor('/card/x/');
    assert.equal(page['access-control-allow-origin'], '*');
    assert.match(page['content-security-policy']!, /frame-ancestors \*$/);
    assert.equal(headersFor('/card/x/oembed.json')['content-type'], 'application/json+oembed; charset=utf-8');
    assert.equal(headersFor('/trial/oembed.xml')['content-type'], 'text/xml+oembed; charset=utf-8');
  });
});

describe('IX_EMBED_BASE', () => {
  it('defaults to the preview server and gains its final slash', () => {
    assert.equal(embedBase(''), 'http://localhost:4174/');
    assert.equal(embedBase('https://cdn.example.org/embed'), 'https://cdn.example.org/embed/');
  });
  it('refuses what cannot be a site’s base, saying why', () => {
    assert.throws(() => embedBase('embed.example.org'), /is not an absolute URL/);
    assert.throws(() => embedBase('ftp://embed.example.org/'), /must be an http or https URL/);
    assert.throws(() => embedBase('https://embed.example.org/?x=1'), /must not carry a query/);
  });
});
