/**
 * A real Ghost (npm's `ghost`, on SQLite, offline; see ./ghost.mjs) and the built embed site. The
 * card's address pasted into a post is what Ghost's editor sends to its oEmbed endpoint: Ghost
 * knows no provider for the embed site, so it makes a bookmark card from the page's tags — which
 * must carry the card's title, summary and social image. The post is then saved with that card.
 *
 *   npm run test:platforms
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { builtCards, serveEmbedSite } from './embed-site.mjs';
import { startGhost } from './ghost.mjs';

describe('Ghost: a card link pasted into a post', () => {
  let site;
  let ghost;
  let card;

  before(async () => {
    site = await serveEmbedSite();
    card = builtCards()[0];
    ghost = await startGhost({ runDir: new URL('../../.cache/platforms/ghost-run', import.meta.url).pathname });
    if (ghost.installMs) console.log(`platforms: installed Ghost ${ghost.version} in ${(ghost.installMs / 1000).toFixed(0)} s`);
    console.log(`platforms: Ghost ${ghost.version} booted at ${ghost.origin} in ${(ghost.bootMs / 1000).toFixed(1)} s`);
  });

  after(async () => {
    await ghost?.stop();
    await site?.close();
  });

  test('Ghost has no embed for the card (it knows no provider for the site)', async () => {
    const { status, body } = await ghost.admin(`/oembed/?url=${encodeURIComponent(card.url)}&type=embed`);
    assert.equal(status, 422, JSON.stringify(body));
    assert.match(body.errors[0].context, /No provider found/);
  });

  test("the pasted link becomes a bookmark with the card's title, summary and image, and the post keeps it", async () => {
    const { status, body } = await ghost.admin(`/oembed/?url=${encodeURIComponent(card.url)}&type=bookmark`);
    assert.equal(status, 200, `${JSON.stringify(body)}\n${ghost.log()}`);
    assert.equal(body.type, 'bookmark');
    const { metadata } = body;
    assert.equal(metadata.title, card.title);
    assert.equal(metadata.description, card.description);
    assert.equal(metadata.publisher, 'IX Coach');
    // Ghost copies the page's og:image into its own content folder; it must be the card's PNG.
    assert.match(metadata.thumbnail ?? '', /^http:\/\/127\.0\.0\.1:\d+\/content\/images\/thumbnail\/social-[\w-]+\.png$/);
    const image = await fetch(metadata.thumbnail);
    assert.equal(image.headers.get('content-type'), 'image/png');
    const original = await fetch(card.image).then((response) => response.arrayBuffer());
    assert.equal((await image.arrayBuffer()).byteLength, original.byteLength, "Ghost's copy is the card's social image");

    // The editor saves the bookmark card in the post's Lexical document.
    const lexical = { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [{ type: 'bookmark', version: 1, url: card.url, metadata }] } };
    const saved = await ghost.admin('/posts/?formats=html', {
      method: 'POST',
      body: JSON.stringify({ posts: [{ title: 'A card in a Ghost post', lexical: JSON.stringify(lexical), status: 'published' }] }),
    });
    assert.equal(saved.status, 201, JSON.stringify(saved.body));
    const html = saved.body.posts[0].html;
    assert.match(html, /kg-bookmark-card/);
    assert.ok(html.includes(`<div class="kg-bookmark-title">${card.title}</div>`), html);
    assert.ok(html.includes(card.description), html);
    assert.ok(html.includes(metadata.thumbnail), html);
    const page = await fetch(saved.body.posts[0].url).then((response) => response.text());
    assert.match(page, /kg-bookmark-card/, 'the published post shows the bookmark');
  });
});
