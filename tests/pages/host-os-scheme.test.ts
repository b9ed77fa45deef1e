import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { describe as name, isDarkLuminance, ixElements, paintedBehind, relativeLuminance, surfaceOf } from '../support/host-measure.js';
import { openPage, settlePage, waitInPage, type PageFrame } from '../support/page-frame.js';

/**
 * The reader's OS light/dark setting (prefers-color-scheme), at load and switched while a host is
 * open. Only hosts that follow the OS follow it; a light-only or dark-only page keeps its look.
 *
 * CHROMIUM ONLY for now: the OS setting is emulated with `emulateMedia` from
 * @web/test-runner-commands, which needs the DevTools protocol. When the engine-neutral media
 * command (branch `engines`) is on main, this file moves onto it and runs in every engine.
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

describe('the reader’s OS light/dark setting (Chromium: emulateMedia)', function () {
  this.timeout(20_000);
  let page: PageFrame | undefined;
  afterEach(async () => {
    page?.close();
    await emulateMedia({ colorScheme: 'light' });
  });

  for (const host of ['pico', 'bulma']) {
    it(`${host} follows the OS: dark at load, light when the OS switches while open`, async () => {
      await emulateMedia({ colorScheme: 'dark' });
      page = await openHost(`/demo/hosts/${host}.html`);
      await expectShown(page, 'dark');
      await emulateMedia({ colorScheme: 'light' });
      await expectShown(page, 'light');
      await emulateMedia({ colorScheme: 'dark' });
      await expectShown(page, 'dark');
    });
  }

  it('a light-only page (Bootstrap light) stays light on a dark OS', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    page = await openHost('/demo/hosts/bootstrap.html');
    await expectShown(page, 'light');
  });

  it('a dark-only page (water.css dark) stays dark on a light OS', async () => {
    await emulateMedia({ colorScheme: 'light' });
    page = await openHost('/demo/hosts/water-dark.html');
    await expectShown(page, 'dark');
  });

  it('a page that allows both schemes and paints nothing follows the OS, also when it switches', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    page = await openHost('/tests/pages/fixtures/plain-host.html');
    page.document.documentElement.style.colorScheme = 'light dark';
    await expectShown(page, 'dark', { behind: false });
    await emulateMedia({ colorScheme: 'light' });
    await expectShown(page, 'light', { behind: false });
  });
});
