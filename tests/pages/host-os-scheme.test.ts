import type { PageFrame } from '../support/page-frame.js';
import { expectShown, openHost } from './host-scheme.js';
import { expectSystemMedia } from '../support/system-media.js';

/**
 * The reader's OS set to light (the suite's default launch): a dark-only page keeps its look, and
 * a page that allows both schemes and paints nothing is light. host-os-scheme.dark.test.ts has
 * the dark OS; host-os-scheme.os-switch.test.ts the OS switching while a page is open.
 */

describe('the reader’s OS set to light', function () {
  this.timeout(20_000);
  expectSystemMedia({ colorScheme: 'light' });
  let page: PageFrame | undefined;
  afterEach(() => page?.close());

  it('a dark-only page (water.css dark) stays dark', async () => {
    page = await openHost('/demo/hosts/water-dark.html');
    await expectShown(page, 'dark');
  });

  it('a page that allows both schemes and paints nothing follows the OS', async () => {
    page = await openHost('/tests/pages/fixtures/plain-host.html');
    page.document.documentElement.style.colorScheme = 'light dark';
    await expectShown(page, 'light', { behind: false });
  });
});
