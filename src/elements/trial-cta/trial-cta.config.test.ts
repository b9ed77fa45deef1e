import { expect, fixture, html } from '@open-wc/testing';
import './define.js';
import { configSchema } from '../../shared/config/schema.js';
import { IxProvider } from '../provider/provider.component.js';
import { IxTrialCta } from './trial-cta.component.js';
import { captureWarnings, link, terms } from './test-support.js';

describe('<ix-trial-cta> invalid configuration', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  it('warns once per bad value, naming element, attribute and value, and renders with the defaults', async () => {
    const el = await fixture<IxTrialCta>(html`<ix-trial-cta
      price="-5"
      trial-days="abc"
      currency="XYZ"
      locale="not a locale!"
      interval="weekly"
      layout="sidebar"
    ></ix-trial-cta>`);
    expect(terms(el)).to.equal('7 days free, then $40/month (~$1.30/day)');
    expect(el.shadowRoot!.querySelector('.base.inline')).to.exist;
    expect(warnings.messages).to.have.members([
      '<ix-trial-cta> price="-5": must be a number ≥ 0; using 40',
      '<ix-trial-cta> trial-days="abc": must be a whole number of days from 0 to 365; using 7',
      '<ix-trial-cta> currency="XYZ": must be an ISO 4217 currency code this browser knows; using USD',
      '<ix-trial-cta> locale="not a locale!": must be a locale this browser supports; using en-US',
      '<ix-trial-cta> interval="weekly": must be "month" or "year"; using month',
      '<ix-trial-cta> layout="sidebar": must be "inline" or "banner" or "compact"; using inline',
    ]);
    expect(warnings.messages).to.have.length(6);
  });

  it('shows and warns the same for every element with the same settings, and apart for different ones', async () => {
    // A plain container: open-wc's fixture would wait for a frame a background tab never draws.
    const box = document.createElement('div');
    box.innerHTML = ['-5 a', '-5 a', '12 a', '12 b'].map((pair) => pair.split(' ')).map(([price, placement]) => `<ix-trial-cta price="${price}" placement="${placement}"></ix-trial-cta>`).join('');
    document.body.append(box);
    try {
      const [first, second, third, fourth] = [...box.querySelectorAll('ix-trial-cta')];
      await Promise.all([first, second, third, fourth].map((el) => el!.updateComplete));
      expect(warnings.messages).to.deep.equal(['<ix-trial-cta> price="-5": must be a number ≥ 0; using 40', '<ix-trial-cta> price="-5": must be a number ≥ 0; using 40']);
      expect([first, second, third, fourth].map((el) => terms(el!))).to.deep.equal([
        '7 days free, then $40/month (~$1.30/day)',
        '7 days free, then $40/month (~$1.30/day)',
        '7 days free, then $12/month (~$0.40/day)',
        '7 days free, then $12/month (~$0.40/day)',
      ]);
      expect(new URL(link(third!).href).searchParams.get('utm_content')).to.equal('a');
      expect(new URL(link(fourth!).href).searchParams.get('utm_content')).to.equal('b');
      // A number set from script is not the attribute's string, but reads the same.
      fourth!.price = 12;
      await fourth!.updateComplete;
      expect(terms(fourth!)).to.equal('7 days free, then $12/month (~$0.40/day)');
    } finally {
      box.remove();
    }
  });

  it('does not warn again on re-render, and warns again for a new bad value', async () => {
    const el = await fixture<IxTrialCta>(html`<ix-trial-cta price="abc"></ix-trial-cta>`);
    el.placement = 'footer';
    await el.updateComplete;
    el.currency = 'EUR';
    await el.updateComplete;
    expect(warnings.messages).to.have.length(1);
    el.price = '-1';
    await el.updateComplete;
    expect(warnings.messages).to.have.length(2);
    expect(warnings.messages[1]).to.contain('price="-1"');
  });

  it('recovers as soon as the value is fixed', async () => {
    const el = await fixture<IxTrialCta>(html`<ix-trial-cta price="NaN"></ix-trial-cta>`);
    expect(terms(el)).not.to.contain('NaN');
    el.price = '25';
    await el.updateComplete;
    expect(terms(el)).to.equal('7 days free, then $25/month (~$0.80/day)');
  });

  it('never renders NaN or a broken element for hostile property values', async () => {
    const el = await fixture<IxTrialCta>(html`<ix-trial-cta></ix-trial-cta>`);
    const values: unknown[] = [NaN, Infinity, -0.01, '', '  ', '1e400', {}, [], true, '<script>', 'ｆｏｏ'];
    for (const value of values) {
      Object.assign(el, { price: value, trialDays: value, currency: value, locale: value, interval: value, headingLevel: value });
      await el.updateComplete;
      expect(terms(el)).to.equal('7 days free, then $40/month (~$1.30/day)');
      expect(link(el).textContent.trim()).to.equal('Start your 7-day free trial');
    }
  });

  it('treats a number set as a property like the same attribute', async () => {
    const el = await fixture<IxTrialCta>(html`<ix-trial-cta></ix-trial-cta>`);
    el.price = 400;
    el.interval = 'year';
    el.trialDays = 0;
    await el.updateComplete;
    expect(terms(el)).to.equal('$400/year (~$1.10/day)');
    expect(warnings.messages).to.have.length(0);
  });
});

describe('configuration schema coverage', () => {
  // Imported with the file, not inside the test: zod's first load took over the 10 s test
  // timeout on 2 busy cores.
  it('validates every property of <ix-trial-cta> and <ix-provider>', () => {
    for (const element of [IxTrialCta, IxProvider]) {
      for (const key of element.elementProperties.keys()) expect(configSchema.shape, String(key)).to.have.property(String(key));
    }
  });
});
