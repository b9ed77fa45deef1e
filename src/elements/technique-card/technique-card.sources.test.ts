import { expect, html } from '@open-wc/testing';
import { findTechnique } from '../../catalog/catalog.js';
import type { CardErrorReason } from './card-source.js';
import { captureWarnings, fixtures, part, renderCard, renderLoadedCard, seedSlug, text, waitFor } from './test-helpers.js';

const seed = findTechnique(seedSlug)!;

/** Renders, expecting an error: returns the element, the alert text, the event and the warnings. */
async function expectError(template: Parameters<typeof renderLoadedCard>[0]) {
  const warnings = captureWarnings();
  let result;
  try {
    result = await renderLoadedCard(template);
  } finally {
    warnings.restore();
  }
  const alert = result.el.shadowRoot!.querySelector('[role="alert"]');
  expect(alert, 'a visible alert').to.exist;
  expect((alert as HTMLElement).offsetHeight).to.be.greaterThan(0);
  expect(warnings.messages, 'exactly one console warning').to.have.length(1);
  expect(result.error, 'an ix-card-error event').to.exist;
  expect(result.error!.bubbles && result.error!.composed).to.be.true;
  return { el: result.el, alert: text(alert), event: result.error as CustomEvent<{ reason: CardErrorReason; slug?: string }>, warning: warnings.messages[0]! };
}

describe('<ix-technique-card> sources of a card', () => {
  it('loads, validates and renders a card from src', async () => {
    const { el, error } = await renderLoadedCard(html`<ix-technique-card src=${`${fixtures}remote-card.json`}></ix-technique-card>`);
    expect(error).to.equal(undefined);
    expect(text(part(el, 'title'))).to.equal('A card loaded from src');
    expect(text(part(el, 'section-why'))).to.contain(seed.why);
  });

  it('reads a card from a child <script type="application/json">', async () => {
    const card = { ...seed, slug: 'inline-card', title: 'An inline card' };
    const el = await renderCard(html`<ix-technique-card
      ><script type="application/json">
        ${JSON.stringify(card)}
      </script></ix-technique-card
    >`);
    expect(text(part(el, 'title'))).to.equal('An inline card');
  });

  it('an unknown slug names the slug and lists the known ones', async () => {
    const { alert, event, warning } = await expectError(html`<ix-technique-card technique="no-such-card"></ix-technique-card>`);
    expect(alert).to.contain('there is no technique "no-such-card"').and.contain(`known techniques: ${seedSlug}`);
    expect(event.detail).to.include({ reason: 'unknown-slug', slug: 'no-such-card' });
    expect(warning).to.contain('no-such-card');
  });

  it('a 404 says which address failed and the HTTP status', async () => {
    const { alert, event } = await expectError(html`<ix-technique-card src=${`${fixtures}missing.json`}></ix-technique-card>`);
    expect(alert).to.contain('missing.json').and.contain('HTTP 404');
    expect(event.detail.reason).to.equal('fetch');
  });

  it('malformed JSON says it is not valid JSON', async () => {
    const { alert, event } = await expectError(html`<ix-technique-card src=${`${fixtures}malformed.json`}></ix-technique-card>`);
    expect(alert).to.contain('malformed.json is not valid JSON');
    expect(event.detail.reason).to.equal('json');
  });

  it('a schema error names the field and what was wrong', async () => {
    const { alert, event } = await expectError(html`<ix-technique-card src=${`${fixtures}schema-error.json`}></ix-technique-card>`);
    expect(alert).to.contain('is not a valid technique card: sources[0].year: expected a whole number, got "1975"');
    expect(event.detail.reason).to.equal('schema');
  });

  it('a broken inline card says what is wrong with it', async () => {
    const { alert, event } = await expectError(html`<ix-technique-card
      ><script type="application/json">
        {"slug": "x", "title": ""}
      </script></ix-technique-card
    >`);
    expect(alert).to.contain('<script type="application/json">').and.contain('summary: is required');
    expect(event.detail.reason).to.equal('schema');
  });

  it('no source at all is an error too, not a blank box', async () => {
    const { alert, event } = await expectError(html`<ix-technique-card></ix-technique-card>`);
    expect(alert).to.contain('no card given');
    expect(event.detail.reason).to.equal('missing');
  });

  it('a non-http src is refused without fetching', async () => {
    const { alert } = await expectError(html`<ix-technique-card src="javascript:alert(1)"></ix-technique-card>`);
    expect(alert).to.contain('is not an http(s) address');
  });

  it('keeps the fallback content visible under an error message', async () => {
    const { el } = await expectError(html`<ix-technique-card technique="gone"><p id="fallback">Plain text of the card</p></ix-technique-card>`);
    expect(el.querySelector('#fallback')!.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('shows the fallback while a src card loads, then the card', async () => {
    const el = await renderCard(html`<ix-technique-card src=${`${fixtures}remote-card.json`}><p id="fallback">Plain text</p></ix-technique-card>`);
    expect(part(el, 'loading')).to.exist;
    expect(el.querySelector('#fallback')!.getBoundingClientRect().height).to.be.greaterThan(0);
    await waitFor(() => part(el, 'title'), 'the loaded card');
    expect(el.querySelector('#fallback')!.getBoundingClientRect().height).to.equal(0);
  });

  it('cancels a stale fetch when src changes, so the last src wins', async () => {
    const el = await renderCard(html`<ix-technique-card src=${`${fixtures}remote-card.json`}></ix-technique-card>`);
    const aborted: string[] = [];
    const originalFetch = window.fetch.bind(window);
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      init?.signal?.addEventListener('abort', () => aborted.push(input instanceof Request ? input.url : input.toString()));
      return originalFetch(input, init);
    };
    try {
      el.src = `${fixtures}schema-error.json`;
      await el.updateComplete;
      el.removeAttribute('src');
      el.src = undefined;
      el.technique = seedSlug;
      await el.updateComplete;
    } finally {
      window.fetch = originalFetch;
    }
    expect(aborted.some((url) => url.endsWith('schema-error.json'))).to.be.true;
    // Give the aborted request every chance to land (it must not): wait for a fresh fetch of it.
    await fetch(`${fixtures}schema-error.json`).then((response) => response.text());
    await el.updateComplete;
    expect(text(part(el, 'title'))).to.equal(seed.title);
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
  });

  it('the error state is accessible', async () => {
    const { el } = await expectError(html`<ix-technique-card technique="no-such-card"></ix-technique-card>`);
    await expect(el).to.be.accessible();
  });
});
