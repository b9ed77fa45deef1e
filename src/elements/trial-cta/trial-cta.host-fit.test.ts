import { expect } from '@open-wc/testing';
import { fontSizeIn, hostileTextStyles, resetHostPage, shrinkRoot, typographyIn, wrapper } from '../../../tests/support/host-fit.js';
import './define.js';
import type { IxTrialCta } from './trial-cta.component.js';

/** The call to action on a page nobody styled for it, in each layout. */

const probes = ['[part~="heading"]', '[part~="pitch"]', '[part~="terms"]', '[part~="link"]'];

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
});
