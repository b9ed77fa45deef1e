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

/** A wrapper in the test page with the given inline style; removed by `removeWrappers()`. */
export function wrapper(style = ''): HTMLDivElement {
  const div = document.createElement('div');
  div.dataset.hostFit = '';
  div.style.cssText = style;
  document.body.append(div);
  return div;
}

export function removeWrappers(): void {
  for (const div of document.querySelectorAll('[data-host-fit]')) div.remove();
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

/** Sets the root font size as many themes do (`html { font-size: 62.5% }`); returns the undo. */
export function shrinkRoot(size = '62.5%'): () => void {
  const before = document.documentElement.style.fontSize;
  document.documentElement.style.fontSize = size;
  return () => (document.documentElement.style.fontSize = before);
}
