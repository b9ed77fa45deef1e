/**
 * `ix-card-view` with the browser's real IntersectionObserver (the unit tests drive it with
 * recorded entries), on a page of its own: nothing while the card is off screen, one event once
 * half of it shows, and no second event when the reader scrolls away and back.
 */
import { expect } from '@open-wc/testing';
import { closeAllPages, openPage, renderedFrames, settlePage, waitInPage } from '../support/page-frame.js';

afterEach(closeAllPages);

describe('ix-card-view in a real page', function () {
  this.timeout(20_000);

  it('fires once, when half the card is on screen', async () => {
    const page = await openPage('/tests/e2e/pages/card-view.html', { width: 1000, height: 700 });
    await settlePage(page);
    const views = (page.window as unknown as { __ixCardViews: unknown[] }).__ixCardViews;
    const card = page.document.getElementById('card')!;
    expect(card.shadowRoot!.querySelector('article'), 'the card rendered').not.to.equal(null);
    await renderedFrames(page);
    expect(views, 'no view while the card is below the fold').to.deep.equal([]);

    card.scrollIntoView({ block: 'center' });
    await waitInPage(page, () => views.length > 0, 'the view event');
    expect(views).to.deep.equal([{ slug: 'make-the-step-down-visibly-deliberate' }]);

    page.window.scrollTo(0, 0);
    await renderedFrames(page);
    card.scrollIntoView({ block: 'center' });
    await renderedFrames(page);
    expect(views, 'still one view after scrolling away and back').to.have.length(1);
  });
});
