import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { removeWrappers, wrapper } from '../../tests/support/host-fit.js';
import { toFront } from '../../tests/support/page-frame.js';
import '../elements/trial-cta/define.js';
import { schemeBehind } from './page-scheme.js';

/**
 * The reader's OS light/dark setting, the last resort: it decides only where the page allows both
 * schemes and paints nothing, because then the browser paints the canvas by it. A page that
 * declares nothing and paints nothing shows a white canvas, whatever the OS prefers.
 *
 * CHROMIUM ONLY for now: `emulateMedia` from @web/test-runner-commands needs the DevTools
 * protocol. When the engine-neutral media command (branch `engines`) is on main, this file moves
 * onto it and runs in every engine.
 */

describe('page scheme: the reader’s OS setting (Chromium: emulateMedia)', () => {
  afterEach(async () => {
    removeWrappers();
    document.documentElement.style.colorScheme = '';
    await emulateMedia({ colorScheme: 'light' });
  });

  it('a page that allows both schemes and paints nothing follows the OS', async () => {
    document.documentElement.style.colorScheme = 'light dark';
    await emulateMedia({ colorScheme: 'dark' });
    expect(schemeBehind(wrapper().appendChild(document.createElement('span')))).to.equal('dark');
    await emulateMedia({ colorScheme: 'light' });
    expect(schemeBehind(wrapper().appendChild(document.createElement('span')))).to.equal('light');
  });

  it('a page that declares nothing and paints nothing is light (a white canvas) on a dark OS', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    expect(schemeBehind(wrapper().appendChild(document.createElement('span')))).to.equal('light');
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
