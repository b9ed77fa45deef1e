import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import './define.js';
import '../provider/define.js';
import type { IxTrialCta } from './trial-cta.component.js';
import { captureWarnings, link, linkUrl } from './test-support.js';

describe('<ix-trial-cta> link', () => {
  it('adds campaign parameters to the default link', async () => {
    const el = await fixture<IxTrialCta>(html`<ix-trial-cta campaign="spring" placement="footer"></ix-trial-cta>`);
    const url = linkUrl(el);
    expect(url.origin).to.equal('https://ixcoach.com');
    expect(url.searchParams.get('utm_medium')).to.equal('widget');
    expect(url.searchParams.get('utm_source')).to.equal('ix-widgets');
    expect(url.searchParams.get('utm_campaign')).to.equal('spring');
    expect(url.searchParams.get('utm_content')).to.equal('footer');
  });

  it('keeps existing parameters and the fragment, adds no duplicates, keeps relative links relative', async () => {
    const el = await fixture<IxTrialCta>(
      html`<ix-trial-cta .href=${'/signup?plan=pro&utm_source=newsletter#form'} utm-source="blog"></ix-trial-cta>`,
    );
    expect(link(el).getAttribute('href')).to.equal('/signup?plan=pro&utm_source=newsletter&utm_medium=widget#form');
  });

  it('omits utm_content and utm_campaign when there is no placement or campaign', async () => {
    const el = await fixture<IxTrialCta>(html`<ix-trial-cta href="https://a.example/x"></ix-trial-cta>`);
    expect(link(el).getAttribute('href')).to.equal('https://a.example/x?utm_medium=widget&utm_source=ix-widgets');
  });

  const hostile = [
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
  ];
  for (const href of hostile) {
    it(`refuses ${JSON.stringify(href)} with one warning and falls back`, async () => {
      const warnings = captureWarnings();
      try {
        const el = document.createElement('ix-trial-cta');
        el.setAttribute('href', href);
        await fixture(el);
        expect(linkUrl(el).protocol).to.equal('https:');
        expect(linkUrl(el).host).to.equal('ixcoach.com');
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('<ix-trial-cta> href="').and.contain('using https://ixcoach.com');
      } finally {
        warnings.restore();
      }
    });
  }

  it('refuses a script link written with an entity in the page’s HTML', async () => {
    const warnings = captureWarnings();
    try {
      // A plain box (fixture() would wait for an animation frame a background tab may not get).
      const box = document.body.appendChild(document.createElement('div'));
      // Parsed as HTML, so &#x09; becomes a tab inside the scheme.
      box.innerHTML = '<ix-provider href="https://provider.example/join"><ix-trial-cta href="jav&#x09;ascript:alert(1)"></ix-trial-cta></ix-provider>';
      const el = box.querySelector('ix-trial-cta')!;
      await el.updateComplete;
      expect(linkUrl(el).host).to.equal('provider.example');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('href="jav\\tascript:alert(1)"').and.contain('using https://provider.example/join');
    } finally {
      warnings.restore();
    }
  });
});

describe('<ix-trial-cta> click', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  // A link's navigation is queued: Chromium runs a same-page one at once, Firefox a task later.
  // So these tests wait for the `hashchange` it causes rather than read location.hash at once.

  it('fires a bubbling, composed, cancelable ix-cta-click with href, placement and technique, then navigates', async () => {
    const el = await fixture<IxTrialCta>(html`<ix-trial-cta href="#ix-cta-target" placement="sidebar" technique="door-in-the-face"></ix-trial-cta>`);
    const heard = oneEvent(document, 'ix-cta-click');
    const navigated = oneEvent(window, 'hashchange');
    link(el).click();
    const event = await heard;
    expect(event.bubbles && event.composed && event.cancelable).to.be.true;
    expect(event.detail).to.deep.equal({ href: '#ix-cta-target', placement: 'sidebar', technique: 'door-in-the-face' });
    await navigated;
    expect(location.hash).to.equal('#ix-cta-target');
  });

  it('does not navigate when the host calls preventDefault()', async () => {
    const el = await fixture<IxTrialCta>(html`<ix-trial-cta href="#ix-cta-prevented"></ix-trial-cta>`);
    const cancel = (event: Event) => event.preventDefault();
    const hashes: string[] = [];
    const record = () => hashes.push(location.hash);
    window.addEventListener('hashchange', record);
    document.addEventListener('ix-cta-click', cancel);
    try {
      link(el).click();
      // A plain link clicked next navigates after any navigation the first click queued, so
      // once its hashchange arrives, a navigation by the CTA would have been seen first.
      const control = Object.assign(document.createElement('a'), { href: '#ix-cta-control' });
      el.after(control);
      const navigated = oneEvent(window, 'hashchange');
      control.click();
      await navigated;
      control.remove();
    } finally {
      document.removeEventListener('ix-cta-click', cancel);
      window.removeEventListener('hashchange', record);
    }
    expect(hashes).to.deep.equal(['#ix-cta-control']);
  });

  it('reports the final link with its campaign parameters', async () => {
    const el = await fixture<IxTrialCta>(html`<ix-trial-cta href="https://a.example/join" campaign="c1"></ix-trial-cta>`);
    let detailHref = '';
    el.addEventListener('ix-cta-click', (event) => {
      detailHref = event.detail.href;
      event.preventDefault();
    });
    link(el).click();
    expect(detailHref).to.equal('https://a.example/join?utm_medium=widget&utm_source=ix-widgets&utm_campaign=c1');
    expect(detailHref).to.equal(link(el).getAttribute('href'));
  });
});
