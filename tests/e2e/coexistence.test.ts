/**
 * Pages we don't control may load the bundle twice and run other Lit code: nothing throws, one
 * warning names the taken tags, and every element still works.
 */
import { expect } from '@open-wc/testing';
import { closeAllPages, openPage, renderedFrames, settlePage, waitInPage } from '../support/page-frame.js';

afterEach(closeAllPages);

describe('two copies of the bundle next to another Lit library', function () {
  this.timeout(20_000);

  it('no exception, one warning naming the taken tags, and every element works', async () => {
    const page = await openPage('/tests/e2e/pages/coexistence.html');
    await waitInPage(page, () => !!page.window.customElements.get('other-greeting'), 'the other library');
    await settlePage(page);
    await renderedFrames(page); // time for a second warning, if there were one

    expect(page.problems.errors).to.deep.equal([]);
    const ours = page.problems.warnings.filter((warning) => warning.includes('[ix-widgets]'));
    expect(ours, `warnings: ${JSON.stringify(page.problems.warnings)}`).to.have.length(1);
    expect(ours[0]).to.contain('<ix-technique-card>');

    const other = page.document.querySelector('other-greeting')!;
    await (other as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(other.shadowRoot!.querySelector('p')!.textContent).to.match(/another Lit library/);
    expect((page.document.querySelector('ix-technique-card')!.shadowRoot!.querySelector('article') as HTMLElement).innerText).to.match(/Why it works/);

    const checker = page.document.querySelector('ix-concession-checker')!;
    const field = checker.shadowRoot!.querySelector('textarea')!;
    field.value = 'Fine. Could you do Wednesday?';
    field.dispatchEvent(new page.window.InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText' }));
    await waitInPage(page, () => /invisible/i.test(checker.shadowRoot!.textContent ?? ''), 'the verdict "invisible"');
    const cta = page.document.querySelector('main > ix-trial-cta')!.shadowRoot!.querySelector('a')!;
    expect(cta.getAttribute('href')).to.match(/utm_source=ix-widgets/);
  });
});
