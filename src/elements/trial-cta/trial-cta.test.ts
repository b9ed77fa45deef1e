import { expect, fixture, html } from '@open-wc/testing';
import { press } from '../../../tests/support/keyboard.js';
import { expectSystemMedia } from '../../../tests/support/system-media.js';
import './define.js';
import type { IxTrialCta } from './trial-cta.component.js';
import { link, part, terms } from './test-support.js';

const NBSP = '\u00a0';
/**
 * Layout assertions measure text, so they name their font: each engine picks its own default
 * face (Chromium Liberation Serif here, Firefox and WebKit the wider DejaVu Serif). Liberation
 * Sans comes with the test fonts (scripts/find-browsers.mjs) and has Arial's metrics elsewhere.
 */
const PINNED_FONT = "font-family: 'Liberation Sans', Arial";

describe('<ix-trial-cta> rendering', () => {
  it('shows heading, pitch, the exact default terms and a real link', async () => {
    const el = await fixture<IxTrialCta>(html`<ix-trial-cta></ix-trial-cta>`);
    expect(part(el, 'heading').tagName).to.equal('H3');
    expect(part(el, 'heading').textContent.trim()).to.equal('Practice this with IX Coach');
    expect(part(el, 'pitch').textContent.trim()).to.contain('IX Coach');
    expect(terms(el)).to.equal('7 days free, then $40/month (~$1.30/day)');
    expect(link(el).tagName).to.equal('A');
    expect(link(el).textContent.trim()).to.equal('Start your 7-day free trial');
    expect(link(el).href).to.match(/^https:\/\//);
  });

  const table: [string, Record<string, string>, string][] = [
    ['no trial', { 'trial-days': '0' }, '$40/month (~$1.30/day)'],
    ['yearly 400 USD', { interval: 'year', price: '400' }, '7 days free, then $400/year (~$1.10/day)'],
    ['EUR 30/month in de-DE', { price: '30', currency: 'EUR', locale: 'de-DE' }, `7 days free, then 30${NBSP}€/month (~1,00${NBSP}€/day)`],
    ['GBP in en-GB', { price: '35', currency: 'GBP', locale: 'en-GB' }, '7 days free, then £35/month (~£1.15/day)'],
    ['JPY in ja-JP', { price: '4000', currency: 'JPY', locale: 'ja-JP' }, '7 days free, then ￥4,000/month (~￥132/day)'],
    ['a price with cents', { price: '39.5' }, '7 days free, then $39.50/month (~$1.30/day)'],
    ['one day', { 'trial-days': '1' }, '1 day free, then $40/month (~$1.30/day)'],
    ['a half-step yearly price', { interval: 'year', price: '374.125' }, '7 days free, then $374.13/year (~$1.05/day)'],
  ];
  for (const [name, attributes, expected] of table) {
    it(`terms: ${name}`, async () => {
      const el = document.createElement('ix-trial-cta');
      for (const [key, value] of Object.entries(attributes)) el.setAttribute(key, value);
      await fixture(el);
      expect(terms(el)).to.equal(expected);
    });
  }

  it('replaces every visible text through attributes, with placeholders filled', async () => {
    const el = await fixture<IxTrialCta>(html`<ix-trial-cta
      product="Acme Coach"
      heading="Üben mit {product}"
      pitch="Kurz und ehrlich."
      trial-days="14"
      price="30"
      currency="EUR"
      locale="de-DE"
      trial-text="{days} Tage gratis, dann"
      price-text="{price} im Monat"
      per-day-text="(~{perDay} am Tag)"
      label="{days} Tage testen"
    ></ix-trial-cta>`);
    expect(part(el, 'heading').textContent.trim()).to.equal('Üben mit Acme Coach');
    expect(part(el, 'pitch').textContent.trim()).to.equal('Kurz und ehrlich.');
    expect(terms(el)).to.equal(`14 Tage gratis, dann 30${NBSP}€ im Monat (~1,00${NBSP}€ am Tag)`);
    expect(link(el).textContent.trim()).to.equal('14 Tage testen');
  });

  it('replaces texts through slots', async () => {
    const el = await fixture<IxTrialCta>(html`<ix-trial-cta
      ><span slot="heading">Try it</span><span slot="pitch">Our pitch</span><span slot="label">Go</span></ix-trial-cta
    >`);
    const assigned = (name: string) =>
      el.shadowRoot!.querySelector<HTMLSlotElement>(`slot[name="${name}"]`)!.assignedElements()[0]!.textContent;
    expect(assigned('heading')).to.equal('Try it');
    expect(assigned('pitch')).to.equal('Our pitch');
    expect(assigned('label')).to.equal('Go');
    expect(el.innerText).to.contain('Try it').and.contain('Our pitch').and.contain('Go');
  });

  it('renders text as text, never as markup', async () => {
    const el = await fixture<IxTrialCta>(html`<ix-trial-cta .heading=${'<img src=x onerror=alert(1)>'} .pitch=${'<b>x</b>'}></ix-trial-cta>`);
    expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
    expect(part(el, 'heading').textContent.trim()).to.equal('<img src=x onerror=alert(1)>');
  });

  it('uses the heading level asked for', async () => {
    const el = await fixture<IxTrialCta>(html`<ix-trial-cta heading-level="2"></ix-trial-cta>`);
    expect(part(el, 'heading').tagName).to.equal('H2');
    el.headingLevel = 5;
    await el.updateComplete;
    expect(part(el, 'heading').tagName).to.equal('H5');
  });

  it('compact layout shows only the terms and the link, on one line', async () => {
    const el = await fixture<IxTrialCta>(html`<ix-trial-cta layout="compact" style="width: 40rem; ${PINNED_FONT}"></ix-trial-cta>`);
    expect(el.shadowRoot!.querySelector('[part="heading"], [part="pitch"]')).to.equal(null);
    const termsBox = part(el, 'terms').getBoundingClientRect();
    const linkBox = link(el).getBoundingClientRect();
    expect(linkBox.left).to.be.greaterThan(termsBox.right - 1);
    expect(Math.abs(linkBox.top + linkBox.height / 2 - (termsBox.top + termsBox.height / 2))).to.be.lessThan(12);
  });

  it('banner layout puts the link beside the text when wide and below it when narrow', async () => {
    const el = await fixture<IxTrialCta>(html`<ix-trial-cta layout="banner" style="width: 60rem; ${PINNED_FONT}"></ix-trial-cta>`);
    const beside = link(el).getBoundingClientRect().left > part(el, 'terms').getBoundingClientRect().right - 1;
    expect(beside).to.be.true;
    el.style.width = '20rem';
    await el.updateComplete;
    expect(link(el).getBoundingClientRect().top).to.be.greaterThan(part(el, 'terms').getBoundingClientRect().bottom - 1);
  });
});

describe('<ix-trial-cta> accessibility', () => {
  expectSystemMedia({ reducedMotion: 'no-preference', forcedColors: 'none' });

  for (const layout of ['inline', 'banner', 'compact']) {
    for (const theme of ['light', 'dark']) {
      it(`is axe clean: ${layout}, ${theme}`, async () => {
        const el = await fixture<IxTrialCta>(html`<ix-trial-cta layout=${layout} theme=${theme}></ix-trial-cta>`);
        await expect(el).to.be.accessible();
      });
    }
  }

  it('describes the link with the terms, so the price is heard on focus', async () => {
    const el = await fixture<IxTrialCta>(html`<ix-trial-cta></ix-trial-cta>`);
    const id = link(el).getAttribute('aria-describedby')!;
    expect(el.shadowRoot!.getElementById(id)).to.equal(part(el, 'terms'));
  });

  it('shows a visible focus ring when reached by keyboard', async () => {
    const el = await fixture<IxTrialCta>(html`<ix-trial-cta></ix-trial-cta>`);
    await press('Tab');
    expect(el.shadowRoot!.activeElement).to.equal(link(el));
    const style = getComputedStyle(link(el));
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
  });

  // In forced colours and with reduced motion: trial-cta.forced-colors.test.ts and
  // trial-cta.reduced-motion.test.ts.
  it('keeps a border on the button, transparent until a forced-colours rule paints it', async () => {
    const el = await fixture<IxTrialCta>(html`<ix-trial-cta></ix-trial-cta>`);
    const style = getComputedStyle(link(el));
    expect(style.borderTopStyle).to.equal('solid');
    expect(parseFloat(style.borderTopWidth)).to.be.at.least(1);
    const forced = el
      .shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])
      .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors: active'))
      .flatMap((rule) => [...rule.cssRules] as CSSStyleRule[]);
    expect(forced.some((rule) => rule.selectorText === '.button' && rule.style.borderColor.toLowerCase() === 'buttontext')).to.be.true;
  });

  it('animates the hover colour when no reduced motion is asked for', async () => {
    const el = await fixture<IxTrialCta>(html`<ix-trial-cta></ix-trial-cta>`);
    expect(getComputedStyle(link(el)).transitionDuration).not.to.equal('0s');
  });

  it('follows theme="dark"', async () => {
    const light = await fixture<IxTrialCta>(html`<ix-trial-cta theme="light"></ix-trial-cta>`);
    const dark = await fixture<IxTrialCta>(html`<ix-trial-cta theme="dark"></ix-trial-cta>`);
    expect(getComputedStyle(part(dark, 'base')).backgroundColor).not.to.equal(getComputedStyle(part(light, 'base')).backgroundColor);
    expect(getComputedStyle(dark).colorScheme).to.equal('dark');
  });
});
