import { expect } from '@open-wc/testing';
import { describe as name, isDarkLuminance, ixElements, paintedBehind, relativeLuminance, surfaceOf } from '../support/host-measure.js';
import { openPage, settlePage, waitInPage, type PageFrame } from '../support/page-frame.js';
import { expectSystemMedia } from '../support/system-media.js';

/**
 * The reader's OS set to light (the suite's default launch): a dark-only page keeps its look, and
 * a page that allows both schemes and paints nothing is light. host-os-scheme.dark.test.ts has
 * the dark OS; host-os-scheme.os-switch.test.ts the OS switching while a page is open.
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
