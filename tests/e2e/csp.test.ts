/**
 * The built bundle on a page served with a strict Content-Security-Policy and Trusted Types:
 * everything renders and works, and the page reports no violation and no console error.
 */
import { expect } from '@open-wc/testing';
import { closeAllPages, openPage, settlePage, waitInPage, type PageFrame } from '../support/page-frame.js';

afterEach(closeAllPages);

const shadow = (host: Element | null | undefined) => host?.shadowRoot ?? null;
const text = (node: Element | null | undefined) => (node as HTMLElement | null)?.innerText ?? '';

/** Types into a field the way a paste does: the value changes, then one `input` event. */
function fill(page: PageFrame, field: HTMLTextAreaElement, value: string): void {
  field.value = value;
  field.dispatchEvent(new page.window.InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText' }));
}

describe('strict CSP with Trusted Types', function () {
  this.timeout(20_000);

  it('every element renders and works, with no violation and no console error', async () => {
    const page = await openPage('/tests/e2e/pages/all-elements.html?csp=strict');
    await settlePage(page);
    const cards = [...page.document.querySelectorAll('ix-technique-card')];
    expect(text(shadow(cards[0])?.querySelector('article'))).to.match(/Make the step-down visibly deliberate/);
    // The practice call to action is the card's nested <ix-trial-cta>, in its own shadow root.
    const nestedCta = shadow(cards[0])?.querySelector('ix-trial-cta');
    expect(text(shadow(nestedCta)?.querySelector('[part~="terms"]'))).to.match(/7 days free, then \$40\/month \(~\$1\.30\/day\)/);
    expect(text(shadow(cards[2])?.querySelector('[role="alert"]'))).to.match(/no-such-card/);

    const checker = page.document.querySelector('ix-concession-checker')!;
    fill(page, shadow(checker)!.querySelector('textarea')!, 'I understand — that was a big ask. Let me propose something much more reasonable: could you read the first page?');
    await waitInPage(page, () => (shadow(checker)?.querySelectorAll('mark').length ?? 0) > 0, 'the checker to mark its evidence');

    const cta = shadow(page.document.querySelector('ix-trial-cta[layout="banner"]'))!.querySelector('a')!;
    expect(cta.getAttribute('href')).to.match(/^https:\/\/ixcoach\.example\/signup\?.*utm_medium=widget/);
    // JSON-LD goes through the Trusted Types policy too.
    expect(cards[0]!.querySelector('script[type="application/ld+json"]'), 'the card’s JSON-LD').not.to.equal(null);

    expect(page.problems.violations, 'CSP / Trusted Types violations').to.deep.equal([]);
    expect(page.problems.errors, 'console errors').to.deep.equal([]);

    // The policy, Trusted Types included, really is in force on this page, and the probe
    // reports a breach: a string passed to eval is refused as an untrusted script.
    expect(() => void page.window.eval('1'), 'eval refused by the policy').to.throw();
    await waitInPage(page, () => page.problems.violations.length > 0, 'the refused eval to be reported');
    expect(page.problems.violations.join('\n')).to.match(/^require-trusted-types-for: trusted-types-sink/);
  });
});
