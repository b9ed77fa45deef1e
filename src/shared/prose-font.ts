/*
 * Size and font follow the prose the element sits among, not its container: many sites style
 * text on `p` or by a class (`.body-text`), not on <body>, so the container's font is the
 * browser's 16px serif while the paragraph beside the element is 21px Georgia. The prose is the
 * nearest <p> among the element's siblings, else the first <p> of its <article>; with
 * none, the container's text is the prose. Its size is handed to the tokens as a multiple of the
 * container's (`--_ix-prose-size: 1.4em`), so a page whose text grows with the screen still moves
 * it along; `--ix-font-size` and `--ix-font-family` win over both.
 *
 * Read on connection and again whenever the page scheme's observers fire (a class switched on
 * <html>, the page's stylesheets loaded). Every element waiting is read first and written after,
 * in one microtask: a page of 100 cards costs one style recalculation, not 100.
 */
const waiting = new Set<HTMLElement>();

/** The paragraph a reader compares the element with: the nearest <p> before it, else after it, else its article's first. */
function proseOf(element: Element): Element | null | undefined {
  let before: Element | null = element;
  while ((before = before.previousElementSibling) && before.localName !== 'p');
  return before ?? element.parentElement!.querySelector(':scope > p') ?? element.closest('article')?.querySelector('p');
}

function readAll() {
  // Elements side by side share their container: each place's style is asked for once.
  const styles = new Map<Element, CSSStyleDeclaration>();
  const styleOf = (node: Element) => styles.get(node) ?? styles.set(node, getComputedStyle(node)).get(node)!;
  const found = [...waiting].map((element) => {
    const [text, around] = [proseOf(element) ?? element.parentElement!, element.parentElement!].map(styleOf);
    const ratio = parseFloat(text!.fontSize) / parseFloat(around!.fontSize);
    // Nothing is written where the prose is the container's text, as on most pages.
    return [element, ratio === 1 ? '' : `${ratio}em`, text!.fontFamily === around!.fontFamily ? '' : text!.fontFamily] as const;
  });
  waiting.clear();
  for (const [element, size, family] of found) {
    element.style.setProperty('--_ix-prose-size', size);
    element.style.setProperty('--_ix-prose-font', family);
  }
}

/** Reads the prose around `element` soon, together with every other element waiting. */
export function followProse(element: HTMLElement): void {
  // A call to action inside a card or checker takes its parent's size as it is (so does an
  // element a page put in a shadow root of its own: it follows its container).
  if ((element.getRootNode() as ShadowRoot).host) return;
  if (!waiting.size) queueMicrotask(readAll);
  waiting.add(element);
}
