/**
 * A real WordPress (Debian's package, on MariaDB, served by PHP) and the built embed site on
 * local ports. An Author — no unfiltered_html — publishes a post with a card's address on its
 * own line and the card's script snippet. The saved post has lost the snippet's script, and the
 * published post shows the card in WordPress's sandboxed frame, as tall as the card at 1280 and
 * 390 px, with its call to action reaching the signup address through WordPress's embed
 * protocol — in Chromium, Firefox and WebKit.
 *
 *   npm run test:platforms        (installs the packages when missing; needs dist-embed/ built)
 *
 * Screenshots of the post: .cache/platforms/screenshots/wordpress.<engine>.<width>.png
 */
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { tsImport } from 'tsx/esm/api';
import { selectedEngines } from '../../scripts/find-browsers.mjs';
import { openBrowser } from './browsers.mjs';
import { builtCards, serveEmbedSite } from './embed-site.mjs';
import { ctaLink, ctaSection, ctaState, embedContent, embedFrame } from './embed-probes.mjs';
import { ensurePackages, wordpressNeeds } from './system-packages.mjs';
import { startWordPress } from './wordpress.mjs';
import { postContent, publishPost, savedContent } from './wordpress-post.mjs';

const cacheDir = new URL('../../.cache/platforms/', import.meta.url).pathname;
const screenshots = `${cacheDir}screenshots`;
const frame = 'iframe.wp-embedded-content';
/** How far the frame's height may be from the card's (the issue's ± 5 px). */
const tolerance = 5;

async function eventually(read, accept, { ms = 10_000, what }) {
  const deadline = Date.now() + ms;
  let last;
  while (Date.now() < deadline) {
    last = await read();
    if (accept(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.fail(`${what} within ${ms / 1000} s; last seen: ${JSON.stringify(last)}`);
}

describe('WordPress: an Author pastes a card link and the script snippet', () => {
  let site;
  let wp;
  let card;
  let post;

  before(async () => {
    const installMs = ensurePackages(wordpressNeeds);
    if (installMs) console.log(`platforms: installed WordPress, MariaDB and PHP in ${(installMs / 1000).toFixed(1)} s`);
    site = await serveEmbedSite();
    card = builtCards()[0];
    wp = await startWordPress({ embedOrigin: site.origin, cacheDir });
    console.log(`platforms: WordPress ${wp.version} ready at ${wp.origin} in ${(wp.timings.ready / 1000).toFixed(1)} s (database ${(wp.timings.database / 1000).toFixed(1)} s)`);
    const { snippetFor } = await tsImport('../../scripts/embed-snippet.ts', import.meta.url);
    const snippet = await snippetFor([card.slug]);
    post = await publishPost(wp, { title: 'A card in a post', content: postContent({ cardUrl: card.url, snippet }) });
    mkdirSync(screenshots, { recursive: true });
  });

  after(async () => {
    await wp?.stop();
    await site?.close();
  });

  test('the Author cannot post scripts, and the saved post has none: the snippet was stripped', async () => {
    assert.equal(wp.author.unfilteredHtml, false, 'the Author role must lack unfiltered_html');
    const saved = await savedContent(wp, post.id);
    assert.doesNotMatch(saved, /<script\b/i, 'WordPress kept a <script> an Author wrote');
    assert.match(saved, /<!-- wp:html -->/, 'the Custom HTML block is there, without its script');
    assert.ok(saved.split('\n').includes(card.url), "the card's address is still on a line of its own");
    assert.doesNotMatch(post.rendered, /<script\b/i);
    // What is left of the snippet shows no code: the first paint's CSS went into a comment.
    assert.doesNotMatch(post.rendered.replace(/<!--[^]*?-->/g, ''), /:host\b|--_ix/, "the first paint's CSS shows as text in the post");
  });

  test("WordPress found the card's oEmbed document and made its sandboxed frame", () => {
    const iframe = /<iframe[^>]*class="wp-embedded-content"[^>]*>/.exec(post.rendered)?.[0];
    assert.ok(iframe, `no wp-embedded-content frame in the post:\n${post.rendered}\n${wp.debugLog()}`);
    assert.match(iframe, /\bsandbox="allow-scripts"/);
    assert.match(iframe, new RegExp(`src="${card.url.replace(/[.?]/g, '\\$&')}#\\?secret=`));
    assert.match(post.rendered, new RegExp(`<blockquote class="wp-embedded-content"[^>]*>.*${card.title}`, 's'), 'the plain-HTML fallback is kept too');
  });

  for (const engine of selectedEngines()) {
    describe(engine, () => {
      for (const width of [1280, 390]) describe(`${width} px`, () => {
        let browser;
        before(async () => {
          browser = await openBrowser(engine, { width, height: 900 });
        });
        after(async () => {
          await browser?.close();
        });

        test("the card in WordPress's sandboxed frame, as tall as its content, and its call to action reaches the signup page", async () => {
          await browser.goto(post.link);
          const fits = async () => {
            const outer = await browser.evaluate(embedFrame);
            const inner = await browser.evaluateInFrame(frame, embedContent);
            return { outer, inner };
          };
          const sized = ({ outer, inner }) => outer && !outer.hidden && Math.abs(outer.height - inner.contentHeight) <= tolerance;
          const first = await eventually(fits, sized, { what: "the frame's height follows the card's" });
          assert.equal(first.outer.sandbox, 'allow-scripts');
          assert.ok(first.inner.sandboxed, 'the card runs in an opaque origin (sandboxed)');
          assert.equal(first.outer.fallbackShown, false, 'the plain fallback is hidden once the card answers');
          assert.ok(first.inner.scrollHeight <= first.inner.clientHeight + 1, `the frame scrolls: ${JSON.stringify(first.inner)}`);
          assert.ok(first.inner.scrollWidth <= first.inner.clientWidth + 1, `the frame scrolls sideways: ${JSON.stringify(first.inner)}`);
          assert.ok(first.outer.left >= first.outer.columnLeft - 1 && first.outer.right <= first.outer.columnRight + 1, `the frame overflows the post's column: ${JSON.stringify(first.outer)}`);
          assert.equal(first.outer.pageOverflows, false, 'the post scrolls sideways');
          await browser.evaluate(() => document.querySelector('iframe.wp-embedded-content').scrollIntoView({ block: 'start' }));
          await browser.screenshot(`${screenshots}/wordpress.${engine}.${width}.png`);

          // Opening the section with the call to action makes the card taller: the frame follows.
          await browser.clickInFrame(frame, ctaSection);
          const opened = await eventually(fits, (state) => sized(state) && state.inner.contentHeight > first.inner.contentHeight + 20, {
            what: 'the frame grows with the opened section',
          });
          assert.ok(opened.inner.scrollHeight <= opened.inner.clientHeight + 1, `the opened frame scrolls: ${JSON.stringify(opened.inner)}`);
          const cta = await browser.evaluateInFrame(frame, ctaState);
          assert.ok(cta?.visible, `no visible call to action: ${JSON.stringify(cta)}`);
          await browser.screenshot(`${screenshots}/wordpress.${engine}.${width}.cta-open.png`);

          // A sandbox without allow-top-navigation: only WordPress's `link` message gets the reader
          // out, to the embed site's /go/ (the one host WordPress follows), which forwards.
          const goBefore = site.served.filter((path) => path === '/go/index.html').length;
          // The frame's height follows the card by message, a frame or two late: a click aimed
          // while the frame still moves can land beside the link (seen once in CI, Chromium).
          let previous;
          await eventually(
            async () => JSON.stringify([await browser.evaluate(embedFrame), await browser.evaluateInFrame(frame, ctaState)]),
            (now) => [now === previous, (previous = now)][0],
            { what: 'the frame and its call to action hold still' },
          );
          await browser.clickInFrame(frame, ctaLink);
          await eventually(async () => browser.navigations(), (seen) => seen.includes(cta.href), {
            what: `the top page goes to ${cta.href}`,
            ms: 15_000,
          });
          const goAfter = site.served.filter((path) => path === '/go/index.html').length;
          assert.equal(goAfter, goBefore + 1, "the top page went by the embed site's /go/");
        });
      });
    });
  }
});
