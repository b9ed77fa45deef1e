import { expect } from '@open-wc/testing';
import {
  bodyTextSize,
  containerContentWidth,
  describe as name,
  ixElements,
  neighbouringText,
  paintedBehind,
  sideOf,
  smallestTextSize,
  surfaceOf,
  textRunsOf,
  typographyProbesOf,
  type Typography,
} from '../support/host-measure.js';
import { openPage, settlePage, type PageFrame } from '../support/page-frame.js';
import { hosts, hostUrl } from './hosts.js';

/**
 * Every host page of the gallery, whole, as a reader opens it: the built bundle on the real CSS
 * of a popular framework or theme. On each, inside the elements' shadow roots: text as large as
 * the article's, none of the page's text styles leaked in, light or dark as the page behind,
 * clear of the paragraphs around, filling its container, no overflow at 320 px, no console error.
 */

/** The elements' own typography, from a page with no styles at all. */
let reference: Record<string, Typography>;

before(async function () {
  this.timeout(30_000);
  const plain = await openPage('/tests/pages/fixtures/plain-host.html');
  await settlePage(plain);
  reference = typographyProbesOf(ixElements(plain.document));
  plain.close();
  expect(Object.keys(reference)).to.have.length.greaterThan(15);
});

const topLevel = (elements: HTMLElement[]) => elements.filter((el) => !(el.getRootNode() instanceof el.ownerDocument.defaultView!.ShadowRoot));

for (const host of hosts) {
  describe(`host ${host.page}: ${host.about}`, function () {
    this.timeout(20_000);
    let page: PageFrame;
    let elements: HTMLElement[];

    before(async () => {
      page = await openPage(hostUrl(host), { width: 1280, height: 900 });
      await settlePage(page);
      elements = ixElements(page.document);
    });
    after(() => page.close());

    it('shows the card, the checker and the banner, each call to action included', () => {
      const where = (el: Element) => `${el.localName}${el.getAttribute('layout') === 'banner' ? ' banner' : ''} in ${(el.getRootNode() as ShadowRoot).host?.localName ?? 'the page'}`;
      expect(elements.map(where).sort()).to.deep.equal([
        'ix-concession-checker in the page',
        'ix-technique-card in the page',
        'ix-trial-cta banner in the page',
        'ix-trial-cta in ix-concession-checker',
        'ix-trial-cta in ix-technique-card',
      ]);
    });

    it('sets its text as large as the text beside it (within 15 %, never under 14 px)', () => {
      const off = topLevel(elements).flatMap((el) => {
        const own = bodyTextSize(el);
        const beside = parseFloat(getComputedStyle(neighbouringText(el)).fontSize);
        const smallest = smallestTextSize(el);
        return [
          ...(Math.abs(own / beside - 1) > 0.15 ? [`${name(el)}: body text ${own}px beside ${beside}px`] : []),
          ...(own < 14 ? [`${name(el)}: body text ${own}px`] : []),
          ...(smallest.size < 12 ? [`${name(el)}: ${smallest.where} at ${smallest.size}px`] : []),
        ];
      });
      expect(off).to.deep.equal([]);
    });

    it('lets none of the page’s text styles in', () => {
      const measured = typographyProbesOf(elements);
      // On a right-to-left page the boxes may mirror with the page; their words are checked below.
      const mirrored = page.document.documentElement.dir === 'rtl' ? 'direction' : '';
      const leaks = Object.entries(measured).flatMap(([probe, values]) =>
        Object.entries(values)
          .filter(([property, value]) => property !== mirrored && reference[probe]?.[property] !== value)
          .map(([property, value]) => `${probe}: ${property} is ${value}, its own is ${reference[probe]?.[property] ?? '(no reference)'}`),
      );
      expect(leaks).to.deep.equal([]);
    });

    it('reads its built-in English left to right, tagged as English, whatever the page’s language and direction', () => {
      const wrong = Object.entries(textRunsOf(elements)).flatMap(([probe, run]) => {
        const direction = getComputedStyle(run).direction;
        // A run the page or a card supplied (dir="auto", here the card's own English pitch) keeps the language of its context.
        const english = run.getAttribute('dir') === 'auto' || run.matches(':lang(en)');
        return direction === 'ltr' && english ? [] : [`${probe}: ${direction}, lang ${run.closest('[lang]')?.getAttribute('lang') ?? '(page)'}`];
      });
      expect(wrong).to.deep.equal([]);
    });

    it('is light or dark as the page painted behind it', () => {
      const expected = host.scheme === 'os' ? (page.window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light') : host.scheme;
      const seen = elements.map((el) => `${name(el)}: ${sideOf(surfaceOf(el))} on ${sideOf(paintedBehind(el))}`);
      expect(seen).to.deep.equal(elements.map((el) => `${name(el)}: ${expected} on ${expected}`));
    });

    it('keeps clear of the text above and below it', () => {
      const touching = topLevel(elements).flatMap((el) => {
        const box = el.getBoundingClientRect();
        const before = el.previousElementSibling?.getBoundingClientRect();
        const after = el.nextElementSibling?.getBoundingClientRect();
        return [
          ...(before && box.top - before.bottom < 8 ? [`${name(el)}: ${Math.round(box.top - before.bottom)}px below ${el.previousElementSibling!.localName}`] : []),
          ...(after && after.top - box.bottom < 8 ? [`${name(el)}: ${Math.round(after.top - box.bottom)}px above ${el.nextElementSibling!.localName}`] : []),
        ];
      });
      expect(touching).to.deep.equal([]);
    });

    it('fills its container', () => {
      const narrow = elements
        .filter((el) => el.checkVisibility())
        .filter((el) => Math.abs(el.getBoundingClientRect().width - containerContentWidth(el)) > 1)
        .map((el) => `${name(el)}: ${el.getBoundingClientRect().width}px in ${containerContentWidth(el)}px`);
      expect(narrow).to.deep.equal([]);
    });

    it('logs no error and no warning of its own', () => {
      expect(page.problems.errors).to.deep.equal([]);
      expect(page.problems.warnings.filter((warning) => /ix-/.test(warning))).to.deep.equal([]);
    });

    it('at 320 px wide: nothing sticks out, each element still fills its container', async () => {
      await page.resize(320, 900);
      const root = page.document.documentElement;
      // A call to action inside a closed compact section is not laid out (engines keep stale boxes for it).
      const shown = elements.filter((el) => el.checkVisibility());
      const out = shown
        .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 0.5 || el.scrollWidth > el.clientWidth + 1)
        .map((el) => `${name(el)}: right edge ${el.getBoundingClientRect().right}px, content ${el.scrollWidth}px in ${el.clientWidth}px`);
      expect(out, 'elements wider than the screen').to.deep.equal([]);
      expect(root.scrollWidth, 'page width').to.be.at.most(root.clientWidth);
      const narrow = shown
        .filter((el) => Math.abs(el.getBoundingClientRect().width - containerContentWidth(el)) > 1)
        .map((el) => `${name(el)}: ${el.getBoundingClientRect().width}px in ${containerContentWidth(el)}px`);
      expect(narrow).to.deep.equal([]);
    });
  });
}
