/**
 * Where things are, for someone using the builder the first time: one scroll for the whole page on
 * a desktop, the preview always in sight beside the form; the platform chosen before the copy
 * action it decides; and on a phone a preview that stays in sight without taking more than a third
 * of the screen while colours are edited under it.
 */
import { expect } from '@open-wc/testing';
import { closeAllPages } from '../support/page-frame.js';
import { openBuilder, type Builder } from './embed-builder-page.js';

const slug = 'make-the-step-down-visibly-deliberate';

/** Elements of the builder that scroll on their own (text boxes aside, whose text may be wider or longer). */
function ownScrollers(builder: Builder): string[] {
  const win = builder.page.window;
  return [...builder.root.querySelectorAll<HTMLElement>('*')]
    .filter((element) => element.localName !== 'textarea' && /auto|scroll/.test(win.getComputedStyle(element).overflowY) && element.scrollHeight > element.clientHeight + 1)
    .map((element) => `<${element.localName} class="${element.className}">`);
}

/** Focuses a field as a tap or the Tab key would bring it into view. */
function reach(builder: Builder, selector: string): HTMLElement {
  const field = builder.field(selector);
  (field.closest('.field, .choice') ?? field).scrollIntoView({ block: 'nearest' });
  field.focus();
  return field;
}

describe('embed builder: layout', function () {
  this.timeout(40_000);
  afterEach(closeAllPages);

  it('scrolls as one page at 1280 px, the whole preview in sight beside every part of the form', async () => {
    const builder = await openBuilder(`?technique=${slug}&provider`, 1280, { height: 800 });
    const win = builder.page.window;
    expect(ownScrollers(builder)).to.deep.equal([]);
    expect(builder.page.document.documentElement.scrollHeight).to.be.above(win.innerHeight * 3);
    for (const selector of ['#element-ix-trial-cta', '#platform', '#provider-price', '#token-ix-color-accent', '#token-ix-space']) {
      const field = reach(builder, selector);
      const frame = builder.field('.frame-box').getBoundingClientRect();
      const at = field.getBoundingClientRect();
      expect(at.top >= 0 && at.bottom <= win.innerHeight, `${selector} on screen`).to.equal(true);
      expect(frame.top, selector).to.be.at.least(0);
      expect(frame.bottom, selector).to.be.at.most(win.innerHeight);
      // Beside the form, not over it, and most of the window's height.
      expect(frame.left, selector).to.be.at.least(at.right);
      expect(frame.height, selector).to.be.at.least(win.innerHeight * 0.6);
    }
  });

  for (const width of [1280, 390]) {
    it(`asks where it will be pasted before the copy action it decides, at ${width} px`, async () => {
      const builder = await openBuilder(`?technique=${slug}`, width, { height: 844 });
      const platform = builder.field('#platform');
      const copy = builder.field('.copy-row button');
      expect(platform.compareDocumentPosition(copy) & Node.DOCUMENT_POSITION_FOLLOWING, 'in reading order').to.not.equal(0);
      expect(platform.getBoundingClientRect().bottom, 'on the page').to.be.below(copy.getBoundingClientRect().top);
      expect(builder.field('#platform-title').textContent).to.equal('3. Where will you paste it?');
      expect(builder.field('#snippet-title').textContent).to.equal('4. Copy the snippet');
      // Both come before the long form of options and colours.
      expect(copy.getBoundingClientRect().bottom).to.be.below(builder.field('#options-title').getBoundingClientRect().top);
    });
  }

  it('keeps the preview in sight on a 390 × 844 phone in at most a third of the screen while colours are edited', async () => {
    const builder = await openBuilder(`?technique=${slug}&page=yours`, 390, { height: 844 });
    const win = builder.page.window;
    for (const id of ['#page-background', '#token-ix-color-accent', '#token-ix-color-on-accent']) {
      const field = reach(builder, id);
      await builder.type(id, '#1b1b1f');
      const preview = builder.field('.preview').getBoundingClientRect();
      const frame = builder.field('.frame-box').getBoundingClientRect();
      expect(preview.top, id).to.be.at.least(0);
      expect(preview.height, `${id}: the preview's share of the screen`).to.be.at.most(win.innerHeight / 3 + 2);
      // Still a preview: a good part of the card shows.
      expect(frame.height, id).to.be.at.least(180);
      // The field, its label and the text under it are on screen below the preview.
      expect(builder.field(`label[for="${id.slice(1)}"]`).getBoundingClientRect().top, id).to.be.at.least(preview.bottom);
      expect(field.getBoundingClientRect().bottom, id).to.be.at.most(win.innerHeight + 1);
      expect(builder.field(`${id}-help`).getBoundingClientRect().bottom, id).to.be.at.most(win.innerHeight + 1);
    }
  });

  it('on a phone, brings into the preview the part painted in the colour just changed, scrolling only the preview', async () => {
    const builder = await openBuilder('?element=ix-concession-checker&cta', 390, { height: 844 });
    const frame = builder.field<HTMLIFrameElement>('#preview-frame');
    /** Parts of the checker painted in `rgb` (text, background or border) that the preview shows. */
    const shown = (rgb: string) => {
      const { window: win, document: doc } = builder.preview();
      const found: string[] = [];
      const visit = (root: ShadowRoot) => {
        for (const node of root.querySelectorAll('*')) {
          if (node.shadowRoot) visit(node.shadowRoot);
          const style = win.getComputedStyle(node);
          const rect = node.getBoundingClientRect();
          const painted = [style.color, style.backgroundColor, style.borderTopColor].includes(rgb);
          if (painted && rect.height > 0 && rect.top >= 0 && rect.bottom <= frame.clientHeight) found.push(node.localName);
        }
      };
      visit(doc.querySelector('[data-embed-slot] ix-concession-checker')!.shadowRoot!);
      return found;
    };
    for (const [id, hex, rgb] of [
      ['#token-ix-color-accent', '#d4a017', 'rgb(212, 160, 23)'],
      ['#token-ix-color-on-accent', '#2a1f1f', 'rgb(42, 31, 31)'],
    ] as const) {
      const field = reach(builder, id);
      const top = field.getBoundingClientRect().top;
      await builder.type(id, hex);
      expect(shown(rgb), id).to.not.deep.equal([]);
      // The builder's page did not move under the reader's finger: the field is where it was.
      expect(field.getBoundingClientRect().top, id).to.be.closeTo(top, 1);
    }
    expect(builder.preview().document.scrollingElement!.scrollTop).to.be.above(0);
  });
});
