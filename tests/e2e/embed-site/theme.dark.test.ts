/**
 * In a browser launched with a dark system setting: an embed page with no `theme` follows the
 * reader (dark), and `theme=light` — the host page saying it is light — wins over the reader.
 */
import { expect } from '@open-wc/testing';
import { expectSystemMedia } from '../../support/system-media.js';
import { closeAllPages, openPage, settlePage } from '../../support/page-frame.js';
import { cardPath } from './embed-site.js';

describe('embed pages in a dark system', function () {
  this.timeout(20_000);
  expectSystemMedia({ colorScheme: 'dark' });
  afterEach(closeAllPages);

  it('follow the reader’s dark setting, unless the host says theme=light', async () => {
    const page = await openPage(cardPath());
    await settlePage(page);
    const card = page.document.querySelector('[data-ix-embed]')!;
    expect(card.getAttribute('theme')).to.equal('dark');
    // The page itself stays transparent: the host's background shows around the card.
    expect(page.window.getComputedStyle(page.document.body).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    const light = await openPage(`${cardPath()}?theme=light`);
    await settlePage(light);
    expect(light.document.querySelector('[data-ix-embed]')!.getAttribute('theme')).to.equal('light');
  });
});
