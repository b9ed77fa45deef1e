import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { describe as name, isDarkLuminance, ixElements, paintedBehind, relativeLuminance, surfaceOf } from '../support/host-measure.js';
import { openPage, settlePage, waitInPage, type PageFrame } from '../support/page-frame.js';

/**
 * The reader's OS light/dark setting switched while a host is open: followed without a reload.
 * Only Chromium can change the setting on a running page (CDP, through `emulateMedia`); Firefox
 * and WebKit read it at launch, so this preset's files are listed as not run there, and the
 * *.dark files test a dark OS at load in every engine.
 */

type Scheme = 'light' | 'dark';
const side = (rgb: [number, number, number]): Scheme => (isDarkLuminance(relativeLuminance(rgb)) ? 'dark' : 'light');
/**
 * Each element's resolved theme and the side of its surface, and of the page behind it (unless
 * the page paints nothing of its own: the browser's canvas is no element to measure).
 */
const seen = (page: PageFrame, behind: boolean) =>
  ixElements(page.document).map((el) => `${name(el)}: ${el.getAttribute('resolved-theme')}, ${side(surfaceOf(el))}${behind ? ` on ${side(paintedBehind(el))}` : ''}`);
const all = (page: PageFrame, scheme: Scheme, behind: boolean) =>
  ixElements(page.document).map((el) => `${name(el)}: ${scheme}, ${scheme}${behind ? ` on ${scheme}` : ''}`);

async function expectShown(page: PageFrame, scheme: Scheme, { behind = true } = {}): Promise<void> {
  const done = () => ixElements(page.document).every((el) => el.getAttribute('resolved-theme') === scheme && side(surfaceOf(el)) === scheme);
  await waitInPage(page, done, `every element to show ${scheme}`, 3000).catch(() => undefined);
  expect(seen(page, behind)).to.deep.equal(all(page, scheme, behind));
}

async function openHost(url: string): Promise<PageFrame> {
  const page = await openPage(url, { width: 1024, height: 800 });
  await settlePage(page);
  return page;
}

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
