import { expect } from '@open-wc/testing';
import {
  fontSizeIn,
  hostileTextStyles,
  nightClass,
  pageStyle,
  readsLeftToRight,
  resetHostPage,
  rtlPage,
  ruleOnEveryElement,
  shrinkRoot,
  typographyIn,
  wrapper,
} from '../../../tests/support/host-fit.js';
import type { IxTrialCta } from '../trial-cta/trial-cta.component.js';
import type { IxTechniqueCard } from './technique-card.component.js';
import { part, seedSlug } from './test-helpers.js';

/**
 * The card dropped into a page nobody styled for it: its size comes from the text around it, the
 * page's text styles stay outside, it keeps clear of the paragraphs around it and it is light or
 * dark as the page is.
 */

const probes = ['[part~="title"]', '[part~="summary"]', '[part~="section-why"] p', '[part~="step"]', '[part~="badge"]', '[part~="callout"] p', '[part~="link"]'];

async function cardIn(parent: HTMLElement, attributes = ''): Promise<IxTechniqueCard> {
  parent.innerHTML = `<ix-technique-card technique="${seedSlug}" ${attributes}></ix-technique-card>`;
  const el = parent.querySelector<IxTechniqueCard>('ix-technique-card')!;
  await el.updateComplete;
  const cta = part(el, 'cta') as IxTrialCta | null;
  await cta?.updateComplete;
  return el;
}

const ctaOf = (el: IxTechniqueCard) => part(el, 'cta') as IxTrialCta;
const background = (el: Element | null) => getComputedStyle(el!).backgroundColor;

describe('<ix-technique-card> on a host page', () => {
  afterEach(resetHostPage);

  describe('size', () => {
    it('follows the text it sits in, not the root: 20px article text on a 62.5 % root gives a 20px card', async () => {
      shrinkRoot();
      const el = await cardIn(wrapper('font-size: 20px'));
      expect(fontSizeIn(el, '[part~="section-why"] p')).to.equal(20);
      expect(fontSizeIn(el, '[part~="badge"]')).to.equal(18);
      expect(getComputedStyle(part(el, 'card')!).paddingTop).to.equal('25px');
      expect(fontSizeIn(ctaOf(el), '[part~="link"]')).to.equal(20);
    });

    it('never sets its body text under 14px by default, and an explicit --ix-font-size still wins', async () => {
      shrinkRoot();
      const small = await cardIn(wrapper('font-size: 10px'));
      expect(fontSizeIn(small, '[part~="section-why"] p')).to.equal(14);
      const chosen = await cardIn(wrapper('font-size: 10px; --ix-font-size: 12px'));
      expect(fontSizeIn(chosen, '[part~="section-why"] p')).to.equal(12);
    });

    it('takes its size from the paragraph beside it, once: its call to action matches the card', async () => {
      shrinkRoot('15px');
      pageStyle('[data-host-fit] p { font-size: 1.4rem }');
      const page = wrapper();
      page.innerHTML = `<p>Text.</p><ix-technique-card technique="${seedSlug}"></ix-technique-card>`;
      const el = page.querySelector<IxTechniqueCard>('ix-technique-card')!;
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve));
      await ctaOf(el).updateComplete;
      expect(fontSizeIn(el, '[part~="section-why"] p')).to.be.closeTo(21, 0.01);
      expect(fontSizeIn(ctaOf(el), '[part~="pitch"]')).to.be.closeTo(21, 0.01);
    });

    it('gives its call to action its own size: an em --ix-font-size applies once, not twice', async () => {
      const el = await cardIn(wrapper('font-size: 16px'), 'style="--ix-font-size: 1.25em"');
      expect(fontSizeIn(el, '[part~="section-why"] p')).to.equal(20);
      expect(fontSizeIn(ctaOf(el), '[part~="pitch"]')).to.equal(20);
    });
  });

  describe('text styles', () => {
    it('keeps every inherited text style of the page out, but takes the page’s font family', async () => {
      const own = typographyIn(await cardIn(wrapper('font-family: Georgia, serif')), probes);
      const el = await cardIn(wrapper(`${hostileTextStyles}; font-family: Georgia, serif`));
      expect(typographyIn(el, probes)).to.deep.equal(own);
      expect(getComputedStyle(part(el, 'card')!).fontFamily).to.equal('Georgia, serif');
      expect(getComputedStyle(ctaOf(el)).textAlign).to.equal('start');
    });

    it('keeps the page’s text styles out even when a page rule selects the element itself (main * {…})', async () => {
      const own = typographyIn(await cardIn(wrapper()), probes);
      const ownCta = typographyIn(ctaOf(await cardIn(wrapper())), ['[part~="pitch"]', '[part~="link"]']);
      ruleOnEveryElement();
      const el = await cardIn(wrapper());
      expect(typographyIn(el, probes)).to.deep.equal(own);
      // One card, one typography: its call to action too.
      expect(typographyIn(ctaOf(el), ['[part~="pitch"]', '[part~="link"]'])).to.deep.equal(ownCta);
    });

    it('reads its built-in English left to right, in English, on a right-to-left page', async () => {
      // With a fallback inside, the card is laid out even off screen, so its words can be located.
      const el = await cardIn(rtlPage('width: 700px'));
      el.append(Object.assign(document.createElement('p'), { textContent: 'The card as plain HTML.' }));
      el.requestUpdate();
      await el.updateComplete;
      const summary = part(el, 'summary')!;
      expect(readsLeftToRight(summary, 'weight', '.'), 'summary').to.equal(true);
      expect(readsLeftToRight(part(el, 'badge')!, 'Evidence:', 'observational'), 'badge').to.equal(true);
      for (const name of ['title', 'summary', 'steps', 'callout']) expect(part(el, name)!.matches(':lang(en)'), name).to.equal(true);
      // Its call to action (the card's own words) reads the same way.
      expect(readsLeftToRight(ctaOf(el).shadowRoot!.querySelector('[part~="terms"]')!, '7', 'days', '/day)'), 'terms').to.equal(true);
    });
  });

  describe('narrow columns', () => {
    it('keeps the evidence badge inside a narrow column (240px, 18px text: a phone’s column with margins) by wrapping it', async () => {
      const el = await cardIn(wrapper('width: 240px; font-size: 18px'));
      const badge = part(el, 'badge')!.getBoundingClientRect();
      const section = part(el, 'section-evidence')!.getBoundingClientRect();
      expect(badge.right, 'badge right edge').to.be.at.most(section.right + 0.5);
      expect(part(el, 'card')!.scrollWidth).to.be.at.most(part(el, 'card')!.clientWidth);
    });
  });

  describe('spacing', () => {
    it('keeps 1.5em clear of the paragraphs around it, unless the page says otherwise', async () => {
      const page = wrapper('font-size: 20px');
      page.innerHTML = `<p style="margin: 0 0 10px">Before.</p><ix-technique-card technique="${seedSlug}"></ix-technique-card><p style="margin: 10px 0 0">After.</p>`;
      const el = page.querySelector<IxTechniqueCard>('ix-technique-card')!;
      await el.updateComplete;
      const [before, after] = page.querySelectorAll('p');
      expect(el.getBoundingClientRect().top - before!.getBoundingClientRect().bottom).to.equal(30);
      expect(after!.getBoundingClientRect().top - el.getBoundingClientRect().bottom).to.equal(30);
      const style = document.createElement('style');
      style.textContent = '[data-host-fit] ix-technique-card { margin-block: 4px }';
      page.append(style);
      expect(getComputedStyle(el).marginTop).to.equal('4px');
    });
  });

  describe('light or dark', () => {
    it('is dark, call to action included, where the page declares color-scheme: dark', async () => {
      const el = await cardIn(wrapper('color-scheme: dark'));
      expect(el.getAttribute('resolved-theme')).to.equal('dark');
      expect(background(part(el, 'card'))).to.equal('rgb(22, 27, 38)');
      expect(ctaOf(el).getAttribute('resolved-theme')).to.equal('dark');
      expect(el.hasAttribute('theme')).to.equal(false);
    });

    it('is dark on a dark background the page paints without declaring anything', async () => {
      const el = await cardIn(wrapper('background: #202b38; color: #dbdbdb'));
      expect(el.getAttribute('resolved-theme')).to.equal('dark');
      expect(ctaOf(el).getAttribute('resolved-theme')).to.equal('dark');
    });

    it('puts its own theme first, then the page’s declared scheme, then the painted background', async () => {
      expect((await cardIn(wrapper('color-scheme: light; background: #111'))).getAttribute('resolved-theme')).to.equal('light');
      const own = await cardIn(wrapper('color-scheme: dark'), 'theme="light"');
      expect(own.getAttribute('resolved-theme')).to.equal('light');
      expect(background(part(own, 'card'))).to.equal('rgb(255, 255, 255)');
      expect(ctaOf(own).getAttribute('resolved-theme')).to.equal('light');
    });

    it('follows a class switched on <html> while open, nested call to action included', async () => {
      pageStyle(`html.${nightClass} [data-host-fit] { background: #0c0c0c; color: #eee }`);
      const el = await cardIn(wrapper());
      expect(el.getAttribute('resolved-theme')).to.equal('light');
      document.documentElement.classList.add(nightClass);
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      await ctaOf(el).updateComplete;
      expect(el.getAttribute('resolved-theme')).to.equal('dark');
      expect(ctaOf(el).getAttribute('resolved-theme')).to.equal('dark');
      expect(background(ctaOf(el).shadowRoot!.querySelector('[part~="base"]'))).to.equal('rgb(22, 27, 38)');
      document.documentElement.classList.remove(nightClass);
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(el.getAttribute('resolved-theme')).to.equal('light');
    });

    it('reads the page again when it is moved to another part of it', async () => {
      const light = wrapper();
      const dark = wrapper('background: #111');
      const el = await cardIn(light);
      expect(el.getAttribute('resolved-theme')).to.equal('light');
      dark.append(el);
      await el.updateComplete;
      expect(el.getAttribute('resolved-theme')).to.equal('dark');
    });
  });

  it('is still accessible (axe) in a page’s dark section', async () => {
    const el = await cardIn(wrapper('background: #161b26; color: #e8ebf2'));
    for (const animation of ctaOf(el).shadowRoot!.getAnimations()) animation.finish();
    await expect(el).to.be.accessible();
  });
});
