/**
 * The test server's held bundle (tests/support/test-server.mjs), which the late-bundle checks
 * rely on: a page opened with its bundle held paints its snippet with no element defined, for as
 * long as the test looks, and the elements arrive once the test releases it.
 */
import { expect } from '@open-wc/testing';
import { closeAllPages, openPage, renderedFrames, settlePage } from '../support/page-frame.js';

describe('the test server holding the bundle back', () => {
  afterEach(closeAllPages);

  it('keeps the elements undefined until released, then they render', async function () {
    this.timeout(120_000);
    // The server has `npm run embed` print the snippet first (a Chromium of its own renders its
    // first paint): seconds on busy cores, outside the page's parse deadline.
    expect((await fetch('/tests/pages/late/cta.html?hold=none')).status).to.equal(200);
    const hold = `gate-${Date.now()}`;
    const page = await openPage(`/tests/pages/late/cta.html?hold=${hold}`, { width: 800, until: 'parsed' });
    await renderedFrames(page, 5);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(page.window.customElements.get('ix-trial-cta'), 'held').to.equal(undefined);
    expect(page.document.querySelector('ix-trial-cta'), 'the snippet is on the page').to.not.equal(null);
    expect(await (await fetch(`/tests/support/release-bundle?name=${hold}`)).text()).to.equal(`released ${hold}`);
    await settlePage(page);
    const cta = page.document.querySelector('ix-trial-cta')!;
    expect(cta.shadowRoot?.querySelector('[part~="terms"]')?.textContent).to.equal('7 days free, then $40/month (~$1.30/day)');
  });
});
