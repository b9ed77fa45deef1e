/**
 * The builder's "Where will you paste it?": each platform's form for the configuration on the
 * page — the snippet itself, the embed page's address with the same options, or a frame — and a
 * plain statement where no form shows the live card.
 */
import { expect } from '@open-wc/testing';
import { closeAllPages } from '../support/page-frame.js';
import { openBuilder } from './embed-builder-page.js';

const slug = 'make-the-step-down-visibly-deliberate';

describe('embed builder: where will you paste it?', function () {
  this.timeout(40_000);
  afterEach(closeAllPages);

  it('gives the snippet, the card page’s address or a frame, as the platform allows', async () => {
    const builder = await openBuilder(`?element=ix-technique-card&technique=${slug}&variant=full&provider&provider.price=30`);
    expect(builder.page.document.querySelector('#platform-code'), 'nothing before a platform is chosen').to.equal(null);

    await builder.select('#platform', 'wordpress-admin');
    expect(builder.field<HTMLTextAreaElement>('#platform-code').value).to.equal(builder.snippet());

    await builder.select('#platform', 'wordpress-author');
    expect(builder.field<HTMLTextAreaElement>('#platform-code').value).to.equal(`http://localhost:4174/card/${slug}/?variant=full&provider.price=30`);
    expect(builder.field('#platform-advice').textContent).to.match(/removes `<script>`.*oEmbed/);

    await builder.select('#platform', 'wix');
    expect(builder.field<HTMLTextAreaElement>('#platform-code').value).to.match(/^<iframe src="http:\/\/localhost:4174\/card\/[^"]+" title="Make the step-down visibly deliberate — IX Coach"/);

    // The address follows the form.
    await builder.select('#element-variant', 'compact');
    await builder.select('#platform', 'notion');
    expect(builder.field<HTMLTextAreaElement>('#platform-code').value).to.equal(`http://localhost:4174/card/${slug}/?variant=compact&provider.price=30`);
  });

  it('says plainly where nothing shows the live card', async () => {
    const builder = await openBuilder(`?element=ix-technique-card&technique=${slug}`);
    await builder.select('#platform', 'wordpress-com-free');
    const advice = builder.field('#platform-advice');
    expect(advice.className).to.equal('problem');
    expect(advice.textContent).to.match(/no form shows the live card/);
  });
});
