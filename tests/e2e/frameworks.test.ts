/**
 * The built React 19 and Vue 3 demo apps (dist-demo/, built by vite against dist/ix-widgets.js;
 * the test server builds them when stale, see ./e2e-server.mjs): properties follow app state,
 * events reach app state, and a cancelled `ix-cta-click` keeps the visitor on the page while the
 * app opens its own dialog.
 */
import { expect } from '@open-wc/testing';
import { closeAllPages, openPage, renderedFrames, settlePage, waitInPage, type PageFrame } from '../support/page-frame.js';

afterEach(closeAllPages);

type Card = HTMLElement & { variant: string };
type Checker = HTMLElement & { showFirstRequest: boolean };

async function open(framework: string): Promise<PageFrame> {
  const page = await openPage(`/dist-demo/${framework}.html`);
  await waitInPage(page, () => !!page.document.querySelector('ix-technique-card')?.shadowRoot?.querySelector('article'), 'the app to render the card');
  await settlePage(page);
  return page;
}

const byTestId = (page: PageFrame, id: string) => page.document.querySelector<HTMLElement>(`[data-testid="${id}"]`)!;
const shownText = (page: PageFrame, id: string) => byTestId(page, id).textContent ?? '';
const shadowText = (host: Element | null) => (host?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

function fillChecker(page: PageFrame, text: string): void {
  const field = page.document.querySelector('ix-concession-checker')!.shadowRoot!.querySelector('textarea')!;
  field.value = text;
  field.dispatchEvent(new page.window.InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText' }));
}

for (const framework of ['react', 'vue']) {
  describe(`${framework} demo (built)`, function () {
    this.timeout(20_000);

    it('renders every element with the properties the app sets', async () => {
      const page = await open(framework);
      const card = page.document.querySelector<Card>('ix-technique-card')!;
      expect(shadowText(card)).to.match(/step-down/i);
      expect(card.variant).to.equal('compact');
      const checker = page.document.querySelector<Checker>('ix-concession-checker')!;
      expect(checker.shadowRoot!.querySelector('textarea')).not.to.equal(null);
      expect(checker.showFirstRequest).to.equal(true);
      const cta = page.document.querySelector('ix-trial-cta')!.shadowRoot!.querySelector('a')!;
      expect(cta.getAttribute('href')).to.match(/^https:\/\/example\.com\/signup\?.*utm_content=\w+-demo/);
      expect(page.problems.errors).to.deep.equal([]);
    });

    it('app state switches the card: variant and technique (with its error reported back)', async () => {
      const page = await open(framework);
      const compact = [...page.document.querySelectorAll('label')].find((label) => label.textContent?.trim() === 'Compact')!.querySelector('input')!;
      expect(compact.checked).to.be.true;
      compact.click();
      const card = page.document.querySelector<Card>('ix-technique-card')!;
      await waitInPage(page, () => card.variant === 'full', 'the card to turn full');
      await waitInPage(page, () => shownText(page, 'card-status').includes('(full)'), 'the app to show "(full)"');

      const select = page.document.querySelector<HTMLSelectElement>('fieldset select')!;
      select.value = 'no-such-technique';
      select.dispatchEvent(new page.window.Event('change', { bubbles: true }));
      await waitInPage(page, () => shownText(page, 'card-status').includes('Card problem: unknown-slug'), 'the app to show the card’s error');
      expect(card.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.match(/no-such-technique/);
      // The card warns about the unknown slug in the console, as documented; nothing throws.
      expect(page.problems.errors).to.deep.equal([]);
    });

    it('typing in the checker updates the verdict the app shows outside the element', async () => {
      const page = await open(framework);
      // The checker reports its empty state at once; the app says there is nothing to judge yet.
      await waitInPage(page, () => shownText(page, 'verdict').includes('type a step-down below'), 'the empty verdict');
      fillChecker(
        page,
        'I understand, that was a big ask. Let me come down from what I asked: instead of the whole report, could you review just the summary page by Friday?',
      );
      await waitInPage(page, () => shownText(page, 'verdict').includes('Verdict: deliberate (5 of 5 checks passed)'), 'the app to show "deliberate"');
      const inside = shadowText(page.document.querySelector('ix-concession-checker'));
      expect(inside).to.match(/deliberate/i);
      expect(inside, 'the element itself shows every check passed').not.to.match(/partly|needs work/i);

      fillChecker(page, 'Fine. Could you do Wednesday?');
      await waitInPage(page, () => shownText(page, 'verdict').includes('Verdict: invisible'), 'the app to show "invisible"');
      expect(page.problems.errors).to.deep.equal([]);
    });

    it('a cancelled CTA click opens the app dialog and does not navigate', async () => {
      const page = await open(framework);
      const before = page.window.location.href;
      let loads = 0;
      page.frame.addEventListener('load', () => (loads += 1));
      page.document.querySelector('ix-trial-cta')!.shadowRoot!.querySelector('a')!.click();
      const dialog = byTestId(page, 'signup-dialog') as HTMLDialogElement;
      await waitInPage(page, () => dialog.open, 'the app’s dialog');
      // React opens the dialog at once and fills in the link when it next renders.
      await waitInPage(page, () => /https:\/\/example\.com\/signup\?.*utm_source=ix-widgets/.test(dialog.textContent ?? ''), 'the signup link in the dialog');
      await renderedFrames(page); // a navigation, if any, would have started by now
      expect(page.frame.contentWindow, 'the frame still shows the app').to.equal(page.window);
      expect(page.window.location.href).to.equal(before);
      expect(loads).to.equal(0);

      [...dialog.querySelectorAll('button')].find((button) => button.textContent?.trim() === 'Close')!.click();
      await waitInPage(page, () => !dialog.open, 'the dialog to close');
      expect(page.problems.errors).to.deep.equal([]);
    });
  });
}
