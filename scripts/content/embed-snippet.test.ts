import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import type { TechniqueCard } from '../../src/catalog/schema.js';
import { embedSnippet, fallbackHtml, loadCard } from '../embed-snippet.js';

const slug = 'make-the-step-down-visibly-deliberate';

describe('npm run embed', () => {
  it('prints the pinned bundle and the card with its plain-HTML fallback inside', async () => {
    const card = await loadCard(slug);
    const snippet = embedSnippet(card, { version: '1.2.3' });
    const lines = snippet.split('\n');
    assert.equal(lines[0], '<script type="module" src="https://cdn.jsdelivr.net/npm/ix-widgets@1.2.3/dist/ix-widgets.js"></script>');
    assert.equal(lines[1], `<ix-technique-card technique="${slug}">`);
    assert.equal(lines.at(-1), '</ix-technique-card>');
    assert.ok(snippet.includes(`<h3>${card.title}</h3>`));
    assert.ok(snippet.includes('<h4>How to do it</h4>'));
    assert.ok(snippet.includes(`<li>${card.how[1]}</li>`), 'typographic quotes and dashes kept as typed');
    assert.ok(snippet.includes('<p><strong>Evidence: observational.</strong> The relative contribution'));
    assert.ok(snippet.includes('Cialdini et al. (1975), Reciprocal concessions procedure, Journal of Personality and Social Psychology <a href="https://doi.org/10.1037/h0076284" rel="noopener noreferrer">doi:10.1037/h0076284</a>'));
    assert.ok(snippet.includes('<h4>Practice this with IX Coach</h4>'));
    assert.ok(snippet.includes('7 days free, then $40/month (~$1.30/day) <a href="https://ixcoach.com/signup?utm_medium=widget&amp;utm_source=ix-widgets&amp;utm_campaign=make-the-step-down-visibly-deliberate&amp;utm_content=technique-card"'));
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
    const withHref = embedSnippet(card, { version: '0.1.0', href: 'https://x.example/?a="b"' });
    assert.ok(withHref.includes('<ix-provider href="https://x.example/?a=&quot;b&quot;">'));
  });

  it('is what the blog-post demo embeds (the demo is regenerated when the card changes)', async () => {
    const card = await loadCard(slug);
    const demo = await readFile(new URL('../../demo/blog-post.html', import.meta.url), 'utf8');
    const normalise = (text: string) => text.replace(/\s+/g, ' ');
    const fallback = normalise(fallbackHtml(card, { href: 'https://ixcoach.example/signup' }).join('\n'));
    assert.ok(normalise(demo).includes(fallback), 'demo/blog-post.html fallback is stale: paste `npm run embed -- <slug> --href https://ixcoach.example/signup` again');
  });
});
