import { expect } from '@open-wc/testing';
import { describe as name, ixElements, paintedBehind, sideOf, surfaceOf } from '../support/host-measure.js';
import { openPage, settlePage, waitInPage, type PageFrame } from '../support/page-frame.js';

/**
 * What the host-os-scheme and host-theme-switch files share: open a host, and check every element
 * shows one scheme.
 */

export type Scheme = 'light' | 'dark';
/**
 * Each element's resolved theme and the side of its surface, and of the page behind it (unless
 * the page paints nothing of its own: the browser's canvas is no element to measure).
 */
const seen = (page: PageFrame, behind: boolean) =>
  ixElements(page.document).map((el) => `${name(el)}: ${el.getAttribute('resolved-theme')}, ${sideOf(surfaceOf(el))}${behind ? ` on ${sideOf(paintedBehind(el))}` : ''}`);
const all = (page: PageFrame, scheme: Scheme, behind: boolean) =>
  ixElements(page.document).map((el) => `${name(el)}: ${scheme}, ${scheme}${behind ? ` on ${scheme}` : ''}`);

/** Waits (a page may ease its background into the new colours) until every element shows `scheme`; fails with what it saw. */
export async function expectShown(page: PageFrame, scheme: Scheme, { behind = true } = {}): Promise<void> {
  const done = () =>
    ixElements(page.document).every(
      (el) => el.getAttribute('resolved-theme') === scheme && sideOf(surfaceOf(el)) === scheme && (!behind || sideOf(paintedBehind(el)) === scheme),
    );
  await waitInPage(page, done, `every element to show ${scheme}`, 3000).catch(() => undefined);
  expect(seen(page, behind)).to.deep.equal(all(page, scheme, behind));
}

export async function openHost(url: string): Promise<PageFrame> {
  const page = await openPage(url, { width: 1024, height: 800 });
  await settlePage(page);
  return page;
}
