import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { resetHostPage, wrapper } from '../../tests/support/host-fit.js';
import { toFront } from '../../tests/support/page-frame.js';
import '../elements/trial-cta/define.js';

/**
 * The reader's OS setting switched while the page is open. Only Chromium can change it on a
 * running page (CDP, `emulateMedia`); Firefox and WebKit read it at launch, so this preset's files
 * are listed as not run there (page-scheme.dark.test.ts covers a dark OS in every engine).
 */

describe('page scheme: the OS switching while the page is open', () => {
  afterEach(async () => {
    resetHostPage();
    document.documentElement.style.colorScheme = '';
    await emulateMedia({ colorScheme: 'light' });
  });

  it('an element follows the OS switching while the page is open', async () => {
    document.documentElement.style.colorScheme = 'light dark';
    await emulateMedia({ colorScheme: 'light' });
    const page = wrapper();
    page.innerHTML = '<ix-trial-cta></ix-trial-cta>';
    const cta = page.querySelector('ix-trial-cta') as HTMLElement & { updateComplete: Promise<unknown> };
    await cta.updateComplete;
    expect(cta.getAttribute('resolved-theme')).to.equal('light');
    await emulateMedia({ colorScheme: 'dark' });
    // The browser reports a media change at its next rendering update, which a hidden tab never has.
    for (let waited = 0; cta.getAttribute('resolved-theme') !== 'dark' && waited < 3000; waited += 20) {
      await toFront();
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await cta.updateComplete;
    expect(cta.getAttribute('resolved-theme')).to.equal('dark');
    expect(getComputedStyle(cta.shadowRoot!.querySelector('[part~="base"]')!).backgroundColor).to.equal('rgb(22, 27, 38)');
  });
});
