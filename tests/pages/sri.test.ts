/**
 * The snippet's script tag, loaded from another origin as from the CDN (tests/support/embed-server.mjs):
 * with the right bytes the card renders; with tampered bytes the browser refuses the script, and
 * the card's plain HTML inside the element is what the reader gets, with no error on the page.
 */
import { expect } from '@open-wc/testing';
import { closeAllPages, openPage, settlePage, type PageFrame } from '../support/page-frame.js';

const cardTag = 'ix-technique-card';

async function cdnOrigin(): Promise<string> {
  return ((await (await fetch('/tests/support/cdn.json')).json()) as { origin: string }).origin;
}

function bundleScript(page: PageFrame): HTMLScriptElement {
  const script = page.document.querySelector<HTMLScriptElement>('script[type="module"][integrity]');
  if (!script) throw new Error('the page has no module script with an integrity attribute');
  return script;
}

describe('the CDN script tag with Subresource Integrity', () => {
  afterEach(closeAllPages);

  it('loads the bundle from another origin when its bytes match the hash, and the card renders', async () => {
    const page = await openPage('/tests/pages/sri/card.html?bundle=intact');
    await settlePage(page);
    const script = bundleScript(page);
    expect(new URL(script.src).origin).to.equal(await cdnOrigin());
    expect(new URL(script.src).origin).to.not.equal(page.window.location.origin);
    expect(script.integrity).to.match(/^sha384-[A-Za-z0-9+/]{64}$/);
    expect(script.crossOrigin).to.equal('anonymous');
    const card = page.document.querySelector(cardTag)!;
    const title = card.shadowRoot?.querySelector('[part~="title"]');
    expect(title?.textContent?.trim()).to.equal('Make the step-down visibly deliberate');
    // Rendered: the fallback inside the element is no longer what shows.
    expect(card.querySelector('article')!.getBoundingClientRect().height).to.equal(0);
    expect(page.problems.errors).to.deep.equal([]);
  });

  it('refuses a tampered bundle: the fallback stays readable and the page has no uncaught error', async () => {
    const page = await openPage('/tests/pages/sri/card.html?bundle=tampered');
    const script = bundleScript(page);
    expect(new URL(script.src).pathname).to.match(/^\/tampered\//);
    // openPage waited for `load`, which comes after every module script has run or failed.
    expect((page.window as unknown as { __ixTampered?: boolean }).__ixTampered).to.equal(undefined);
    expect(page.window.customElements.get(cardTag)).to.equal(undefined);
    const card = page.document.querySelector(cardTag)!;
    expect(card.shadowRoot).to.equal(null);
    const heading = card.querySelector('h3')!;
    expect(heading.textContent).to.equal('Make the step-down visibly deliberate');
    expect(heading.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(card.querySelector('ol')!.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(card.textContent).to.contain('How to do it');
    expect(card.textContent).to.contain('7 days free, then $40/month (~$1.30/day)');
    expect(page.problems.errors).to.deep.equal([]);
  });
});
