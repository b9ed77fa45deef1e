/**
 * The builder's "Where will you paste it?": each platform's form for the configuration on the
 * page — the snippet itself, the embed page's address with the same options, or a frame — and a
 * plain statement where no form shows the live card.
 */
import { expect } from '@open-wc/testing';
import { closeAllPages, waitInPage } from '../support/page-frame.js';
import { openBuilder } from './embed-builder-page.js';

const slug = 'make-the-step-down-visibly-deliberate';

describe('embed builder: where will you paste it?', function () {
  this.timeout(40_000);
  afterEach(closeAllPages);

  it('gives the snippet, the card page’s address or a frame, as the platform allows', async () => {
    const builder = await openBuilder(`?element=ix-technique-card&technique=${slug}&variant=full&provider&provider.price=30`);
    expect(builder.page.document.querySelector('#platform-plan'), 'nothing before a platform is chosen').to.equal(null);
    const script = builder.snippet();

    await builder.select('#platform', 'wordpress-admin');
    expect(builder.snippet()).to.equal(script);

    await builder.select('#platform', 'wordpress-author');
    expect(builder.snippet()).to.equal(`http://localhost:4174/card/${slug}/?variant=full&provider.price=30`);
    expect(builder.field('#platform-advice').textContent).to.match(/removes <script>.*oEmbed/);

    await builder.select('#platform', 'wix');
    expect(builder.snippet()).to.match(/^<iframe src="http:\/\/localhost:4174\/card\/[^"]+" title="Make the step-down visibly deliberate — IX Coach"/);

    // The address follows the form.
    await builder.select('#element-variant', 'compact');
    await builder.select('#platform', 'notion');
    expect(builder.snippet()).to.equal(`http://localhost:4174/card/${slug}/?variant=compact&provider.price=30`);
  });

  it('shows the code once, in step 4 beside its copy button; step 3 says in one line what that copies and where it goes', async () => {
    const builder = await openBuilder(`?element=ix-concession-checker`);
    const doc = builder.page.document;
    const plan = () => builder.field('#platform-plan').textContent.replace(/\s+/g, ' ').trim();
    for (const [platform, line] of [
      ['ghost', 'Step 4 copies the script snippet: on Ghost, paste it in an HTML card.'],
      ['wordpress-author', 'Step 4 copies the checker page’s address: on Self-hosted WordPress, as author, contributor or editor, paste it alone on its own line (WordPress makes it an Embed block).'],
      ['wix', 'Step 4 copies the frame: on Wix, paste it in an Embed HTML element (Embed Code → Embed HTML).'],
    ] as const) {
      await builder.select('#platform', platform);
      expect(plan(), platform).to.equal(line);
      // One box with code on the whole page, and it is the one the copy button copies.
      expect(doc.querySelectorAll('textarea, pre').length, platform).to.equal(1);
      expect(builder.field('.platform').querySelector('textarea, pre, code.block'), platform).to.equal(null);
      expect(builder.field<HTMLTextAreaElement>('textarea').closest('#snippet-section'), platform).to.not.equal(null);
      expect(builder.field('#platform-plan a').getAttribute('href')).to.equal('#snippet-section');
    }
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
  const linkQuery = (builder: { field<T extends HTMLElement>(selector: string): T }) => new URL(builder.field<HTMLTextAreaElement>('#snippet').value).searchParams;

  it('turns a dark page and its font into theme=dark and --ix-font-family, and leaves out what the card page ignores', async () => {
    const builder = await openBuilder(`?element=ix-technique-card&technique=${slug}&${blog}`);
    await builder.select('#platform', 'wordpress-author');
    const query = linkQuery(builder);
    expect(query.get('theme')).to.equal('dark');
    expect(query.get('--ix-font-family')).to.equal('Georgia, serif');
    expect([...query.keys()].filter((key) => key.startsWith('page'))).to.deep.equal([]);

    // The frame form carries the same.
    await builder.select('#platform', 'wix');
    expect(builder.snippet()).to.contain('theme=dark&amp;--ix-font-family=Georgia%2C+serif');
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

describe('embed builder: the main copy action follows the platform', function () {
  this.timeout(40_000);
  afterEach(closeAllPages);

  const author = 'Self-hosted WordPress, as author, contributor or editor';

  it('copies the link, not the snippet, where the platform takes a link, and says where to paste it', async () => {
    const builder = await openBuilder(`?element=ix-technique-card&technique=${slug}&variant=full`);
    const script = builder.snippet();
    await builder.select('#platform', 'wordpress-author');
    const link = builder.snippet();
    expect(link).to.match(/^http:\/\/localhost:4174\/card\//);
    let copied = '';
    Object.defineProperty(builder.page.window.navigator, 'clipboard', {
      configurable: true,
      value: { writeText: (text: string) => ((copied = text), Promise.resolve()) },
    });
    const button = builder.field<HTMLButtonElement>('.copy-row button');
    expect(button.textContent.trim()).to.equal('Copy link');
    button.click();
    await waitInPage(builder.page, () => copied !== '', 'the copy');
    expect(copied).to.equal(link);
    const message = `Copied the link for ${author} to the clipboard.`;
    await waitInPage(builder.page, () => builder.field('.copy-status').textContent === message, message);
    // The box under the button holds what works there, and says so.
    expect(builder.snippet()).to.equal(link);
    expect(builder.field('label[for="snippet"]').textContent).to.equal(`The link for ${author}`);
    const where = builder.field('.paste-where').textContent.replace(/\s+/g, ' ');
    expect(where).to.contain(`on ${author}, paste the link alone on its own line`);
    expect(where).to.not.contain('Custom HTML');

    // Back to a platform that keeps scripts: the snippet again.
    await builder.select('#platform', 'ghost');
    expect(builder.snippet()).to.equal(script);
    expect(builder.field('.copy-row button').textContent.trim()).to.equal('Copy snippet');
    expect(builder.field('.paste-where').textContent.replace(/\s+/g, ' ')).to.contain('on Ghost, paste the snippet in an HTML card');
  });

  it('says beside the link which address it uses, and that a computer-only address must become a public one first', async () => {
    const builder = await openBuilder(`?element=ix-technique-card&technique=${slug}`);
    expect(builder.page.document.querySelector('.base-note'), 'no note for the snippet').to.equal(null);
    await builder.select('#platform', 'wordpress-author');
    for (const id of ['#snippet-base']) {
      const note = builder.field(id);
      const text = note.textContent.replace(/\s+/g, ' ');
      expect(note.className).to.contain('problem');
      expect(text).to.contain('Not ready to paste yet: this link points to http://localhost:4174/');
      expect(text).to.match(/public web address: build them with npm run build, with IX_EMBED_BASE set to that address/);
    }
  });

  it('built for a public embed site (IX_EMBED_BASE), links there and has no “not ready” note', async () => {
    // /demo-public-embed/ is the builder whose ix-widgets.json names https://embed.example.org/ (tests/support/embed-server.mjs).
    const builder = await openBuilder(`?element=ix-technique-card&technique=${slug}&variant=full`, 1280, { folder: '/demo-public-embed/' });
    await builder.select('#platform', 'wordpress-author');
    expect(builder.snippet()).to.equal(`https://embed.example.org/card/${slug}/?variant=full`);
    for (const id of ['#snippet-base']) {
      const note = builder.field(id);
      expect(note.className, id).to.not.contain('problem');
      expect(note.textContent.replace(/\s+/g, ' '), id).to.equal('This link points to the card pages at https://embed.example.org/.');
    }
    expect(builder.page.document.body.textContent).to.not.contain('Not ready to paste yet');
    await builder.select('#platform', 'wix');
    expect(builder.snippet()).to.match(/^<iframe src="https:\/\/embed\.example\.org\/card\/[^"]+"[^>]+><\/iframe>\n<script src="https:\/\/embed\.example\.org\/parent\.js" async><\/script>$/);
  });

  it('shows code as code, names the trial offer’s page, and titles the preview in good English', async () => {
    const builder = await openBuilder(`?element=ix-trial-cta&page=yours&page.background=%231b1b1f`);
    await builder.select('#platform', 'wordpress-author');
    const advice = builder.field('#platform-advice');
    expect(advice.textContent).to.not.contain('`');
    expect([...advice.querySelectorAll('code')].map((code) => code.textContent)).to.deep.equal(['unfiltered_html', '<script>', '<iframe>']);
    expect(builder.field('#platform-plan').textContent).to.contain('copies the trial offer page’s address');
    expect(advice.textContent).to.not.contain('card page');
    // Readers see a trial offer, not a card.
    expect(advice.textContent).to.contain('Readers see the live trial offer.');
    expect(advice.textContent).to.not.match(/\bcard\b/);
    expect(builder.field('#preview-frame').title).to.equal('Preview of the embed on your page');
    await builder.select('#preview-page', 'dark');
    expect(builder.field('#preview-frame').title).to.equal('Preview of the embed on the dark page');
  });
});
