import { expect } from '@open-wc/testing';
import {
  fontSizeIn,
  hostileTextStyles,
  pageStyle,
  readsLeftToRight,
  resetHostPage,
  rtlPage,
  ruleOnEveryElement,
  shrinkRoot,
  typographyIn,
  wrapper,
} from '../../../tests/support/host-fit.js';
import { spacingRule } from '../../embed/snippet.js';
import './define.js';
import type { IxTrialCta } from './trial-cta.component.js';

/** The call to action on a page nobody styled for it, in each layout. */

const probes = ['[part~="heading"]', '[part~="pitch"]', '[part~="terms"]', '[part~="link"]'];

/** The run of words inside a part (what carries its language and direction). */
const runOf = (el: IxTrialCta, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"] span`)!;

async function ctaIn(parent: HTMLElement, attributes = ''): Promise<IxTrialCta> {
  parent.innerHTML = `<ix-trial-cta ${attributes}></ix-trial-cta>`;
  const el = parent.querySelector<IxTrialCta>('ix-trial-cta')!;
  await el.updateComplete;
  return el;
}

describe('<ix-trial-cta> on a host page', () => {
  afterEach(resetHostPage);

  for (const layout of ['inline', 'banner', 'compact']) {
    it(`${layout}: keeps the page's text styles out and sizes from the text around it`, async () => {
      shrinkRoot();
      const shown = layout === 'compact' ? probes.slice(2) : probes;
      const own = typographyIn(await ctaIn(wrapper('font-size: 18px'), `layout="${layout}"`), shown);
      const el = await ctaIn(wrapper(`font-size: 18px; ${hostileTextStyles}`), `layout="${layout}"`);
      expect(typographyIn(el, shown)).to.deep.equal(own);
      expect(fontSizeIn(el, '[part~="terms"]')).to.equal(18);
    });
  }

  it('lays a banner out by its own text size, not the root’s: side by side in 700px, stacked in 560px', async () => {
    shrinkRoot();
    const wide = await ctaIn(wrapper('font-size: 16px; width: 700px'), 'layout="banner"');
    const box = (el: IxTrialCta, selector: string) => el.shadowRoot!.querySelector(selector)!.getBoundingClientRect();
    expect(box(wide, '[part~="link"]').left).to.be.greaterThan(box(wide, '.text').right - 1);
    // A 20rem text column on a 62.5 % root would be 200px and still sit beside the link here.
    const narrow = await ctaIn(wrapper('font-size: 16px; width: 560px'), 'layout="banner"');
    expect(box(narrow, '[part~="link"]').top).to.be.at.least(box(narrow, '.text').bottom - 1);
  });

  it('is dark on a page that declares dark, and its own theme wins over the page', async () => {
    expect((await ctaIn(wrapper('color-scheme: dark'))).getAttribute('resolved-theme')).to.equal('dark');
    const own = await ctaIn(wrapper('color-scheme: dark'), 'theme="light"');
    expect(own.getAttribute('resolved-theme')).to.equal('light');
    expect(getComputedStyle(own.shadowRoot!.querySelector('[part~="base"]')!).backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(own.getAttribute('theme')).to.equal('light');
  });

  it('keeps the page’s text styles out even when a page rule selects the element itself (main * {…})', async () => {
    const own = typographyIn(await ctaIn(wrapper()), probes);
    ruleOnEveryElement();
    const el = await ctaIn(wrapper());
    expect(typographyIn(el, probes)).to.deep.equal(own);
  });

  describe('on a right-to-left page', () => {
    it('reads its built-in English left to right, in English, while the box follows the page', async () => {
      const el = await ctaIn(rtlPage('width: 700px'));
      const [pitch, terms, link] = ['pitch', 'terms', 'link'].map((name) => el.shadowRoot!.querySelector(`[part~="${name}"]`)!);
      expect(readsLeftToRight(terms!, '7', 'days', '/month', '/day)'), 'terms').to.equal(true);
      expect(readsLeftToRight(pitch!, 'Rehearse', 'use', '.'), 'pitch').to.equal(true);
      expect(readsLeftToRight(link!, 'Start', '7-day'), 'link').to.equal(true);
      for (const name of ['heading', 'pitch', 'terms', 'link']) expect(runOf(el, name).matches(':lang(en)'), name).to.equal(true);
      expect(getComputedStyle(el.shadowRoot!.querySelector('[part~="base"]')!).direction).to.equal('rtl');
    });

    it('gives words the page supplies their own direction, whichever way the page runs', async () => {
      const arabic = await ctaIn(wrapper('width: 700px'), 'pitch="جرّب الآن."');
      expect(getComputedStyle(runOf(arabic, 'pitch')).direction).to.equal('rtl');
      // The full stop ends the Arabic sentence: at its left.
      expect(readsLeftToRight(arabic.shadowRoot!.querySelector('[part~="pitch"]')!, '.', 'الآن')).to.equal(true);
      const english = await ctaIn(rtlPage('width: 700px'), 'pitch="Try it today."');
      const pitch = runOf(english, 'pitch');
      expect(getComputedStyle(pitch).direction).to.equal('ltr');
      expect(readsLeftToRight(pitch, 'today', '.')).to.equal(true);
      // The page's words are in the page's language, not tagged as the built-in English.
      expect(pitch.matches(':lang(en)')).to.equal(false);
    });
  });

  describe('size and font of the prose around it', () => {
    it('takes the size and family of the paragraph beside it, not of its container', async () => {
      shrinkRoot('15px');
      pageStyle('[data-host-fit] p { font: 1.4rem Georgia, serif }');
      const page = wrapper();
      page.innerHTML = '<p>Some text.</p><ix-trial-cta></ix-trial-cta>';
      const el = page.querySelector<IxTrialCta>('ix-trial-cta')!;
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve));
      expect(fontSizeIn(el, '[part~="pitch"]')).to.be.closeTo(21, 0.01);
      expect(getComputedStyle(el.shadowRoot!.querySelector('[part~="pitch"]')!).fontFamily).to.equal('Georgia, serif');
    });

    it('falls back to the article’s text, and --ix-font-size / --ix-font-family still win', async () => {
      pageStyle('[data-host-fit] .body-text { font-size: 20px; font-family: Georgia, serif }');
      const page = wrapper('font-size: 14px');
      page.innerHTML = '<article><p class="body-text">Text.</p><div><ix-trial-cta></ix-trial-cta></div></article>';
      const el = page.querySelector<IxTrialCta>('ix-trial-cta')!;
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve));
      expect(fontSizeIn(el, '[part~="pitch"]')).to.equal(20);
      page.style.cssText = '--ix-font-size: 17px; --ix-font-family: monospace';
      expect(fontSizeIn(el, '[part~="pitch"]')).to.equal(17);
      expect(getComputedStyle(el.shadowRoot!.querySelector('[part~="pitch"]')!).fontFamily).to.equal('monospace');
    });
  });

  it('the spacing rule the embed snippet offers keeps it 1.5em off the paragraphs under a zero-margin reset', async () => {
    // A reset as Tailwind's preflight writes it, and the rule the snippet offers.
    pageStyle(`* { margin: 0 } ${spacingRule('ix-trial-cta')}`);
    const page = wrapper('font-size: 16px');
    page.innerHTML = '<p>Before.</p><ix-trial-cta></ix-trial-cta><p>After.</p>';
    const el = page.querySelector<IxTrialCta>('ix-trial-cta')!;
    await el.updateComplete;
    const [before, after] = page.querySelectorAll('p');
    expect(el.getBoundingClientRect().top - before!.getBoundingClientRect().bottom).to.equal(24);
    expect(after!.getBoundingClientRect().top - el.getBoundingClientRect().bottom).to.equal(24);
  });
});
