import { ContextProvider, createContext } from '@lit/context';
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import type { IxCardInfo } from '../../shared/contexts.js';
import './define.js';
import '../trial-cta/define.js';
import type { IxTrialCta } from '../trial-cta/trial-cta.component.js';
import { captureWarnings, link, linkUrl, part, terms } from '../trial-cta/test-support.js';
import type { IxProvider } from './provider.component.js';

const NBSP = '\u00a0';

/** Stands in for a technique card: provides its info and renders a CTA in its shadow root. */
class CardStandIn extends LitElement {
  readonly card = new ContextProvider(this, {
    context: createContext<IxCardInfo | undefined>(Symbol.for('ix-widgets.card')),
    initialValue: {
      slug: 'make-the-step-down-visibly-deliberate',
      title: 'Make the step-down visibly deliberate',
      product: 'IX Coach',
      pitch: 'Card pitch.',
      trialDays: 3,
      price: 20,
      currency: 'GBP',
      interval: 'month',
    } satisfies IxCardInfo,
  });
  override render() {
    return html`<ix-trial-cta></ix-trial-cta>`;
  }
}
customElements.define('ix-card-stand-in', CardStandIn);

const ctaIn = (root: ParentNode, selector = 'ix-trial-cta') => root.querySelector<IxTrialCta>(selector)!;

describe('<ix-provider>', () => {
  it('draws nothing itself', async () => {
    const provider = await fixture<IxProvider>(html`<ix-provider><p>text</p></ix-provider>`);
    expect(getComputedStyle(provider).display).to.equal('contents');
  });

  it('gives its settings to every element inside', async () => {
    const provider = await fixture<IxProvider>(html`<ix-provider price="30" currency="EUR" locale="de-DE" href="https://site.example/join" utm-source="site">
      <ix-trial-cta id="a"></ix-trial-cta>
      <div><ix-trial-cta id="b" layout="compact"></ix-trial-cta></div>
    </ix-provider>`);
    for (const cta of provider.querySelectorAll<IxTrialCta>('ix-trial-cta')) {
      await cta.updateComplete;
      expect(terms(cta)).to.equal(`7 days free, then 30${NBSP}€/month (~1,00${NBSP}€/day)`);
      expect(linkUrl(cta).host).to.equal('site.example');
      expect(linkUrl(cta).searchParams.get('utm_source')).to.equal('site');
    }
  });

  it('lets an element’s own attribute win', async () => {
    const provider = await fixture<IxProvider>(html`<ix-provider price="30" interval="year"><ix-trial-cta price="400"></ix-trial-cta></ix-provider>`);
    const cta = ctaIn(provider);
    await cta.updateComplete;
    expect(terms(cta)).to.equal('7 days free, then $400/year (~$1.10/day)');
  });

  it('merges nested providers, the nearest winning field by field', async () => {
    const outer = await fixture<IxProvider>(html`<ix-provider price="30" currency="EUR" locale="de-DE" trial-days="14">
      <ix-provider id="inner" currency="GBP" locale="en-GB"><ix-trial-cta id="inside"></ix-trial-cta></ix-provider>
      <ix-trial-cta id="outside"></ix-trial-cta>
    </ix-provider>`);
    const inside = ctaIn(outer, '#inside');
    const outside = ctaIn(outer, '#outside');
    await inside.updateComplete;
    await outside.updateComplete;
    expect(terms(inside)).to.equal('14 days free, then £30/month (~£1.00/day)');
    expect(terms(outside)).to.equal(`14 days free, then 30${NBSP}€/month (~1,00${NBSP}€/day)`);
  });

  it('updates every element live, through nested providers', async () => {
    const outer = await fixture<IxProvider>(html`<ix-provider price="30">
      <ix-provider currency="GBP" locale="en-GB"><ix-trial-cta></ix-trial-cta></ix-provider>
    </ix-provider>`);
    const cta = ctaIn(outer);
    await cta.updateComplete;
    outer.setAttribute('price', '60');
    outer.setAttribute('interval', 'year');
    await outer.updateComplete;
    await outer.querySelector<IxProvider>('ix-provider')!.updateComplete;
    await cta.updateComplete;
    expect(terms(cta)).to.equal('7 days free, then £60/year (~£0.15/day)');
    outer.removeAttribute('price');
    await outer.updateComplete;
    await outer.querySelector<IxProvider>('ix-provider')!.updateComplete;
    await cta.updateComplete;
    expect(terms(cta)).to.equal('7 days free, then £40/year (~£0.10/day)');
  });

  it('reaches elements added later', async () => {
    const provider = await fixture<IxProvider>(html`<ix-provider price="12" trial-days="0"></ix-provider>`);
    const cta = document.createElement('ix-trial-cta');
    provider.append(cta);
    await cta.updateComplete;
    expect(terms(cta)).to.equal('$12/month (~$0.40/day)');
  });

  it('hands its elements to a provider put between them later, and lets go of an element moved away', async () => {
    const outer = await fixture<IxProvider>(html`<ix-provider price="30"><div><ix-trial-cta></ix-trial-cta></div></ix-provider>`);
    const cta = ctaIn(outer);
    await cta.updateComplete;
    const wrapper = outer.querySelector('div')!;
    const inner = document.createElement('ix-provider');
    inner.setAttribute('currency', 'GBP');
    inner.setAttribute('locale', 'en-GB');
    outer.append(inner);
    // The element stays where it is; the new provider wraps its container.
    inner.append(wrapper);
    await inner.updateComplete;
    await cta.updateComplete;
    expect(terms(cta)).to.equal('7 days free, then £30/month (~£1.00/day)');
    // Moved out of both, it keeps no subscription: the old providers' changes no longer reach it.
    document.body.append(cta);
    await cta.updateComplete;
    outer.setAttribute('price', '90');
    await outer.updateComplete;
    await inner.updateComplete;
    expect(inner.config.price).to.equal(90);
    await cta.updateComplete;
    expect(terms(cta)).to.equal('7 days free, then £30/month (~£1.00/day)');
    cta.remove();
  });

  it('reaches an element inside another element’s shadow root', async () => {
    const provider = await fixture<IxProvider>(html`<ix-provider price="50" currency="EUR" locale="de-DE"><div></div></ix-provider>`);
    const host = provider.querySelector('div')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<ix-trial-cta></ix-trial-cta>';
    const cta = ctaIn(shadow);
    await cta.updateComplete;
    expect(terms(cta)).to.equal(`7 days free, then 50${NBSP}€/month (~1,65${NBSP}€/day)`);
  });

  it('sets every word of the call to action, its pitch included, once for everything inside', async () => {
    const provider = await fixture<IxProvider>(html`<ix-provider
      locale="de-DE" currency="EUR" price="30"
      heading="Üben mit {product}" pitch="Proben Sie Ihre nächste Bitte mit {product}."
      trial-text="{days} Tage kostenlos, dann" price-text="{price}/Monat" per-day-text="(~{perDay}/Tag)" label="{days} Tage kostenlos testen">
      <ix-trial-cta></ix-trial-cta><ix-card-stand-in></ix-card-stand-in>
    </ix-provider>`);
    const inCard = ctaIn(provider.querySelector('ix-card-stand-in')!.shadowRoot!);
    for (const cta of [ctaIn(provider), inCard]) {
      await cta.updateComplete;
      expect(part(cta, 'heading').textContent.trim()).to.equal('Üben mit IX Coach');
      // A card's own pitch gives way to the provider's, so a page in German reads German throughout.
      expect(part(cta, 'pitch').textContent.trim()).to.equal('Proben Sie Ihre nächste Bitte mit IX Coach.');
      expect(link(cta).textContent.trim()).to.match(/^\d Tage kostenlos testen$/);
    }
    expect(terms(inCard)).to.equal(`3 Tage kostenlos, dann 30${NBSP}€/Monat (~1,00${NBSP}€/Tag)`);
  });

  it('ranks card terms below providers and above the built-in defaults', async () => {
    const alone = await fixture<CardStandIn>(html`<ix-card-stand-in></ix-card-stand-in>`);
    const inCard = ctaIn(alone.shadowRoot!);
    await inCard.updateComplete;
    expect(terms(inCard)).to.equal('3 days free, then £20/month (~£0.65/day)');
    expect(part(inCard, 'pitch').textContent.trim()).to.equal('Card pitch.');
    expect(linkUrl(inCard).searchParams.get('utm_campaign')).to.equal('make-the-step-down-visibly-deliberate');

    const provided = await fixture<IxProvider>(html`<ix-provider currency="USD" locale="en-US"><ix-card-stand-in></ix-card-stand-in></ix-provider>`);
    const cta = ctaIn(provided.querySelector('ix-card-stand-in')!.shadowRoot!);
    await cta.updateComplete;
    expect(terms(cta)).to.equal('3 days free, then $20/month (~$0.65/day)');
    let technique: string | undefined;
    provided.addEventListener('ix-cta-click', (event) => {
      technique = event.detail.technique;
      event.preventDefault();
    });
    link(cta).click();
    expect(technique).to.equal('make-the-step-down-visibly-deliberate');
  });

  it('leaves a card term the configuration refuses (a currency this browser does not know) to the next layer', async () => {
    const card = await fixture<CardStandIn>(html`<ix-card-stand-in></ix-card-stand-in>`);
    card.card.setValue({ ...card.card.value!, currency: 'XYZ' });
    const cta = ctaIn(card.shadowRoot!);
    await cta.updateComplete;
    expect(terms(cta)).to.equal('3 days free, then $20/month (~$0.65/day)');
  });

  it('applies its theme to elements without a theme of their own', async () => {
    const provider = await fixture<IxProvider>(html`<ix-provider theme="dark">
      <ix-trial-cta id="follows"></ix-trial-cta><ix-trial-cta id="own" theme="light"></ix-trial-cta>
    </ix-provider>`);
    const follows = ctaIn(provider, '#follows');
    const own = ctaIn(provider, '#own');
    await follows.updateComplete;
    await own.updateComplete;
    expect(getComputedStyle(follows).colorScheme).to.equal('dark');
    expect(follows.hasAttribute('theme')).to.be.false;
    expect(getComputedStyle(own).colorScheme).to.equal('light');
    provider.theme = 'light';
    await provider.updateComplete;
    await follows.updateComplete;
    expect(getComputedStyle(follows).colorScheme).to.equal('light');
    // The button eases its background to the new theme; judge contrast at the end of that
    // transition. Jumped to, not awaited: a test tab in the background may never run it.
    for (const animation of follows.shadowRoot!.getAnimations()) animation.finish();
    await expect(follows).to.be.accessible();
  });

  it('puts its theme above the page’s own light or dark, and an element’s theme above its own', async () => {
    // A page section that declares dark and paints dark: without a theme the elements follow it.
    const section = document.createElement('div');
    section.style.cssText = 'color-scheme: dark; background: #111';
    document.body.append(section);
    try {
      section.innerHTML = `<ix-provider theme="light">
        <ix-trial-cta id="follows"></ix-trial-cta><ix-trial-cta id="own" theme="dark"></ix-trial-cta>
      </ix-provider>`;
      const provider = section.querySelector<IxProvider>('ix-provider')!;
      await provider.updateComplete;
      const follows = ctaIn(provider, '#follows');
      const own = ctaIn(provider, '#own');
      await follows.updateComplete;
      await own.updateComplete;
      expect(follows.getAttribute('resolved-theme')).to.equal('light');
      expect(getComputedStyle(follows).colorScheme).to.equal('light');
      expect(own.getAttribute('resolved-theme')).to.equal('dark');
      provider.theme = undefined;
      await provider.updateComplete;
      await follows.updateComplete;
      expect(follows.getAttribute('resolved-theme')).to.equal('dark');
      expect(follows.hasAttribute('theme')).to.be.false;
    } finally {
      section.remove();
    }
  });

  it('replaces the words for every element inside', async () => {
    const provider = await fixture<IxProvider>(html`<ix-provider
      locale="de-DE" currency="EUR" price="30"
      heading="Üben mit {product}" trial-text="{days} Tage kostenlos, dann" price-text="{price}/Monat"
      per-day-text="(~{perDay}/Tag)" label="{days} Tage kostenlos testen"
    ><ix-trial-cta></ix-trial-cta></ix-provider>`);
    const cta = ctaIn(provider);
    await cta.updateComplete;
    expect(part(cta, 'heading').textContent.trim()).to.equal('Üben mit IX Coach');
    expect(terms(cta)).to.equal(`7 Tage kostenlos, dann 30${NBSP}€/Monat (~1,00${NBSP}€/Tag)`);
    expect(link(cta).textContent.trim()).to.equal('7 Tage kostenlos testen');
  });

  describe('invalid values', () => {
    let warnings: ReturnType<typeof captureWarnings>;
    beforeEach(() => (warnings = captureWarnings()));
    afterEach(() => warnings.restore());

    it('warns once per bad value and hands down the outer provider’s value instead', async () => {
      const outer = await fixture<IxProvider>(html`<ix-provider price="25" currency="EUR" locale="de-DE">
        <ix-provider price="-5" currency="EURO" locale="??" trial-days="abc" href="javascript:alert(1)" theme="blue">
          <ix-trial-cta></ix-trial-cta>
        </ix-provider>
      </ix-provider>`);
      const cta = ctaIn(outer);
      await cta.updateComplete;
      expect(terms(cta)).to.equal(`7 days free, then 25${NBSP}€/month (~0,80${NBSP}€/day)`);
      expect(linkUrl(cta).host).to.equal('ixcoach.com');
      expect(warnings.messages).to.have.members([
        '<ix-provider> price="-5": must be a number ≥ 0; using 25',
        '<ix-provider> currency="EURO": must be an ISO 4217 currency code this browser knows; using EUR',
        '<ix-provider> locale="??": must be a locale this browser supports; using de-DE',
        '<ix-provider> trial-days="abc": must be a whole number of days from 0 to 365; using 7',
        '<ix-provider> href="javascript:alert(1)": must be an http(s) or relative link; using https://ixcoach.com/signup',
        '<ix-provider> theme="blue": must be "light" or "dark"; ignored',
      ]);
      // The outer provider changing re-validates the inner one: still no second warning.
      outer.price = 26;
      await outer.updateComplete;
      await cta.updateComplete;
      expect(terms(cta)).to.contain('26');
      expect(warnings.messages).to.have.length(6);
    });

    it('lets a bad own attribute fall back to the provider, warning once', async () => {
      const provider = await fixture<IxProvider>(html`<ix-provider price="30"><ix-trial-cta price="cheap"></ix-trial-cta></ix-provider>`);
      const cta = ctaIn(provider);
      await cta.updateComplete;
      expect(terms(cta)).to.equal('7 days free, then $30/month (~$1.00/day)');
      expect(warnings.messages).to.deep.equal(['<ix-trial-cta> price="cheap": must be a number ≥ 0; using 30']);
    });
  });
});
