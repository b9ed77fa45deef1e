import { emulateMedia } from '@web/test-runner-commands';
import type { PageFrame } from '../support/page-frame.js';
import { expectShown, openHost } from './host-scheme.js';

/**
 * The reader's OS light/dark setting switched while a host is open: followed without a reload.
 * Only Chromium can change the setting on a running page (CDP, through `emulateMedia`); Firefox
 * and WebKit read it at launch, so this preset's files are listed as not run there, and the
 * *.dark files test a dark OS at load in every engine.
 */

describe('the reader’s OS switching while a host is open', function () {
  this.timeout(20_000);
  let page: PageFrame | undefined;
  afterEach(async () => {
    page?.close();
    await emulateMedia({ colorScheme: 'light' });
  });

  for (const host of ['pico', 'bulma']) {
    it(`${host} follows the OS: dark at load, light when the OS switches, dark again`, async () => {
      await emulateMedia({ colorScheme: 'dark' });
      page = await openHost(`/demo/hosts/${host}.html`);
      await expectShown(page, 'dark');
      await emulateMedia({ colorScheme: 'light' });
      await expectShown(page, 'light');
      await emulateMedia({ colorScheme: 'dark' });
      await expectShown(page, 'dark');
    });
  }

  it('a page that allows both schemes and paints nothing follows the OS as it switches', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    page = await openHost('/tests/pages/fixtures/plain-host.html');
    page.document.documentElement.style.colorScheme = 'light dark';
    await expectShown(page, 'dark', { behind: false });
    await emulateMedia({ colorScheme: 'light' });
    await expectShown(page, 'light', { behind: false });
  });
});
