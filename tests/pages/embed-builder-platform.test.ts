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

describe('embed builder: the link matches the page the user described', function () {
  this.timeout(40_000);
  afterEach(closeAllPages);

  const blog = 'page.background=%231b1b1f&page.text=%23e8e6e3&page.font=Georgia%2C+serif';
  const linkQuery = (builder: { field<T extends HTMLElement>(selector: string): T }) => new URL(builder.field<HTMLTextAreaElement>('#platform-code').value).searchParams;

  it('turns a dark page and its font into theme=dark and --ix-font-family, and leaves out what the card page ignores', async () => {
    const builder = await openBuilder(`?element=ix-technique-card&technique=${slug}&${blog}`);
    await builder.select('#platform', 'wordpress-author');
    const query = linkQuery(builder);
    expect(query.get('theme')).to.equal('dark');
    expect(query.get('--ix-font-family')).to.equal('Georgia, serif');
    expect([...query.keys()].filter((key) => key.startsWith('page'))).to.deep.equal([]);

    // The frame form carries the same.
    await builder.select('#platform', 'wix');
    expect(builder.field<HTMLTextAreaElement>('#platform-code').value).to.contain('theme=dark&amp;--ix-font-family=Georgia%2C+serif');
  });

  it('says light for a light page, and keeps the theme and font the user set for the element', async () => {
    const light = await openBuilder(`?element=ix-technique-card&technique=${slug}&page.background=%23fdfcf8`);
    await light.select('#platform', 'notion');
    expect(linkQuery(light).get('theme')).to.equal('light');
    expect(linkQuery(light).has('--ix-font-family')).to.equal(false);
    closeAllPages();

    const own = await openBuilder(`?element=ix-technique-card&technique=${slug}&theme=light&--ix-font-family=Verdana&${blog}`);
    await own.select('#platform', 'wordpress-author');
    expect(linkQuery(own).get('theme')).to.equal('light');
    expect(linkQuery(own).getAll('--ix-font-family')).to.deep.equal(['Verdana']);
  });

  it('tells the user that in a frame the element takes light or dark and the font from “Your page”', async () => {
    const builder = await openBuilder(`?element=ix-technique-card&technique=${slug}`);
    const hint = (id: string) => builder.field(`#${id}-help`).textContent.replace(/\s+/g, ' ');
    expect(hint('element-theme')).to.match(/in a frame and cannot see your page: the builder then picks light or dark from your background under “Your page”/);
    expect(hint('token-ix-font-family')).to.match(/in a frame and cannot see your page: the builder then uses the font you give under “Your page”/);
  });
});
