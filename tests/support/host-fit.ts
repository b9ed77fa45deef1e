/**
 * What element tests need to put an element on a "page" in miniature: a wrapper carrying the
 * text styles a host page would pass down, and a snapshot of the text properties that must not
 * change because of them. (Whole host pages are measured by tests/support/host-measure.ts.)
 */
import { typographyOf, type Typography } from './host-measure.js';

/** Every inherited text property a page commonly sets on a wrapper, at a value the element must not show. */
export const hostileTextStyles = [
  'text-align: center',
  'text-align-last: right',
  'text-transform: uppercase',
  'letter-spacing: 0.2em',
  'word-spacing: 0.5em',
  'white-space: nowrap',
  'font-style: italic',
  'font-weight: 800',
  'font-stretch: condensed',
  'font-variant: small-caps',
  'text-indent: 3em',
  'text-shadow: 1px 1px 2px red',
  'word-break: break-all',
  'overflow-wrap: anywhere',
  'hyphens: auto',
  'line-height: 3',
  'tab-size: 2',
].join('; ');

/** A wrapper in the test page with the given inline style; removed by `resetHostPage()`. */
export function wrapper(style = ''): HTMLDivElement {
  const div = document.createElement('div');
  div.dataset.hostFit = '';
  div.style.cssText = style;
  document.body.append(div);
  return div;
}

/** The class a test puts on <html> or <body> to switch the page dark, as a theme's toggle does. */
export const nightClass = 'ix-test-night';

/** A rule for the whole test page (such as what `nightClass` switches on); removed by `resetHostPage()`. */
export function pageStyle(css: string): void {
  const style = document.createElement('style');
  style.dataset.hostFit = '';
  style.textContent = css;
  document.head.append(style);
}

let rootFontSize: string | undefined;

/** Sets the root font size as many themes do (`html { font-size: 62.5% }`); undone by `resetHostPage()`. */
export function shrinkRoot(size = '62.5%'): void {
  rootFontSize ??= document.documentElement.style.fontSize;
  document.documentElement.style.fontSize = size;
}

/** Undoes everything the helpers above set up (for afterEach): wrappers, page styles, the night class, the root font size. */
export function resetHostPage(): void {
  for (const el of document.querySelectorAll('[data-host-fit]')) el.remove();
  document.documentElement.classList.remove(nightClass);
  document.body.classList.remove(nightClass);
  if (rootFontSize !== undefined) document.documentElement.style.fontSize = rootFontSize;
  rootFontSize = undefined;
}

/** The text properties of each probe (a shadow-root selector) of `el`, keyed by selector. */
export function typographyIn(el: Element, selectors: string[]): Record<string, Typography> {
  return Object.fromEntries(
    selectors.map((selector) => {
      const probe = el.shadowRoot!.querySelector(selector);
      if (!probe) throw new Error(`${el.localName} has no ${selector}`);
      return [selector, typographyOf(probe)];
    }),
  );
}

/** Font size in px of the first match of `selector` in `el`'s shadow root. */
export const fontSizeIn = (el: Element, selector: string) => parseFloat(getComputedStyle(el.shadowRoot!.querySelector(selector)!).fontSize);

/**
 * Where a reader sees the first occurrence of `text` inside `el` (its shadow root when it has
 * one): the left edge of its box. Two of them tell the order the words read in on screen.
 */
export function leftOf(el: Element, text: string): number {
  const walker = document.createTreeWalker(el.shadowRoot ?? el, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent!.indexOf(text);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + text.length);
    return range.getBoundingClientRect().left;
  }
  throw new Error(`no "${text}" shown in ${el.localName}`);
}

/** Whether `words` appear left to right on screen, in this order, inside `el`. */
export const readsLeftToRight = (el: Element, ...words: string[]) => words.every((word, i) => i === 0 || leftOf(el, words[i - 1]!) < leftOf(el, word));

/** A wrapper laid out as a right-to-left page in Arabic (`<html dir="rtl" lang="ar">` in miniature). */
export function rtlPage(style = ''): HTMLDivElement {
  const page = wrapper(style);
  page.dir = 'rtl';
  page.lang = 'ar';
  return page;
}

/** A page rule selecting every element under the wrappers, the host elements included (`main * {…}`). */
export const ruleOnEveryElement = (declarations = hostileTextStyles) => pageStyle(`[data-host-fit] * { ${declarations} }`);
