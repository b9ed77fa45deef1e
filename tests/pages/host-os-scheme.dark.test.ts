import type { PageFrame } from '../support/page-frame.js';
import { expectShown, openHost } from './host-scheme.js';
import { expectSystemMedia } from '../support/system-media.js';

/**
 * The reader's OS set to dark (browsers launched so, in every engine: scripts/wtr-media.mjs). Only
 * hosts that follow the OS follow it; a light-only page keeps its look. A light OS is the default
 * of every other file (host-os-scheme.test.ts); the OS switching while a page is open is in
 * host-os-scheme.os-switch.test.ts.
 */

describe('the reader’s OS set to dark', function () {
  this.timeout(20_000);
  expectSystemMedia({ colorScheme: 'dark' });
  let page: PageFrame | undefined;
  afterEach(() => page?.close());

  for (const host of ['pico', 'bulma']) {
    it(`${host}, which follows the OS, is dark, and so is every element on it`, async () => {
      page = await openHost(`/demo/hosts/${host}.html`);
      await expectShown(page, 'dark');
    });
  }

  it('a light-only page (Bootstrap light) stays light', async () => {
    page = await openHost('/demo/hosts/bootstrap.html');
    await expectShown(page, 'light');
  });

  it('a page that allows both schemes and paints nothing follows the OS', async () => {
    page = await openHost('/tests/pages/fixtures/plain-host.html');
    page.document.documentElement.style.colorScheme = 'light dark';
    await expectShown(page, 'dark', { behind: false });
  });
});
