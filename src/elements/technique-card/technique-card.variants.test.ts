import { expect, fixture, html } from '@open-wc/testing';
import { press } from '../../../tests/support/keyboard.js';
import { findTechnique } from '../../catalog/catalog.js';
import { part, parts, renderCard, seedSlug, text, waitFor } from './test-helpers.js';
import type { IxTechniqueCard } from './technique-card.component.js';

const seed = findTechnique(seedSlug)!;

describe('<ix-technique-card variant="compact">', () => {
  it('shows title and summary, with every section closed in a native disclosure', async () => {
    const el = await renderCard(html`<ix-technique-card technique=${seedSlug} variant="compact"></ix-technique-card>`);
    expect(text(part(el, 'title'))).to.equal(seed.title);
    expect(text(part(el, 'summary'))).to.equal(seed.summary);
    const sections = parts(el, 'section');
    expect(sections.map((section) => section.localName)).to.deep.equal(Array(6).fill('details'));
    expect(sections.every((section) => !(section as HTMLDetailsElement).open)).to.be.true;
    expect(parts(el, 'toggle').map(text)).to.deep.equal(['Why it works', 'How to do it', 'Evidence', 'Sources', 'Common mistake', 'Practice this with IX Coach']);
    // Closed sections hide their text.
    expect(part(el, 'steps')!.checkVisibility()).to.be.false;
  });

  it('opens and closes a section from the keyboard and reports each toggle', async () => {
    const el = await renderCard(html`<ix-technique-card technique=${seedSlug} variant="compact"></ix-technique-card>`);
    const toggles: CustomEvent[] = [];
    el.addEventListener('ix-card-toggle', (event) => toggles.push(event as CustomEvent));
    const how = part(el, 'section-how') as HTMLDetailsElement;
    // Tab from the page into the card: the first summary is the first stop, the second the next.
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    await press('Tab');
    await press('Tab');
    expect(el.shadowRoot!.activeElement).to.equal(how.querySelector('summary'));
    await press('Enter');
    await waitFor(() => toggles.length === 1, 'the first toggle');
    expect(how.open).to.be.true;
    expect(part(el, 'steps')!.checkVisibility()).to.be.true;
    await press(' ');
    await waitFor(() => toggles.length === 2, 'the second toggle');
    expect(how.open).to.be.false;
    expect(toggles.map((event) => event.detail as unknown)).to.deep.equal([
      { slug: seedSlug, section: 'how', open: true },
      { slug: seedSlug, section: 'how', open: false },
    ]);
    expect(toggles.every((event) => event.bubbles && event.composed)).to.be.true;
    before.remove();
  });

  it('is accessible, closed and open', async () => {
    const el = await renderCard(html`<ix-technique-card technique=${seedSlug} variant="compact"></ix-technique-card>`);
    await expect(el).to.be.accessible();
    for (const section of parts(el, 'section')) (section as HTMLDetailsElement).open = true;
    await expect(el).to.be.accessible();
  });
});

describe('<ix-technique-card> theming', () => {
  it('takes colours, font, size, radius and spacing from the --ix-* custom properties', async () => {
    const el = await renderCard(html`<ix-technique-card
      technique=${seedSlug}
      style="--ix-color-accent: rgb(200, 10, 20); --ix-color-text: rgb(1, 2, 3); --ix-color-muted: rgb(4, 5, 6);
             --ix-color-surface: rgb(250, 240, 230); --ix-color-border: rgb(7, 8, 9); --ix-font-family: Georgia, serif;
             --ix-font-size: 20px; --ix-radius: 3px; --ix-space: 10px"
    ></ix-technique-card>`);
    const card = getComputedStyle(part(el, 'card')!);
    expect(card.backgroundColor).to.equal('rgb(250, 240, 230)');
    expect(card.color).to.equal('rgb(1, 2, 3)');
    expect(card.borderTopColor).to.equal('rgb(7, 8, 9)');
    expect(card.borderTopLeftRadius).to.equal('3px');
    expect(card.paddingTop).to.equal('12.5px');
    expect(card.fontFamily).to.equal('Georgia, serif');
    expect(card.fontSize).to.equal('20px');
    expect(getComputedStyle(part(el, 'badge')!).color).to.equal('rgb(200, 10, 20)');
    expect(getComputedStyle(part(el, 'link')!).color).to.equal('rgb(200, 10, 20)');
    expect(getComputedStyle(part(el, 'summary')!).color).to.equal('rgb(4, 5, 6)');
  });

  it('inherits the page font by default', async () => {
    // The page font sits on a parent; fixture() then awaits the card itself, not an animation
    // frame (which a background test tab may never get).
    const page = document.createElement('div');
    page.style.fontFamily = "'Courier New', monospace";
    document.body.append(page);
    const el = await fixture<IxTechniqueCard>(html`<ix-technique-card technique=${seedSlug}></ix-technique-card>`, { parentNode: page });
    expect(getComputedStyle(part(el, 'card')!).fontFamily).to.equal('"Courier New", monospace');
  });

  it('theme="dark" and theme="light" pin the palette whatever the system prefers', async () => {
    const dark = await renderCard(html`<ix-technique-card technique=${seedSlug} theme="dark"></ix-technique-card>`);
    const light = await renderCard(html`<ix-technique-card technique=${seedSlug} theme="light"></ix-technique-card>`);
    expect(getComputedStyle(part(dark, 'card')!).backgroundColor).to.equal('rgb(22, 27, 38)');
    expect(getComputedStyle(part(light, 'card')!).backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(part(dark, 'cta')!.getAttribute('theme')).to.equal('dark');
    await expect(dark).to.be.accessible();
  });

  it('the host page restyles any part without !important', async () => {
    const style = document.createElement('style');
    style.textContent = '.themed::part(badge) { color: rgb(0, 128, 0); } .themed::part(callout) { border-inline-start-color: rgb(0, 0, 255); }';
    document.head.append(style);
    try {
      const el = await renderCard(html`<ix-technique-card class="themed" technique=${seedSlug}></ix-technique-card>`);
      expect(getComputedStyle(part(el, 'badge')!).color).to.equal('rgb(0, 128, 0)');
      expect(getComputedStyle(part(el, 'callout')!).borderInlineStartColor).to.equal('rgb(0, 0, 255)');
    } finally {
      style.remove();
    }
  });
});
