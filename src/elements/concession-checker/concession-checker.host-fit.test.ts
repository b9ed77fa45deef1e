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
import type { IxConcessionChecker } from './concession-checker.component.js';
import { deliberateScript } from './test-helpers/checker-fixture.js';

/**
 * The checker dropped into a page nobody styled for it: text and buttons sized from the text
 * around it, none of the page's text styles in its label, verdict, rule rows or call to action,
 * and light or dark as the page is — its call to action too.
 */

const probes = ['label', '[part~="field"]', '[part~="button"]', '.hint', '[part~="verdict"] p', '[part~="rule"]', '.fix', '.words'];

async function checkerIn(parent: HTMLElement, attributes = ''): Promise<IxConcessionChecker> {
  parent.innerHTML = `<ix-concession-checker examples cta ${attributes}></ix-concession-checker>`;
  const el = parent.querySelector<IxConcessionChecker>('ix-concession-checker')!;
  el.value = deliberateScript.replace('I’m coming down from what I asked: instead', 'instead');
  await el.updateComplete;
  await ctaOf(el).updateComplete;
  return el;
}

const ctaOf = (el: IxConcessionChecker) => el.shadowRoot!.querySelector<IxTrialCta>('[part~="cta"]')!;
const background = (el: Element | null) => getComputedStyle(el!).backgroundColor;

describe('<ix-concession-checker> on a host page', () => {
  afterEach(resetHostPage);

  it('sizes its text and buttons from the text around it on a 62.5 % root', async () => {
    shrinkRoot();
    const el = await checkerIn(wrapper('font-size: 1.6rem'));
    expect(fontSizeIn(el, '[part~="verdict"] p')).to.equal(16);
    expect(fontSizeIn(el, '[part~="button"]')).to.be.closeTo(14.4, 0.01);
    expect(fontSizeIn(ctaOf(el), '[part~="pitch"]')).to.equal(16);
  });

  it('keeps every inherited text style of the page out of its label, field, buttons, verdict, rules and marks', async () => {
    const own = typographyIn(await checkerIn(wrapper()), probes);
    const el = await checkerIn(wrapper(hostileTextStyles));
    expect(el.shadowRoot!.querySelectorAll('[part~="rule"]').length).to.be.greaterThan(2);
    expect(typographyIn(el, probes)).to.deep.equal(own);
    expect(getComputedStyle(ctaOf(el).shadowRoot!.querySelector('[part~="pitch"]')!).textAlign).to.equal('start');
    // nowrap leaking in once made a page 5,600 px wide: the checker stays inside its container.
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
  });

  it('renders its call to action dark under theme="dark" (on a light page)', async () => {
    const el = await checkerIn(wrapper('background: #fff'), 'theme="dark"');
    expect(el.getAttribute('resolved-theme')).to.equal('dark');
    expect(ctaOf(el).getAttribute('resolved-theme')).to.equal('dark');
    expect(background(ctaOf(el).shadowRoot!.querySelector('[part~="base"]'))).to.equal('rgb(22, 27, 38)');
  });

  it('is dark, call to action included, on a page painted dark, and follows the page back to light', async () => {
    const page = wrapper('background: #202b38; color: #dbdbdb');
    const el = await checkerIn(page);
    expect(el.getAttribute('resolved-theme')).to.equal('dark');
    expect(background(el.shadowRoot!.querySelector('[part~="base"]'))).to.equal('rgb(22, 27, 38)');
    expect(ctaOf(el).getAttribute('resolved-theme')).to.equal('dark');
    // The page's own rule changes (no attribute of <html> or <body>): moving the checker re-reads it.
    const light = wrapper('background: #fafafa');
    light.append(el);
    await el.updateComplete;
    await ctaOf(el).updateComplete;
    expect(el.getAttribute('resolved-theme')).to.equal('light');
    expect(ctaOf(el).getAttribute('resolved-theme')).to.equal('light');
  });

  it('keeps its draft when the page switches to dark', async () => {
    pageStyle(`body.${nightClass} [data-host-fit] { background: #0c0c0c }`);
    const el = await checkerIn(wrapper());
    document.body.classList.add(nightClass);
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(el.getAttribute('resolved-theme')).to.equal('dark');
    expect(el.shadowRoot!.querySelector('textarea')!.value).to.equal(el.value);
    expect(el.value).to.have.length.greaterThan(20);
  });

  it('keeps the page’s text styles out even when a page rule selects the element itself (main * {…})', async () => {
    const own = typographyIn(await checkerIn(wrapper()), probes);
    ruleOnEveryElement();
    const el = await checkerIn(wrapper());
    expect(typographyIn(el, probes)).to.deep.equal(own);
    expect(getComputedStyle(ctaOf(el).shadowRoot!.querySelector('[part~="pitch"]')!).textTransform).to.equal('none');
  });

  it('on a right-to-left page: its English reads left to right, and what the visitor types takes its own direction', async () => {
    const el = await checkerIn(rtlPage('width: 700px'));
    const root = el.shadowRoot!;
    expect(readsLeftToRight(root.querySelector('label')!, 'What', 'no', '?'), 'label').to.equal(true);
    expect(readsLeftToRight(root.querySelector('.hint')!, 'Checked', 'anywhere', '.'), 'hint').to.equal(true);
    expect(root.querySelector('[part~="rules"]')!.matches(':lang(en)'), 'rules in English').to.equal(true);
    // The visitor typed English on an Arabic page: their text runs left to right, in the field and in the marked copy.
    expect(root.querySelector('textarea')!.dir).to.equal('auto');
    expect(getComputedStyle(root.querySelector('textarea')!).direction).to.equal('ltr');
    const words = root.querySelector('.words')!;
    expect(readsLeftToRight(words, 'application', '?'), 'marked copy').to.equal(true);
    expect(getComputedStyle(words).direction).to.equal('ltr');
  });

  it('types Arabic right to left on a left-to-right page', async () => {
    const el = await checkerIn(wrapper());
    el.value = 'أفهم، كان ذلك طلبًا كبيرًا. بدلًا من ذلك، هل يمكنك قضاء أمسية واحدة؟';
    await el.updateComplete;
    expect(getComputedStyle(el.shadowRoot!.querySelector('textarea')!).direction).to.equal('rtl');
  });

  it('never sets a rule tag on a mark under 12px, even beside 14px text', async () => {
    const el = await checkerIn(wrapper('font-size: 14px'));
    const tags = [...el.shadowRoot!.querySelectorAll('.tag')];
    expect(tags).to.have.length.greaterThan(0);
    for (const tag of tags) expect(parseFloat(getComputedStyle(tag).fontSize)).to.be.at.least(12);
  });
});
