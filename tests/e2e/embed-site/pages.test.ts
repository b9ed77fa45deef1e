/**
 * Every embed page, opened whole in a frame of this test page: its element renders alone on a
 * transparent, margin-free body; the page's strict policy (no inline script or style) holds with
 * no violation and no console error; axe finds nothing; and the page tells its parent its
 * content's height, again when the content grows.
 */
import { expect } from '@open-wc/testing';
import { closeAllPages, openPage, settlePage, waitInPage } from '../../support/page-frame.js';
import { axeViolations, cardPath, contentHeight, embedPages, listen, site, type Inbox } from './embed-site.js';

let inbox: Inbox | undefined;
afterEach(() => {
  inbox?.stop();
  closeAllPages();
});

describe('embed pages', function () {
  this.timeout(30_000);

  for (const path of embedPages) {
    it(`${path}: the element alone, strict policy kept, no error, nothing for axe`, async () => {
      const page = await openPage(`${path}?ix-axe`, { width: 600, timeout: 15_000 });
      await settlePage(page);
      const element = page.document.querySelector('[data-ix-embed]')!;
      expect(element.shadowRoot, 'the element upgraded').not.to.equal(null);
      const body = page.window.getComputedStyle(page.document.body);
      expect([body.marginTop, body.marginLeft, body.backgroundColor]).to.deep.equal(['0px', '0px', 'rgba(0, 0, 0, 0)']);
      expect(page.window.getComputedStyle(page.document.documentElement).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      expect(page.problems.violations, 'policy violations while loading').to.deep.equal([]);
      // The policy is the page's own (its <meta>), in force: an inline style is refused and reported.
      const inline = page.document.createElement('style');
      inline.textContent = 'body { color: red }';
      page.document.head.append(inline);
      expect(page.window.getComputedStyle(page.document.body).color).not.to.equal('rgb(255, 0, 0)');
      await waitInPage(page, () => page.problems.violations.length > 0, 'the refused inline style to be reported');
      // Reported once per policy in force: the <meta> and the header the site's _headers adds.
      expect([...new Set(page.problems.violations.map((v) => v.split(':')[0]))]).to.deep.equal(['style-src-elem']);
      inline.remove();
      expect(page.problems.errors, 'console errors').to.deep.equal([]);
      expect(await axeViolations(page)).to.deep.equal([]);
    });
  }

  it('tells its parent the content’s height (±5 px) and again when the content grows', async () => {
    let frameWindow: Window | null = null;
    inbox = listen(() => frameWindow);
    const page = await openPage(cardPath(), { width: 600 });
    frameWindow = page.window;
    await settlePage(page);
    const first = await inbox.nextHeight((h) => Math.abs(h - contentHeight(page)) <= 5, 'the settled card');
    expect(first).to.be.greaterThan(100);
    // Open a compact card's first section: the content grows, and a new height follows it.
    const summary = page.document.querySelector('[data-ix-embed]')!.shadowRoot!.querySelector('summary')!;
    summary.click();
    await waitInPage(page, () => contentHeight(page) > first + 20, 'the opened section to grow the card');
    const grown = await inbox.nextHeight((h) => h > first + 20 && Math.abs(h - contentHeight(page)) <= 5, 'the grown card');
    expect(grown).to.be.closeTo(contentHeight(page), 5);
    // Narrower, the text wraps to more lines: taller again.
    await page.resize(320);
    await inbox.nextHeight((h) => h > grown && Math.abs(h - contentHeight(page)) <= 5, 'the card at 320 px');
  });

  it('takes the element’s options, its provider’s and its tokens from the query, and follows theme=dark', async () => {
    const page = await openPage(`${cardPath()}?variant=full&sections=why,cta&provider.price=30&--ix-color-accent=%23b00020&theme=dark&nonsense=1`);
    await settlePage(page);
    const card = page.document.querySelector<HTMLElement>('[data-ix-embed]')!;
    expect(card.getAttribute('variant')).to.equal('full');
    expect(card.getAttribute('resolved-theme') ?? card.getAttribute('theme')).to.equal('dark');
    expect(card.style.getPropertyValue('--ix-color-accent')).to.equal('#b00020');
    const cta = card.shadowRoot!.querySelector('ix-trial-cta')!;
    expect(cta.shadowRoot!.textContent).to.match(/\$30\/month/);
    const text = (card.shadowRoot as unknown as HTMLElement).textContent ?? '';
    expect(text).to.match(/Why it works/);
    expect(text, 'only the sections asked for').not.to.match(/How to do it|Common mistake/);
    expect(page.problems.warnings.join('\n')).to.match(/has no option "nonsense"; ignored/);
  });

  it('follows the reader’s light setting when no theme is given', async () => {
    const page = await openPage(cardPath());
    await settlePage(page);
    expect(page.document.querySelector('[data-ix-embed]')!.getAttribute('theme')).to.equal('light');
  });

  it('/go/ forwards only to a signup origin the build allows, and shows any other address plainly', async () => {
    const page = await openPage(`${site}go/?to=${encodeURIComponent('https://evil.example/phish')}`);
    const link = page.document.querySelector<HTMLAnchorElement>('#go a');
    expect(link?.href).to.equal('https://evil.example/phish');
    expect(page.document.querySelector('#go')!.textContent).to.match(/not one of the signup pages/);
    const notWeb = await openPage(`${site}go/?to=${encodeURIComponent('javascript:alert(1)')}`);
    expect(notWeb.document.querySelector('#go')!.textContent).to.match(/Only web addresses/);
    expect(notWeb.document.querySelector('#go a')).to.equal(null);
  });
});
