/**
 * What loading the bundle builds. Every element is defined as the bundle loads, so anything built
 * at import is paid by every page, including pages that show one card: number formats (a page's
 * first Intl.NumberFormat loads ICU's number data), the checker's Unicode patterns, stylesheets
 * of elements that are not there. Counted by tests/e2e/pages/load-cost-spies.js, which runs before
 * the bundle; the last test shows the spies do see those things when they are needed.
 */
import { expect } from '@open-wc/testing';
import { closeAllPages, openPage, waitInPage, type PageFrame } from '../support/page-frame.js';

afterEach(closeAllPages);

interface Built {
  numberFormats: string[];
  unicodePatterns: number;
  sheets: string[];
}

const built = (page: PageFrame) => (page.window as unknown as { __built: Built }).__built;
const checkerSheet = (sheet: string) => sheet.includes('textarea');
const shadow = (page: PageFrame, selector: string) => page.document.querySelector(selector)?.shadowRoot;

describe('what loading the bundle builds', function () {
  this.timeout(20_000);

  it('a page without elements: no number format, Unicode pattern or stylesheet', async () => {
    const page = await openPage('/tests/e2e/pages/load-cost-empty.html');
    await waitInPage(page, () => !!page.window.customElements.get('ix-concession-checker'), 'the bundle');
    expect(page.problems.errors).to.deep.equal([]);
    expect({ ...built(page) }).to.deep.equal({ numberFormats: [], unicodePatterns: 0, sheets: [] });
  });

  it('a page with one card: its default terms need no Intl.NumberFormat, and nothing of the checker is built', async () => {
    const page = await openPage('/tests/e2e/pages/load-cost-card.html');
    const terms = () => shadow(page, 'ix-technique-card')?.querySelector('ix-trial-cta')?.shadowRoot?.querySelector('[part~="terms"]');
    await waitInPage(page, () => !!terms()?.textContent, 'the card’s terms');
    expect(page.problems.errors).to.deep.equal([]);
    expect(terms()!.textContent.trim()).to.equal('7 days free, then $40/month (~$1.30/day)');
    const { numberFormats, unicodePatterns, sheets } = built(page);
    expect(numberFormats).to.deep.equal([]);
    expect(unicodePatterns).to.equal(0);
    expect(sheets.length, 'the card’s own stylesheets are built').to.be.greaterThan(0);
    expect(sheets.filter(checkerSheet), 'no stylesheet of the checker').to.deep.equal([]);
  });

  it('the spies see what is needed: another locale formats through Intl, a checker builds its patterns and stylesheet', async () => {
    const page = await openPage('/tests/e2e/pages/load-cost-needs.html');
    const terms = () => shadow(page, 'ix-trial-cta')?.querySelector('[part~="terms"]')?.textContent ?? '';
    await waitInPage(page, () => /€/.test(terms()), 'the terms in euros');
    const checker = page.document.querySelector('ix-concession-checker')!;
    const field = checker.shadowRoot!.querySelector('textarea')!;
    field.value = 'I understand. Could you do one evening instead of the whole weekend?';
    field.dispatchEvent(new page.window.InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText' }));
    await waitInPage(page, () => /deliberate/i.test(checker.shadowRoot!.textContent ?? ''), 'a verdict');
    const { numberFormats, unicodePatterns, sheets } = built(page);
    expect(numberFormats.length).to.be.greaterThan(0);
    expect(unicodePatterns).to.be.greaterThan(0);
    expect(sheets.filter(checkerSheet)).to.have.length(1);
  });
});
