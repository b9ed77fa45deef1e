import { expect, html } from '@open-wc/testing';
import { toFront } from '../../../tests/support/page-frame.js';
import { findTechnique } from '../../catalog/catalog.js';
import { captureWarnings, mount, part, renderCard, seedSlug, text, waitFor } from './test-helpers.js';
import type { IxTechniqueCard } from './technique-card.component.js';

const seed = findTechnique(seedSlug)!;
const structuredData = (el: Element) => [...el.querySelectorAll('script[type="application/ld+json"]')];

describe('<ix-technique-card> on the page', () => {
  it('fires ix-card-view once, when half of the card (or half the screen) shows it', async () => {
    // IntersectionObserver reports only in a rendered, visible tab; drive the card's observer
    // with the entries a browser would deliver instead.
    const observers: { callback: IntersectionObserverCallback; options?: IntersectionObserverInit }[] = [];
    const Real = window.IntersectionObserver;
    window.IntersectionObserver = class {
      constructor(callback: IntersectionObserverCallback, options?: IntersectionObserverInit) {
        observers.push({ callback, options });
      }
      observe() {}
      unobserve() {}
      disconnect() {}
    } as unknown as typeof IntersectionObserver;
    const views: CustomEvent[] = [];
    let el;
    try {
      el = mount(html`<ix-technique-card technique=${seedSlug} @ix-card-view=${(event: CustomEvent) => views.push(event)}></ix-technique-card>`);
      await (el as IxTechniqueCard).updateComplete;
    } finally {
      window.IntersectionObserver = Real;
    }
    const { callback, options } = observers.at(-1)!;
    expect(options?.threshold).to.include(0.5);
    const screen = { height: 800 } as DOMRectReadOnly;
    const deliver = (ratio: number, visibleHeight: number) =>
      callback([{ intersectionRatio: ratio, isIntersecting: ratio > 0, intersectionRect: { height: visibleHeight }, rootBounds: screen } as unknown as IntersectionObserverEntry], {} as IntersectionObserver);
    deliver(0.2, 150);
    deliver(0.4, 300);
    expect(views, 'not yet: less than half shown').to.have.length(0);
    deliver(0.5, 375);
    expect(views).to.have.length(1);
    expect(views[0]!.detail).to.deep.equal({ slug: seedSlug });
    expect(views[0]!.bubbles && views[0]!.composed).to.be.true;
    deliver(0, 0);
    deliver(0.9, 700);
    expect(views, 'only once').to.have.length(1);
  });

  it('counts a card taller than the screen as seen when it fills half the screen', async () => {
    const observers: IntersectionObserverCallback[] = [];
    const Real = window.IntersectionObserver;
    window.IntersectionObserver = class {
      constructor(callback: IntersectionObserverCallback) {
        observers.push(callback);
      }
      observe() {}
      unobserve() {}
      disconnect() {}
    } as unknown as typeof IntersectionObserver;
    const views: CustomEvent[] = [];
    try {
      const el = mount(html`<ix-technique-card technique=${seedSlug} @ix-card-view=${(event: CustomEvent) => views.push(event)}></ix-technique-card>`);
      await (el as IxTechniqueCard).updateComplete;
    } finally {
      window.IntersectionObserver = Real;
    }
    const entry = (ratio: number, height: number) =>
      ({ intersectionRatio: ratio, isIntersecting: true, intersectionRect: { height }, rootBounds: { height: 600 } }) as unknown as IntersectionObserverEntry;
    observers.at(-1)!([entry(0.1, 200)], {} as IntersectionObserver);
    expect(views).to.have.length(0);
    observers.at(-1)!([entry(0.2, 400)], {} as IntersectionObserver);
    expect(views).to.have.length(1);
  });

  it('adds one schema.org JSON-LD block to its light DOM, updates it, and removes it with the card', async () => {
    const el = await renderCard(html`<ix-technique-card technique=${seedSlug}></ix-technique-card>`);
    expect(structuredData(el)).to.have.length(1);
    const data = JSON.parse(structuredData(el)[0]!.textContent) as Record<string, unknown> & { step: { text: string }[]; citation: { sameAs: string; author: unknown[] }[] };
    expect(data['@context']).to.equal('https://schema.org');
    expect(data['@type']).to.equal('HowTo');
    expect(data.name).to.equal(seed.title);
    expect(data.step.map((step) => step.text)).to.deep.equal(seed.how);
    expect(data.citation[0]!.sameAs).to.equal('https://doi.org/10.1037/h0076284');
    expect(data.citation[0]!.author).to.have.length(6);
    el.requestUpdate();
    await el.updateComplete;
    expect(structuredData(el), 'still one after re-rendering').to.have.length(1);
    const warnings = captureWarnings();
    el.technique = 'not-a-card';
    await el.updateComplete;
    warnings.restore();
    expect(warnings.messages).to.have.length(1);
    expect(structuredData(el), 'gone when the card is').to.have.length(0);
    el.technique = seedSlug;
    await el.updateComplete;
    expect(structuredData(el)).to.have.length(1);
    const parent = el.parentElement!;
    el.remove();
    expect(structuredData(el), 'gone when the element is removed').to.have.length(0);
    parent.append(el);
    expect(structuredData(el), 'back when it returns').to.have.length(1);
  });

  it('describes a card shown twice with one JSON-LD block, which moves to a remaining copy and leaves with the last', async () => {
    const inDocument = () => [...document.querySelectorAll('script[type="application/ld+json"]')];
    const first = await renderCard(html`<ix-technique-card technique=${seedSlug}></ix-technique-card>`);
    const second = await renderCard(html`<ix-technique-card technique=${seedSlug}></ix-technique-card>`);
    const another = { ...seed, slug: 'another-card', title: 'Another card' };
    const other = await renderCard(html`<ix-technique-card><script type="application/json">${JSON.stringify(another)}</script></ix-technique-card>`);
    expect(inDocument(), 'one block per card shown, not per element').to.have.length(2);
    expect(structuredData(first)).to.have.length(1);
    expect(structuredData(second)).to.have.length(0);
    expect((JSON.parse(structuredData(other)[0]!.textContent) as { name: string }).name).to.equal('Another card');

    const parent = first.parentElement!;
    first.remove();
    expect(structuredData(second), 'moved to the copy still shown').to.have.length(1);
    expect(inDocument()).to.have.length(2);
    parent.append(first);
    expect(inDocument(), 'still one for the seed card when the first returns').to.have.length(2);
    second.noStructuredData = true;
    await second.updateComplete;
    expect(structuredData(first), 'back with the copy that still wants it').to.have.length(1);
    first.technique = 'not-a-card';
    const warnings = captureWarnings();
    await first.updateComplete;
    warnings.restore();
    expect(inDocument(), 'none left for the seed card').to.have.length(1);
  });

  it('keeps a block in each tree: a card inside a shadow root is described there too', async () => {
    const inPage = await renderCard(html`<ix-technique-card technique=${seedSlug}></ix-technique-card>`);
    const host = mount(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const inShadow = document.createElement('ix-technique-card');
    inShadow.technique = seedSlug;
    root.append(inShadow);
    await inShadow.updateComplete;
    expect(structuredData(inPage)).to.have.length(1);
    expect(structuredData(inShadow)).to.have.length(1);
  });

  it('escapes "<" in the JSON-LD so card text cannot close the script', async () => {
    const card = { ...seed, slug: 'closing-tag', title: '</script><script>window.ixPwned = 1</script>' };
    const el = await renderCard(html`<ix-technique-card><script type="application/json">${JSON.stringify(card)}</script></ix-technique-card>`);
    const block = structuredData(el)[0]!;
    expect(block.textContent).not.to.contain('<');
    expect((JSON.parse(block.textContent) as { name: string }).name).to.equal(card.title);
  });

  it('no-structured-data leaves JSON-LD out', async () => {
    const el = await renderCard(html`<ix-technique-card technique=${seedSlug} no-structured-data></ix-technique-card>`);
    expect(structuredData(el)).to.have.length(0);
    el.noStructuredData = false;
    await el.updateComplete;
    expect(structuredData(el)).to.have.length(1);
  });

  it('shows its fallback HTML before it upgrades, then the card in the same place', async () => {
    // A fresh document where the element is not defined yet, like a page before the bundle loads.
    const frame = mount(html`<iframe title="upgrade test" style="width: 700px; height: 1200px; border: 0"></iframe>`) as HTMLIFrameElement;
    const doc = frame.contentDocument!;
    doc.body.innerHTML = `<ix-technique-card technique="${seedSlug}"><article id="fallback"><h3>${seed.title}</h3><p>${seed.summary}</p></article></ix-technique-card><p id="after">After the card</p>`;
    const fallback = doc.getElementById('fallback')!;
    expect(fallback.getBoundingClientRect().height, 'fallback shown before upgrade').to.be.greaterThan(0);
    expect(text(doc.querySelector('ix-technique-card'))).to.contain(seed.summary);
    const script = doc.createElement('script');
    script.type = 'module';
    script.src = new URL('./define.ts', import.meta.url).href;
    doc.head.append(script);
    await waitFor(() => doc.querySelector('ix-technique-card')?.shadowRoot?.querySelector('article'), 'the upgrade');
    expect(fallback.getBoundingClientRect().height, 'fallback replaced by the card').to.equal(0);
    expect(text(part(doc.querySelector('ix-technique-card')!, 'title'))).to.equal(seed.title);
  });

  describe('far below the fold', () => {
    /** A 600px-high page whose cards start 3000px down, the card module loaded into it. */
    async function pageBelowTheFold(cards: string) {
      await toFront();
      const frame = mount(html`<iframe title="below the fold" style="width: 700px; height: 600px; border: 0"></iframe>`) as HTMLIFrameElement;
      const doc = frame.contentDocument!;
      doc.body.innerHTML = `<div style="height: 3000px"></div>${cards}<p id="after">After the cards</p>`;
      const script = doc.createElement('script');
      script.type = 'module';
      script.src = new URL('./define.ts', import.meta.url).href;
      doc.head.append(script);
      const els = [...doc.querySelectorAll<IxTechniqueCard>('ix-technique-card')];
      await waitFor(() => els.every((el) => el.shadowRoot?.querySelector('article')), 'the upgrade');
      const frameDone = () => new Promise((resolve) => (frame.contentWindow!.requestAnimationFrame(resolve), setTimeout(resolve, 100)));
      await frameDone();
      await frameDone();
      return { frame, doc, els, frameDone };
    }

    it('a card with nothing inside is laid out once near the screen, its words and links reachable all along', async () => {
      const { doc, els, frameDone } = await pageBelowTheFold(`<ix-technique-card technique="${seedSlug}"></ix-technique-card>`.repeat(3));
      const [first, , last] = els as [IxTechniqueCard, IxTechniqueCard, IxTechniqueCard];
      const height = (el: Element) => el.getBoundingClientRect().height;
      const estimated = height(last);
      // Find-in-page and screen readers read the DOM, which holds the whole card from the start.
      expect(text(part(last, 'summary'))).to.equal(seed.summary);
      last.scrollIntoView();
      await frameDone();
      await frameDone();
      const real = height(last);
      expect(real, 'the real height once shown').to.be.greaterThan(200);
      expect(Math.abs(estimated - real) / real, 'the estimate is near the real height').to.be.lessThan(0.35);
      // Once shown, it keeps its real height when it leaves the screen again.
      first.scrollIntoView();
      await frameDone();
      expect(height(last)).to.equal(real);
      // Keyboard: a link of a card that was never on screen takes focus.
      const link = part(els[1]!, 'link') as HTMLAnchorElement;
      link.focus();
      expect(els[1]!.shadowRoot!.activeElement).to.equal(link);
      expect(doc.getElementById('after')).to.exist;
    });

    it('a card with its plain-HTML fallback keeps the height it is shown at, so the page does not move when it is reached', async () => {
      const fallback = `<article><h3>${seed.title}</h3><p>${seed.summary}</p></article>`;
      const { els, frameDone } = await pageBelowTheFold(`<ix-technique-card technique="${seedSlug}">${fallback}</ix-technique-card>`);
      const el = els[0]!;
      const before = el.getBoundingClientRect().height;
      el.scrollIntoView();
      await frameDone();
      await frameDone();
      expect(el.getBoundingClientRect().height).to.equal(before);
    });
  });
});
