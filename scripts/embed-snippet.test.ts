import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';
import type { TechniqueCard } from '../src/catalog/schema.js';
import { embedSnippet, fallbackHtml, scriptTag } from '../src/embed/snippet.js';
import { bundleInfo } from './bundle-info.mjs';
import { loadCard, snippetFor } from './embed-snippet.js';

const slug = 'make-the-step-down-visibly-deliberate';
const release = { version: '1.2.3', integrity: 'sha384-abc' };

describe('npm run embed', () => {
  it('prints the pinned bundle with its integrity hash, then the card with its plain-HTML fallback inside', async () => {
    const card = await loadCard(slug);
    const snippet = embedSnippet({ tag: 'ix-technique-card', attributes: [['technique', slug]], card }, release);
    const lines = snippet.split('\n');
    assert.equal(
      lines[0],
      '<script type="module" src="https://cdn.jsdelivr.net/npm/ix-widgets@1.2.3/dist/ix-widgets.js" integrity="sha384-abc" crossorigin="anonymous"></script>',
    );
    assert.deepEqual(lines.slice(1, 5), [
      '<style>',
      "  /* Only if your page's CSS zeroes every margin (* { margin: 0 }): keep the element off the text around it. */",
      '  /* ix-technique-card { margin-block: 1.5em; } */',
      '</style>',
    ]);
    assert.equal(lines[5], `<ix-technique-card technique="${slug}">`);
    assert.equal(lines.at(-1), '</ix-technique-card>');
    assert.ok(snippet.includes(`<h3>${card.title}</h3>`));
    assert.ok(snippet.includes('<h4>How to do it</h4>'));
    assert.ok(snippet.includes(`<li>${card.how[1]}</li>`), 'typographic quotes and dashes kept as typed');
    assert.ok(snippet.includes('<p><strong>Evidence: observational.</strong> The relative contribution'));
    assert.ok(snippet.includes('Cialdini et al. (1975), Reciprocal concessions procedure, Journal of Personality and Social Psychology <a href="https://doi.org/10.1037/h0076284" rel="noopener noreferrer">doi:10.1037/h0076284</a>'));
    assert.ok(snippet.includes('<h4>Practice this with IX Coach</h4>'));
    assert.ok(snippet.includes('7 days free, then $40/month (~$1.30/day) <a href="https://ixcoach.com/signup?utm_medium=widget&amp;utm_source=ix-widgets&amp;utm_campaign=make-the-step-down-visibly-deliberate&amp;utm_content=technique-card"'));
  });

  it('pins the hash of the built dist/ix-widgets.js and the package version', async () => {
    const out = await snippetFor([slug]);
    const info = bundleInfo();
    assert.equal(out.split('\n')[0], scriptTag(info));
    assert.match(info.integrity, /^sha384-[A-Za-z0-9+/]{64}$/);
    const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    assert.equal(info.version, pkg.version);
  });

  it('escapes every text so hostile content stays text', async () => {
    const card = await loadCard(slug);
    const hostile: TechniqueCard = {
      ...card,
      title: '<img src=x onerror=alert(1)>',
      how: ['</li></ol><script>alert(1)</script>'],
      sources: [{ authors: ['"><svg onload=alert(1)>'], year: 2000, title: 't', venue: 'v', url: 'javascript:alert(1)' }],
    };
    const html = fallbackHtml(hostile).join('\n');
    assert.ok(!/<img|<script|<svg|javascript:/i.test(html), html);
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'));
    const withHref = await snippetFor([slug, '--href', 'https://x.example/?a="b"']);
    assert.ok(withHref.includes('<ix-provider href="https://x.example/?a=&quot;b&quot;">'));
  });

  it('follows the options in the fallback: heading level, provider terms, sections in order, compact, no call to action', async () => {
    const out = await snippetFor([
      `element=ix-technique-card&technique=${slug}&heading-level=2&sections=cta,how&variant=compact&provider&provider.price=30&provider.currency=EUR&provider.locale=de-DE`,
    ]);
    assert.ok(out.includes('<ix-provider price="30" currency="EUR" locale="de-DE">'), out);
    assert.ok(out.includes(`<ix-technique-card technique="${slug}" variant="compact" sections="cta,how" heading-level="2">`), out);
    const fallback = out.slice(out.indexOf('<article>'));
    assert.ok(fallback.includes('<h2>Make the step-down visibly deliberate</h2>'));
    assert.ok(fallback.indexOf('<summary>Practice this with IX Coach</summary>') < fallback.indexOf('<summary>How to do it</summary>'), 'sections in the chosen order');
    assert.ok(!fallback.includes('Why it works'), 'only the chosen sections');
    assert.ok(fallback.includes('7 days free, then 30\u00a0€/month (~1,00\u00a0€/day)'), 'the provider’s price, currency and locale');
    const noCta = await snippetFor([`technique=${slug}&cta=none`]);
    assert.ok(!noCta.includes('Practice this with'), 'cta="none" leaves the call to action out');
  });

  it('makes any element from a builder link, theme tokens included, and leaves defaults out', async () => {
    const out = await snippetFor(['http://127.0.0.1:5173/embed.html?element=ix-trial-cta&price=30&currency=EUR&locale=de-DE&interval=month&--ix-color-accent=%23b00020&--ix-radius=0.5em']);
    const lines = out.split('\n');
    assert.deepEqual(lines.slice(1), [
      '<style>',
      '  ix-trial-cta {',
      '    --ix-color-accent: #b00020;',
      '  }',
      "  /* Only if your page's CSS zeroes every margin (* { margin: 0 }): keep the element off the text around it. */",
      '  /* ix-trial-cta { margin-block: 1.5em; } */',
      '</style>',
      '<ix-trial-cta price="30" currency="EUR" locale="de-DE">',
      lines.at(-2),
      '</ix-trial-cta>',
    ]);
    // Its first paint: the element as the bundle renders it, German prices and all, with its styles.
    assert.match(lines.at(-2)!, /^ {2}<template shadowrootmode="open"><style><!--:host\{[^<]+--><\/style><div part="base" class="base inline">.*30\s€\/month \(~1,00\s€\/day\).*<\/template>$/);
  });

  it('refuses what the elements would refuse, with their own messages', async () => {
    await assert.rejects(snippetFor([slug, '--heading-level', '9']), /<ix-technique-card> heading-level="9": must be a whole number from 2 to 6; using 3/);
    await assert.rejects(snippetFor(['element=ix-trial-cta&price=-5&href=javascript:alert(1)']), (error: Error) => {
      assert.match(error.message, /<ix-trial-cta> price="-5": must be a number ≥ 0; using 40/);
      assert.match(error.message, /<ix-trial-cta> href="javascript:alert\(1\)": must be an http\(s\) or relative link; using https:\/\/ixcoach.com\/signup/);
      return true;
    });
    await assert.rejects(snippetFor(['no-such-card']), /unknown technique "no-such-card"/);
    await assert.rejects(snippetFor(['element=ix-trial-cta&colour=red']), /<ix-trial-cta> has no attribute "colour"/);
  });

  it('prints it from the command line, exiting non-zero on a problem', async () => {
    const run = promisify(execFile);
    const tsx = new URL('../node_modules/.bin/tsx', import.meta.url).pathname;
    const script = new URL('./embed-snippet.ts', import.meta.url).pathname;
    const { stdout } = await run(tsx, [script, 'element=ix-trial-cta&layout=banner']);
    const lines = stdout.trim().split('\n');
    assert.equal(lines.at(-3), '<ix-trial-cta layout="banner">');
    assert.match(lines.at(-2)!, /<template shadowrootmode="open">.*<div part="base" class="base banner">/);
    await assert.rejects(run(tsx, [script, 'element=ix-trial-cta&currency=XYZ']), (error: { code: number; stderr: string }) => {
      assert.equal(error.code, 1);
      assert.match(error.stderr, /embed: <ix-trial-cta> currency="XYZ": must be an ISO 4217 currency code this browser knows; using USD/);
      return true;
    });
  });

  it('is what the blog-post demo embeds (the demo is regenerated when the card changes)', async () => {
    const card = await loadCard(slug);
    const demo = await readFile(new URL('../demo/blog-post.html', import.meta.url), 'utf8');
    const normalise = (text: string) => text.replace(/\s+/g, ' ');
    const fallback = normalise(fallbackHtml(card, { settings: { href: 'https://ixcoach.example/signup' } }).join('\n'));
    assert.ok(normalise(demo).includes(fallback), 'demo/blog-post.html fallback is stale: paste `npm run embed -- <slug> --href https://ixcoach.example/signup` again');
  });
});
